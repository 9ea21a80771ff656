package jgym.sandbox;

import static jgym.sandbox.Attack.js;
import static jgym.sandbox.Attack.py;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Outcome.Denied;
import jgym.env.code.Outcome.Failed;
import jgym.env.code.Outcome.LimitExceeded;
import jgym.env.code.Outcome.Operation;
import jgym.env.code.Outcome.Resource;
import jgym.env.code.Outcome.TimedOut;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile programs in Python and JavaScript: each must end in its exact expected outcome (type, and operation,
 * resource or error type), within its wall limit plus 500 ms, and the JVM must still run programs afterwards.
 * In-process attacks run on a recycled runner (the weaker isolation, so the stricter test); memory bombs run in a worker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteTest {
    private static GraalRunner inProcess;
    private static WorkerRunner worker;

    @BeforeAll
    static void start() {
        inProcess = new GraalRunner(Isolation.RECYCLED_CONTEXT, 1);
        worker = new WorkerRunner(Isolation.RECYCLED_CONTEXT, 1, RunnerConfig.DEFAULT_WORKER_HEAP);
        inProcess.prewarm(1);
        inProcess.run(Program.javascript("0"));
        worker.prewarm();
    }

    /**
     * The time bound is about the program: a context or worker killed by the previous attack is rebuilt in the background
     * (seconds on a loaded machine), and each attack starts once that rebuild is done.
     */
    @BeforeEach
    void settle() {
        inProcess.awaitRefills();
        worker.prewarm();
    }

    @AfterAll
    static void stop() {
        inProcess.close();
        worker.close();
    }

    static final Limits CPU_ONLY = new Limits(Duration.ofSeconds(20), Duration.ofMillis(300), 16 * 1024, 256L << 20);
    static final Limits WALL_ONLY = new Limits(Duration.ofSeconds(1), Duration.ofSeconds(30), 16 * 1024, 256L << 20);
    static final Limits DEEP_STACK = new Limits(Duration.ofSeconds(6), Duration.ofSeconds(6), 16 * 1024, 256L << 20);
    /**
     * The memory bombs' limits: 256 MiB, and a clock generous enough that the memory guard, not the wall, ends them
     * (with 4 s, "growing list" once ran out of time first on a clean CI run: TimedOut after 4.35 s).
     */
    static final Limits WORKER = new Limits(Duration.ofSeconds(8), Duration.ofSeconds(8), 16 * 1024, 256L << 20);

    static List<Attack> attacks() {
        return List.of(
                // files
                py("read a host file", "print(open('/etc/passwd').read())", Denied.class, Operation.FILE),
                py("write a host file", "open('/tmp/jgym-attack.txt', 'w').write('owned')", Denied.class, Operation.FILE),
                py("list the root directory", "import os\nprint(os.listdir('/'))", Denied.class, Operation.FILE),
                py("delete a file", "import os\nos.remove('/tmp/jgym-attack.txt')", Denied.class, Operation.FILE),
                py("read through pathlib", "import pathlib\nprint(pathlib.Path('/etc/hostname').read_text())", Denied.class, Operation.FILE),
                // network
                py("open a socket", "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 22))", Denied.class, Operation.NETWORK),
                py("connect with create_connection", "import socket\nsocket.create_connection(('127.0.0.1', 80), timeout=1)", Denied.class, Operation.NETWORK),
                py("resolve a host name", "import socket\nprint(socket.getaddrinfo('example.com', 80))", Denied.class, Operation.NETWORK),
                // processes
                py("subprocess.run", "import subprocess\nsubprocess.run(['id'])", Denied.class, Operation.PROCESS),
                py("os.system", "import os\nos.system('id')", Denied.class, Operation.PROCESS),
                py("fork bomb", "import os\nwhile True:\n    os.fork()", Denied.class, Operation.PROCESS),
                py("os.popen", "import os\nprint(os.popen('id').read())", Denied.class, Operation.PROCESS),
                // threads
                py("start a thread", "import threading\nthreading.Thread(target=print).start()", Denied.class, Operation.THREAD),
                py("thread bomb", "import _thread\nwhile True:\n    _thread.start_new_thread(lambda: None, ())", Denied.class, Operation.THREAD),
                // native code
                py("ctypes", "import ctypes\nctypes.CDLL(None).system(b'id')", Denied.class, Operation.NATIVE),
                // host access and polyglot reflection
                py("java.type Runtime", "import java\njava.type('java.lang.Runtime').getRuntime().exec('id')", Denied.class, Operation.HOST_ACCESS),
                py("polyglot.import_value", "import polyglot\npolyglot.import_value('anything')", Denied.class, Operation.HOST_ACCESS),
                py("polyglot.eval into JavaScript", "import polyglot\npolyglot.eval(language='js', string='1 + 1')", Denied.class, Operation.HOST_ACCESS),
                js("Java.type Runtime", "Java.type('java.lang.Runtime').getRuntime().exec('id')", Denied.class, Operation.HOST_ACCESS),
                js("Polyglot.eval into Python", "Polyglot.eval('python', 'import os')", Denied.class, Operation.HOST_ACCESS),
                js("require fs", "require('fs').readFileSync('/etc/passwd')", Denied.class, Operation.FILE),
                js("process.exit", "process.exit(0)", Denied.class, Operation.PROCESS),
                // time
                py("infinite loop", "while True:\n    pass", TimedOut.class, null).limits(WALL_ONLY),
                py("sleep 30 s", "import time\ntime.sleep(30)", TimedOut.class, null),
                py("exception storm", "while True:\n    try:\n        raise ValueError('x' * 100)\n    except ValueError:\n        pass", TimedOut.class, null).limits(WALL_ONLY),
                py("busy loop past its CPU budget", "n = 0\nwhile True:\n    n += 1", LimitExceeded.class, Resource.CPU_TIME).limits(CPU_ONLY),
                js("infinite loop", "for (;;) {}", TimedOut.class, null).limits(WALL_ONLY),
                // stack
                py("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)", Failed.class, "RecursionError"),
                py("deep recursion past a raised limit", "import sys\nsys.setrecursionlimit(10 ** 7)\ndef f(n):\n    return f(n + 1)\nf(0)", Failed.class, "RecursionError"),
                // tens of thousands of interpreted frames before the stack overflows: seconds on a loaded machine
                js("deep recursion", "function f(n) { return f(n + 1); } f(0);", Failed.class, "RangeError").limits(DEEP_STACK),
                // output
                py("stdout flood", "while True:\n    print('x' * 1000)", LimitExceeded.class, Resource.OUTPUT),
                py("stderr flood", "import sys\nwhile True:\n    sys.stderr.write('y' * 1000)", LimitExceeded.class, Resource.OUTPUT),
                js("console flood", "for (;;) console.log('z'.repeat(1000));", LimitExceeded.class, Resource.OUTPUT),
                // exiting early never looks like passing
                py("sys.exit(0) before the asserts", "import sys\nsys.exit(0)\nassert False", Failed.class, "SystemExit"),
                py("raise SystemExit", "raise SystemExit\nassert False", Failed.class, "SystemExit"),
                py("os._exit(0)", "import os\nos._exit(0)\nassert False", Failed.class, "SystemExit"),
                // memory, in a worker with a 512 MiB heap
                py("[0] * 10**9", "x = [0] * 10 ** 9", LimitExceeded.class, Resource.MEMORY).limits(WORKER).inWorker(),
                py("growing list", "x = []\nwhile True:\n    x.append(bytearray(10 ** 6))", LimitExceeded.class, Resource.MEMORY).limits(WORKER).inWorker(),
                py("huge string", "s = 'a' * (2 ** 31)", LimitExceeded.class, Resource.MEMORY).limits(WORKER).inWorker(),
                js("growing typed arrays", "const a = []; for (;;) a.push(new Float64Array(1e6));", LimitExceeded.class, Resource.MEMORY).limits(WORKER).inWorker(),
                py("slowly growing list", "x = []\nwhile True:\n    x.append(len(x))", TimedOut.class, null).limits(WALL_ONLY).inWorker(),
                py("works after the bombs", "print(sum(range(10)))", Outcome.Completed.class, null).inWorker());
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttackEndsInItsExactOutcomeOnTime(Attack a) {
        long t0 = System.nanoTime();
        Outcome o = (a.worker() ? worker : inProcess).run(a.program());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertInstanceOf(a.expected(), o, o::toString);
        if (o instanceof Denied d) assertEquals(a.detail(), d.operation(), o::toString);
        if (o instanceof LimitExceeded l) assertEquals(a.detail(), l.resource(), o::toString);
        if (o instanceof Failed f) assertEquals(a.detail(), f.errorType(), o::toString);
        Duration bound = a.program().limits().wallTime().plusMillis(500);
        assertTrue(took.compareTo(bound) <= 0, "took " + took.toMillis() + " ms, bound " + bound.toMillis() + " ms");
    }

    @Test
    void theSuiteHasAtLeastThirtyAttacksInBothLanguages() {
        List<Attack> all = attacks();
        assertTrue(all.size() >= 30, "attacks: " + all.size());
        assertTrue(all.stream().filter(a -> a.program().language() == jgym.env.code.Language.JAVASCRIPT).count() >= 5);
    }

    @Order(2)
    @Test
    void bothRunnersStillWorkAfterTheAttacks() {
        Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, inProcess.run(Program.python("print(sum(range(10)))")));
        assertEquals("45\n", c.stdout());
        Outcome.Completed w = assertInstanceOf(Outcome.Completed.class, worker.run(Program.python("print(2 ** 20)")));
        assertEquals("1048576\n", w.stdout());
    }
}
