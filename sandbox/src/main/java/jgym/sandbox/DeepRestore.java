package jgym.sandbox;

import java.util.regex.Pattern;

/**
 * Decides, from a program's text, whether a recycled context needs a full restoration after it.
 *
 * <p>After every run the harness resets interpreter settings (recursion limit, trace and profile hooks, the garbage
 * collector, {@code sys.stdin}) at no measurable cost; each program also gets fresh globals. A full restoration puts
 * back {@code sys.modules}, every module dictionary (rebound builtins, module attributes), the import machinery lists,
 * {@code os.environ}, the dictionaries of classes defined in Python, the code and defaults of functions, and containers
 * and instance dictionaries reachable from modules. In GraalPy without a JIT that costs tens of milliseconds (comparing
 * a few thousand dictionary entries by identity), a hundred times the cost of a small program, so it runs only after
 * programs whose text could reach that state: an assignment to a dotted name other than {@code self.x}/{@code cls.x}
 * or to an attribute of a call result, a reflective builtin, any identifier that starts with an underscore (dunder and
 * private attributes; not a method definition such as {@code def __init__}, nor {@code __name__} or
 * {@code '__main__'}), {@code del}, a {@code .register(} call, or a module with process-wide state by name
 * ({@code sys}, {@code os}, {@code builtins}, {@code random}...). The test errs towards restoring.
 *
 * <p>What it misses, by design: a program that changes a public module-level container through a name imported with
 * {@code from module import name} and a method call (e.g. {@code from keyword import kwlist; kwlist.append("x")})
 * leaves that change for the next programs until a full restoration runs. Use {@code FRESH_CONTEXT} where that matters.
 */
final class DeepRestore {
    private DeepRestore() {}

    private static final Pattern TRIGGER = Pattern.compile(String.join("|",
            // attribute assignment or augmented assignment to a dotted name other than self.x / cls.x
            "(?<![\\w.])(?!self\\.|cls\\.)[A-Za-z_]\\w*(?:\\.\\w+)+\\s*(?:[-+*/%&|^@]|//|<<|>>|\\*\\*)?=(?!=)",
            // attribute assignment on the result of a call or subscript: type(x).attr = ..., getcontext().prec = ...
            "[)\\]]\\s*\\.\\s*\\w+\\s*(?:[-+*/%&|^@]|//|<<|>>|\\*\\*)?=(?!=)",
            // reflection and dynamic code
            "\\b(?:setattr|delattr|getattr|vars|globals|locals|exec|eval|compile|__import__)\\s*\\(",
            // identifiers starting with an underscore: dunder and private attributes and names (__dict__, _cache, __builtins__),
            // except defining a method (def __init__) and reading __name__ / naming '__main__'
            "(?<![\\w])(?<!def )(?!__name__\\b|__main__\\b)_\\w",
            // deletion, and calls that mutate registries or containers of other modules
            "\\bdel\\b", "\\.register\\s*\\(", "\\b(?:sys|os|gc|builtins|importlib|copyreg|abc|atexit|warnings|inspect|types|random|logging|locale|codecs|keyword|decimal|ctypes)\\b"));

    /** True if the program's text could reach process-wide interpreter state. */
    static boolean needed(String source) {
        return TRIGGER.matcher(source).find();
    }
}
