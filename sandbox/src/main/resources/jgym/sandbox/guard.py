# Defence in depth for a test run as one program with the candidate (jgym.sandbox.SingleProgram, the SandboxFusion
# backend, which runs whole programs only): evaluated before the setup; the program calls restore(names, entry) between
# the solution and the test (names: the test's identifiers, comma-separated). It restores builtins and the output
# streams, removes globals that shadow builtins the test names, turns off trace hooks, and refuses a class of the program
# that the test uses by name if it has its own comparison. The program can reach all of this: see the sandbox README.
# Every runner of this JVM splits trials instead (jgym.sandbox.TrialRun) and never shares a heap with the candidate.
def __jgym_guard(g=None):
    import builtins, sys, marshal
    if g is None:
        g = sys.modules['__main__'].__dict__
    d = builtins.__dict__
    saved = d.copy()
    out, err = sys.stdout, sys.stderr
    settrace, setprofile = sys.settrace, sys.setprofile
    keys, text, typeof, TypeErr, issub, callable = list, str, type, TypeError, issubclass, builtins.callable
    dumps, loads = marshal.dumps, marshal.loads

    def reader(name):
        descriptor = typeof.__dict__.get(name)
        get = getattr(descriptor, "__get__", None)
        return (lambda c: get(c, typeof)) if get is not None else (lambda c: getattr(c, name))
    flags_of, dict_of, mro_of = reader("__flags__"), reader("__dict__"), reader("__mro__")
    compared = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__", "__contains__")

    def plain_results(name, f):
        # whatever the callable is (a function, a class, a partial, an instance): its result reaches the test only as
        # exact plain data, rebuilt by marshal (captured before the solution ran), which refuses other objects
        def call(*args, **kwargs):
            r = f(*args, **kwargs)
            try:
                return loads(dumps(r))
            except ValueError:
                raise TypeErr(name + "() returned a " + typeof(r).__name__ + ", not plain data") from None
        return call

    def restore(names, entry, shared=""):
        names = [n for n in names.split(",") if n] if typeof(names) is text else keys(names)
        shared = [n for n in shared.split(",") if n]
        for k in keys(d):
            if k not in saved:
                del d[k]
        d.update(saved)
        for n in names:
            if n in saved and n in g:
                del g[n]
        for n in names + [entry]:
            f = g.get(n)
            if f is not None and issub(typeof(f), typeof):
                for c in mro_of(f):
                    if flags_of(c) & 512:
                        own = dict_of(c)
                        for m in compared:
                            if m in own:
                                raise TypeErr(n + " is a class of the program with its own " + m + ": the test cannot trust its objects")
            if f is not None and n not in shared and callable(f):
                g[n] = plain_results(n, f)
        sys.stdout, sys.stderr = out, err
        settrace(None)
        setprofile(None)

    return restore
