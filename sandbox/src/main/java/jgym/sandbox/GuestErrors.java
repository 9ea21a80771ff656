package jgym.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.code.Language;
import jgym.env.code.Outcome;
import jgym.env.code.Outcome.Operation;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Maps an error that left a guest program to its {@link Outcome}: a policy refusal to {@link Outcome.Denied} with the
 * class of operation, an exhausted resource to {@link Outcome.LimitExceeded}, anything else (including a failed assert
 * and {@code SystemExit}) to {@link Outcome.Failed} with the guest's own error type.
 */
final class GuestErrors {
    private GuestErrors() {}

    /** One rule: a guest error type (or null for any) and a message pattern that together mean a refused operation. */
    private record Rule(String type, Pattern message, Operation operation) {}

    private static final List<Rule> RULES = List.of(
            new Rule(null, Pattern.compile("Process creation is not allowed|Operation not permitted.*(spawn|exec|fork)"), Operation.PROCESS),
            new Rule("AttributeError", Pattern.compile("module 'os' has no attribute '(fork|forkpty|execv\\w*|spawn\\w*|posix_spawn\\w*|system|popen|kill\\w*)'"), Operation.PROCESS),
            new Rule(null, Pattern.compile("Creating threads is not allowed|can't start new thread"), Operation.THREAD),
            new Rule(null, Pattern.compile("socket was excluded|No module named '_?socket'|No module named '_ssl'|Network access is not allowed"), Operation.NETWORK),
            new Rule(null, Pattern.compile("No module named '_ctypes'|No module named '_cffi|native access is not allowed|Native access is not allowed|not allowed to load native|No module named '_posixsubprocess'"), Operation.NATIVE),
            new Rule(null, Pattern.compile("polyglot access is not allowed|host lookup is not allowed|Host class access is not allowed|Access to host class|host access is not allowed|java\\.lang\\.SecurityException: Host", Pattern.CASE_INSENSITIVE), Operation.HOST_ACCESS),
            new Rule("ReferenceError", Pattern.compile("^(Java|Packages|java|javax|Polyglot|Graal|load|loadWithNewGlobal|JavaImporter) is not defined"), Operation.HOST_ACCESS),
            new Rule("ReferenceError", Pattern.compile("^(require|importScripts|read|readbuffer|readline) is not defined"), Operation.FILE),
            new Rule("ReferenceError", Pattern.compile("^(process|quit|exit) is not defined"), Operation.PROCESS),
            new Rule("PermissionError", Pattern.compile("Operation not permitted: '"), Operation.FILE),
            new Rule(null, Pattern.compile("SecurityException: Operation is not allowed|Read operation is not allowed|Write operation is not allowed|IO access is not allowed|File system access"), Operation.FILE),
            new Rule(null, Pattern.compile("Environment access is not allowed"), Operation.ENVIRONMENT));

    private static final Pattern PROCESS_FRAMES = Pattern.compile("subprocess|in popen|in (posix_)?spawn|in exec[lv]");

