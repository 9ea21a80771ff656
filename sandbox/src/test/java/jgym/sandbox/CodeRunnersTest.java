package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.Test;

/** The service-loader path other modules use: {@link CodeRunners} finds this module's provider. */
class CodeRunnersTest {
    @Test
    void createFindsTheSandboxProviderAndRunsPython() {
        try (CodeRunner r = CodeRunners.create(RunnerConfig.inProcess(Isolation.FRESH_CONTEXT, 1))) {
            Outcome o = r.run(Program.python("print(6 * 7)\n2 ** 10"));
            Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, o, o::toString);
            assertEquals("42\n", c.stdout());
            assertEquals("1024", c.value());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Isolation.class)
    void textPrintedWithoutANewlineOrBeforeAnErrorIsKept(Isolation isolation) {
        try (CodeRunner r = CodeRunners.create(RunnerConfig.inProcess(isolation, 1))) {
            Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, r.run(Program.python("print('a', end='')")));
            assertEquals("a", c.stdout());
            Outcome.Failed f = assertInstanceOf(Outcome.Failed.class,
                    r.run(Program.python("import sys\nsys.stdout.write('partial')\nsys.stderr.write('warn')\nraise ValueError('v')")));
            assertEquals("ValueError", f.errorType());
            assertEquals("v", f.message());
            assertEquals("partial", f.stdout());
            assertEquals("warn", f.stderr());
        }
    }

    @Test
    void sharedIsOneInstanceThatRunsJavaScript() {
        CodeRunner a = CodeRunners.shared();
        assertSame(a, CodeRunners.shared());
        Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, a.run(Program.javascript("console.log('hi'); 3 * 4")));
        assertEquals("hi\n", c.stdout());
        assertEquals("12", c.value());
    }
}
