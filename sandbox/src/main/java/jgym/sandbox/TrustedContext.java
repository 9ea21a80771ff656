package jgym.sandbox;

import jgym.env.code.Language;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The checker's side of a {@link jgym.env.code.Trial}: a context in which only trusted code runs (the dataset's setup
 * and tests) and the candidate's functions are proxies. A proxy hands its arguments, as marshalled plain data (JSON for
 * JavaScript), to the host, which calls the candidate in its own {@link CandidateContext} and hands back plain data the
 * same way; the proxy accepts only exact built-in types. No object, frame, function or module of the candidate's ever
 * exists here, so nothing the candidate does can change a comparison, an expected value or a helper the test uses.
 * A Python trusted context serves many trials (each gets a new namespace); a JavaScript one serves one trial.
 */
final class TrustedContext implements AutoCloseable {
    private static final Source PYTHON = Source.newBuilder("python", Engines.resource("trusted.py"), "jgym_trusted.py").buildLiteral();
    private static final Source JS = Source.newBuilder("js", Engines.resource("trusted.js"), "jgym_trusted.js").buildLiteral();

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    final Language language;
    final GuestStreams streams = new GuestStreams();
    final Context ctx;
    private final Value begin;
    private final Value test;
    private volatile CandidateContext candidate;
    /** Set once this context was stopped or failed in a way that leaves it unfit for another test. */
    volatile boolean dead;

    TrustedContext(Language language) {
        this.language = language;
        ctx = Engines.newContext(language, streams);
        ProxyExecutable host = args -> {
            CandidateContext c = candidate;
            String name = args[0].asString();
            String payload = args[1].isNull() ? null : args[1].asString();
            return c == null ? "S" : c.call(name, payload);
        };
        try {
            Value parts;
            if (language == Language.PYTHON) {
                ctx.eval(PYTHON);
                Value bindings = ctx.getBindings("python");
                Value make = bindings.getMember("_jgym_trusted");
                bindings.removeMember("_jgym_trusted");
                parts = make.execute(host, CandidateContext.MAX_ITEMS, CandidateContext.MAX_DEPTH, CandidateContext.MAX_CHARS, marker());
            } else {
                parts = ctx.eval(JS).execute(host, CandidateContext.MAX_CHARS);
            }
            begin = parts.getArrayElement(0);
            test = parts.getArrayElement(1);
        } catch (RuntimeException e) {
            ctx.close(true);
            throw e;
        }
    }

    /** A random tag for the test's objects of shared classes on their way to the candidate (see trusted.py). */
    private static String marker() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return "\u0000jgym-shared-" + java.util.HexFormat.of().formatHex(bits);
    }

    /** Runs the setup in a new namespace with the entry point as a proxy; the namespace (Python) or null (JavaScript). */
    Value begin(String setup, String entry) {
        return begin.execute(setup, entry);
    }

    /**
     * Runs one test in {@code ns}, offering the candidate's callables {@code names} ("functions;classes", each
     * comma-separated) as proxies, and the {@code shared} classes (comma-separated) as classes whose objects cross to
     * the candidate as their constructor's arguments.
     */
    void test(Value ns, String source, String names, String shared) {
        if (language == Language.PYTHON) test.execute(ns, source, names, shared);
        else test.execute(source, names);
    }

    /** Sets the candidate that this context's proxies call. */
    void connect(CandidateContext c) {
        candidate = c;
    }

    @Override
    public void close() {
        candidate = null;
        try {
            ctx.close(true);
        } catch (RuntimeException ignored) {
            // already closed by the watchdog
        }
    }
}