    private static final Pattern PYTHON_PREFIX = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.]*(Error|Exception|Exit|Interrupt|Warning|Iteration|Group)): ?(.*)$", Pattern.DOTALL);

    /** The outcome of a run that ended with {@code e}; {@code stopped} is the watchdog's reason or null. */
    static Outcome map(PolyglotException e, Language language, Guard guard, RunIo io, Duration limitWall, Duration elapsed) {
        StopReason stopped = guard.stopReason();
        String out = io.stdout();
        String err = io.stderr();
        if (stopped != null || e.isCancelled() || e.isInterrupted()) return stoppedOutcome(stopped, limitWall, out, err, elapsed);
        if (e.isExit()) {
            int status = e.getExitStatus();
            return new Outcome.Failed("SystemExit", "exit status " + status, "", out, err, elapsed);
        }
        String type = guestType(e, language);
        String message = messageOf(e, type);
        if (message.contains("java.lang.ThreadDeath")) {
            // GraalPy's os._exit stops the guest thread with ThreadDeath instead of an exit
            return new Outcome.Failed("SystemExit", "os._exit", traceback(e), out, err, elapsed);
        }
        if (e.isResourceExhausted() || "MemoryError".equals(type) || "RangeError".equals(type) && message.contains("allocation")) {
            if (!"RecursionError".equals(type) && !message.toLowerCase(Locale.ROOT).contains("stack")) {
                return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, type + ": " + message, out, err, elapsed);
            }
        }
        if ("OverflowError".equals(type) && message.contains("index-sized integer")) {
            // GraalPy caps sequences at 2^31 - 1 elements: a request for more is a request for too much memory
            return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, type + ": " + message, out, err, elapsed);
        }
        String probe = type + ": " + message;
        for (Rule r : RULES) {
            if (r.type != null && !r.type.equals(type)) continue;
            Matcher m = r.message.matcher(r.type != null ? message : probe);
            if (m.find()) return new Outcome.Denied(r.operation, probe, out, err, elapsed);
        }
        if ("UnsupportedOperation".equals(type) && message.endsWith("was excluded")) {
            // GraalPy's CONSTRAINED build leaves out socket functions (socket, getaddrinfo, gethostbyname...) and others
            Operation op = message.startsWith("socket") || traceback(e).contains("socket.py") ? Operation.NETWORK : Operation.OTHER;
            return new Outcome.Denied(op, probe, out, err, elapsed);
        }
        if ("PermissionError".equals(type) && PROCESS_FRAMES.matcher(traceback(e)).find()) {
            return new Outcome.Denied(Operation.PROCESS, probe, out, err, elapsed);
        }
        if (e.isHostException()) {
            // a Java exception from inside the runtime: its message and stack name internal classes and paths
            return new Outcome.Failed("SandboxError", "the sandbox runtime failed on this program (" + e.asHostException().getClass().getSimpleName() + ")",
                    "", out, err, elapsed);
        }
        return new Outcome.Failed(type, message, traceback(e), out, err, elapsed);
    }

    /** The outcome of a run the watchdog stopped (or that was cancelled for a reason it did not record). */
    static Outcome stoppedOutcome(StopReason stopped, Duration limitWall, String out, String err, Duration elapsed) {
        if (stopped == StopReason.OUTPUT) return new Outcome.LimitExceeded(Outcome.Resource.OUTPUT, "output budget spent", out, err, elapsed);
        if (stopped == StopReason.MEMORY) return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, "live heap above the memory budget", out, err, elapsed);
        if (stopped == StopReason.CPU) return new Outcome.LimitExceeded(Outcome.Resource.CPU_TIME, "CPU time budget spent", out, err, elapsed);
        return new Outcome.TimedOut(limitWall, out, err, elapsed);
    }

    /** The guest's error type name ({@code AssertionError}, {@code TypeError}), or the Java exception's simple name. */
    static String guestType(PolyglotException e, Language language) {
        if (e.isGuestException()) {
            try {
                Value g = e.getGuestObject();
                if (g != null && !g.isNull()) {
                    Value meta = g.getMetaObject();
                    if (meta != null) return meta.getMetaSimpleName();
                }
            } catch (RuntimeException ignored) {
                // the guest object can be unreadable once its context is closed; fall back to the message prefix
            }
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = PYTHON_PREFIX.matcher(msg);
        if (m.matches()) {
            String t = m.group(1);
            return t.substring(t.lastIndexOf('.') + 1);
        }
        return e.isHostException() ? "HostException" : "Error";
    }

    private static String messageOf(PolyglotException e, String type) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.startsWith(type + ": ")) return msg.substring(type.length() + 2);
        if (msg.equals(type)) return "";
        return msg;
    }

    /** The guest frames of {@code e}, innermost last, in Python's traceback format. */
    static String traceback(PolyglotException e) {
        StringBuilder sb = new StringBuilder();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (!f.isGuestFrame()) continue;
            SourceSection s = f.getSourceLocation();
            if (s == null || s.getSource() == null || s.getSource().isInternal()) continue;
            String line = "  File \"" + s.getSource().getName() + "\", line " + s.getStartLine() + ", in " + f.getRootName() + "\n";
            sb.insert(0, line);
        }
        return sb.length() == 0 ? "" : "Traceback (most recent call last):\n" + sb;
    }
}
