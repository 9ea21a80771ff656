package jgym.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import jgym.env.code.Language;

/**
 * The one polyglot {@link Engine} of this JVM (shared so that parsed core-library code is cached across contexts) and
 * the builder of sandboxed contexts on it, all under {@link SandboxPolicy#CONSTRAINED}: no host files, processes,
 * sockets, threads, native code or host classes.
 */
final class Engines {
    private Engines() {}

    static {
        // silence two start-up warnings that say nothing actionable on a stock JDK (no JIT compiler, no attach library)
        if (System.getProperty("polyglot.engine.WarnInterpreterOnly") == null) System.setProperty("polyglot.engine.WarnInterpreterOnly", "false");
        if (System.getProperty("polyglotimpl.AttachLibraryFailureAction") == null) System.setProperty("polyglotimpl.AttachLibraryFailureAction", "ignore");
    }

    private static volatile Engine engine;

    /** The shared engine, created on first use (about 0.2 s). */
    static Engine engine() {
        Engine e = engine;
        if (e != null) return e;
        synchronized (Engines.class) {
            if (engine == null) {
                engine = Engine.newBuilder("python", "js")
                        .sandbox(SandboxPolicy.CONSTRAINED)
                        .out(OutputStream.nullOutputStream())
                        .err(OutputStream.nullOutputStream())
                        .option("engine.WarnInterpreterOnly", "false")
                        .build();
            }
            return engine;
        }
    }

    private static volatile boolean homeKnown;

    private static final Source PYTHON_COMPAT = Source.newBuilder("python", resource("compat.py"), "jgym_compat.py").buildLiteral();

    /**
     * A new sandboxed context for {@code language} whose standard streams go through {@code io}, initialised (Python:
     * with the {@code compat.py} shims evaluated), so that the cost of initialisation is not charged to a program.
     */
    static Context newContext(Language language, GuestStreams io) {
        Context.Builder b = Context.newBuilder(language.id())
                .engine(engine())
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(io.out)
                .err(io.err)
                .in(io.in);
        // python.* flags such as NoSiteFlag or NoUserSiteFlag are refused under CONSTRAINED ("can only be used up to
        // the TRUSTED sandbox policy"), so contexts run with GraalPy's embedding defaults
        Context ctx = b.build();
        try {
            ctx.initialize(language.id());
            if (language == Language.PYTHON) {
                if (!homeKnown) {
                    Redact.pythonHome(ctx.eval("python", "import sys\nsys.prefix").asString());
                    homeKnown = true;
                }
                ctx.eval(PYTHON_COMPAT);
            }
        } catch (RuntimeException e) {
            ctx.close(true);
            throw e;
        }
        return ctx;
    }

    /** The text of resource {@code name} next to this class. */
    static String resource(String name) {
        try (InputStream in = Engines.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource jgym/sandbox/" + name + " is missing from the sandbox jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
