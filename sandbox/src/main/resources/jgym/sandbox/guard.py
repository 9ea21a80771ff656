# Defence in depth for a test that must run in one program with the candidate (jgym.sandbox.SingleProgram): run
# before the setup; __jgym_restore(names, entry) runs between the solution and the test. It restores builtins and the
# output streams, removes globals that shadow builtins the test names, turns off trace hooks, and makes the entry point
# refuse results of classes the program defines with their own comparison. The real defence is that such tests are few
# and run in a fresh context; the rest never share a heap with the candidate (jgym.sandbox.TrialRun).
def __jgym_guard(g):
    import builtins, sys
    d = builtins.__dict__
    saved = d.copy()
    out, err = sys.stdout, sys.stderr
    settrace, setprofile = sys.settrace, sys.setprofile
    getframe = getattr(sys, "_getframe", None)
    keys, typeof, TypeErr, issub = list, type, TypeError, issubclass
    function = typeof(lambda: 0)
    def reader(name):
        descriptor = typeof.__dict__.get(name)
        get = getattr(descriptor, "__get__", None)
        return (lambda c: get(c, typeof)) if get is not None else (lambda c: getattr(c, name))
    flags_of, dict_of, mro_of = reader("__flags__"), reader("__dict__"), reader("__mro__")
    compared = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__", "__contains__")
    walks = ((dict, dict.items), (list, list.__iter__), (tuple, tuple.__iter__), (set, set.__iter__),
             (frozenset, frozenset.__iter__))
    here = (lambda: 0).__code__.co_filename
    program = g.get("__name__")
    def defined_here(c, m):
        # a method written in this program, or a non-function (int.__ne__, a partial) put on a class of it;
        # library classes such as collections.Counter or fractions.Fraction keep their own comparisons
        if typeof(m) is function:
            return m.__code__.co_filename == here
        return dict_of(c).get("__module__") == program
    def suspect(v, depth, budget):
        t = typeof(v)
        for c in mro_of(t):
            if flags_of(c) & 512:
                own = dict_of(c)
                for n in compared:
                    if n in own and defined_here(c, own[n]):
                        return t.__name__
        if depth >= 4:
            return None
        for base, walk in walks:
            if issub(t, base):
                for x in walk(v):
                    budget[0] -= 1
                    if budget[0] < 0:
                        return None
                    found = suspect(x, depth + 1, budget)
                    if found is not None:
                        return found
                return None
        return None
    def wrap(f, entry):
        def checked(*args, **kwargs):
            # recursive calls inside f reach f itself, so the check costs no stack depth
            g[entry] = f
            try:
                r = f(*args, **kwargs)
            finally:
                g[entry] = checked
            bad = suspect(r, 0, [10000])
            if bad is not None:
                raise TypeErr(entry + "() returned a " + bad + ", a class with its own comparison or truth value")
            return r
        return checked
    def restore(names, entry):
        for k in keys(d):
            if k not in saved:
                del d[k]
        d.update(saved)
        for n in names:
            if n in saved and n in g:
                del g[n]
        f = g.get(entry)
        if typeof(f) is function:
            g[entry] = wrap(f, entry)
        sys.stdout, sys.stderr = out, err
        settrace(None)
        setprofile(None)
        if getframe is not None:
            getframe(1).f_trace = None
    return restore
__jgym_restore = __jgym_guard(globals())
del __jgym_guard
