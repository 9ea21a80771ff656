# Defence in depth for a test that must run in one program with the candidate (jgym.sandbox.SingleProgram): evaluated
# before the setup; the host takes __jgym_guard out of the globals, calls it, and keeps the restore function it returns,
# so that nothing in the program's reach can rebind or skip it; the host calls restore(names, entry) between the solution
# and the test (names: the test's identifiers, comma-separated). It restores builtins and the output streams, removes
# globals that shadow builtins the test names, turns off trace hooks, and refuses a class of the program that the test
# uses by name if it has its own comparison. The host also replaces every function the test calls with a host proxy that
# passes the result through marshal (captured here, before the solution ran), so only exact plain data reaches the test. Only tests that build objects of the reference solution's classes, or hand the
# candidate a non-plain value, take this path; the rest never share a heap with the candidate (jgym.sandbox.TrialRun).
def __jgym_guard(g=None):
    import builtins, sys, marshal
    if g is None:
        g = sys.modules['__main__'].__dict__
    d = builtins.__dict__
    saved = d.copy()
    out, err = sys.stdout, sys.stderr
    settrace, setprofile = sys.settrace, sys.setprofile
    keys, text, typeof, TypeErr, issub = list, str, type, TypeError, issubclass

    def reader(name):
        descriptor = typeof.__dict__.get(name)
        get = getattr(descriptor, "__get__", None)
        return (lambda c: get(c, typeof)) if get is not None else (lambda c: getattr(c, name))
    flags_of, dict_of, mro_of = reader("__flags__"), reader("__dict__"), reader("__mro__")
    compared = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__", "__contains__")

    def restore(names, entry):
        names = [n for n in names.split(",") if n] if typeof(names) is text else keys(names)
        for k in keys(d):
            if k not in saved:
                del d[k]
        d.update(saved)
        for n in names:
            if n in saved and n in g:
                del g[n]
        function = typeof(restore)
        functions = []
        for n in names + [entry]:
            f = g.get(n)
            if typeof(f) is function:
                functions.append(n)
            if f is not None and issub(typeof(f), typeof):
                for c in mro_of(f):
                    if flags_of(c) & 512:
                        own = dict_of(c)
                        for m in compared:
                            if m in own:
                                raise TypeErr(n + " is a class of the program with its own " + m + ": the test cannot trust its objects")
        sys.stdout, sys.stderr = out, err
        settrace(None)
        setprofile(None)
        return ",".join(functions)

    return restore, marshal.dumps, marshal.loads
