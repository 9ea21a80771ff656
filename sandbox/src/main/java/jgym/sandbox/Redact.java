package jgym.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jgym.env.code.Outcome;

/**
 * Removes host facts from what a run hands back to a user or a policy: the GraalPy home and the caches under the user's
 * home (module paths in tracebacks, {@code re.__file__}), the home, working and Java directories, and the kernel
 * release. The contexts' {@code compat.py} answers {@code os.getpid}, {@code os.uname} and {@code os.getloadavg} with
 * fixed values, so those never leave a context in the first place.
 */
final class Redact {
    private Redact() {}

    private static volatile List<Map.Entry<String, String>> needles = build(null);

    /** Adds the GraalPy home (read from a context before any program ran in it). */
    static void pythonHome(String home) {
        if (home != null && home.length() > 1) needles = build(home);
    }

    private static List<Map.Entry<String, String>> build(String pythonHome) {
        var list = new ArrayList<Map.Entry<String, String>>();
        if (pythonHome != null) list.add(Map.entry(pythonHome, "<python-home>"));
        add(list, System.getProperty("java.home"), "<java-home>");
        add(list, System.getProperty("user.dir"), "<cwd>");
        add(list, System.getProperty("user.home"), "<home>");
        add(list, System.getProperty("os.version"), "<kernel>");
        list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return List.copyOf(list);
    }

    private static void add(List<Map.Entry<String, String>> list, String value, String name) {
        if (value != null && value.length() > 1) list.add(Map.entry(value, name));
    }

    /** {@code text} with every host fact replaced by its name. */
    static String text(String text) {
        if (text == null || text.isEmpty()) return text;
        String t = text;
        for (Map.Entry<String, String> n : needles) {
            if (t.contains(n.getKey())) t = t.replace(n.getKey(), n.getValue());
        }
        return t;
    }

    /** {@code o} with every text field redacted. */
    static Outcome outcome(Outcome o) {
        if (o instanceof Outcome.Completed c) {
            return new Outcome.Completed(text(c.stdout()), text(c.stderr()), text(c.value()), c.elapsed());
        }
        if (o instanceof Outcome.Failed f) {
            return new Outcome.Failed(f.errorType(), text(f.message()), text(f.traceback()), text(f.stdout()), text(f.stderr()), f.elapsed());
        }
        if (o instanceof Outcome.TimedOut t) return new Outcome.TimedOut(t.limit(), text(t.stdout()), text(t.stderr()), t.elapsed());
        if (o instanceof Outcome.LimitExceeded l) {
            return new Outcome.LimitExceeded(l.resource(), text(l.detail()), text(l.stdout()), text(l.stderr()), l.elapsed());
        }
        Outcome.Denied d = (Outcome.Denied) o;
        return new Outcome.Denied(d.operation(), text(d.message()), text(d.stdout()), text(d.stderr()), d.elapsed());
    }
}
