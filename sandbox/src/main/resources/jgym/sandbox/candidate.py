# Evaluated in a fresh GraalPy context before the candidate's setup and solution (jgym.sandbox.TrialRun). The host
# removes _jgym_candidate from __main__ and keeps the functions it returns: call(name, payload) runs one call of the
# candidate's callable `name` (whatever it is: a function, a class, a partial) with the arguments in payload (marshal
# bytes as a latin-1 string) and returns its result, and the arguments after the call when the test asked for them,
# reduced to plain data and marshalled the same way; base_of(e) names the built-in class an exception of the
# candidate's derives from, so that the checker raises it as CPython would. Nothing here is a defence: the
# candidate may change anything in this context, and that changes only its own answer. What makes the check sound is
# on the other side: the trusted context accepts nothing but exact plain types (see trusted.py).
def _jgym_candidate(max_items, max_depth):
    import marshal, sys, builtins
    g = sys.modules['__main__'].__dict__  # where the host evaluates the setup and the solution
    dumps, loads = marshal.dumps, marshal.loads
    scalars = (type(None), bool, int, float, complex, str, bytes)
    bases = ((int, int), (float, float), (complex, complex), (str, str), (bytes, bytes),
             (bytearray, bytes), (list, list), (tuple, tuple), (dict, dict), (set, set), (frozenset, frozenset))

    to_scalar = {int: int.__pos__, float: float.__pos__, complex: complex.__pos__, str: str.__str__,
                 bytes: lambda b: bytes(memoryview(b))}

    class _JgymNotPlain(BaseException):
        pass

    def plain(v, budget, depth, what):
        budget[0] -= 1
        if budget[0] < 0:
            raise _JgymNotPlain(what + " holds more than " + str(max_items) + " values")
        t = type(v)
        if t in scalars:
            return v
        if depth >= max_depth:
            raise _JgymNotPlain(what + " is nested more than " + str(max_depth) + " levels deep")
        base = None
        for b, to in bases:
            if issubclass(t, b):
                base = to
                break
        if base is None:
            raise _JgymNotPlain(what + " is a " + t.__name__ + ", not plain data (None, bool, int, float, complex, "
                                "str, bytes, list, tuple, dict, set, frozenset)")
        if base in to_scalar:
            # a subclass of a built-in scalar becomes its built-in value, whatever its own methods say
            return to_scalar[base](v)
        if base is dict:
            return {plain(k, budget, depth + 1, what): plain(x, budget, depth + 1, what) for k, x in dict.items(v)}
        items = [plain(x, budget, depth + 1, what) for x in (list.__iter__(v) if base is list else
                                                                tuple.__iter__(v) if base is tuple else
                                                                set.__iter__(v) if base is set else
                                                                frozenset.__iter__(v))]
        return base(items)

    def build(x, marker):
        # the test's objects of a shared class arrive as (marker, class name, args, kwargs): built here with the
        # candidate's own class of that name, as the test would have built them in one program
        t = type(x)
        if t is tuple and len(x) == 2 and x[0] == marker:
            return builtin_values[x[1]]
        if t is tuple and len(x) == 4 and x[0] == marker:
            cls = g.get(x[1])
            if cls is None:
                raise NameError("name '" + x[1] + "' is not defined")
            return cls(*build(x[2], marker), **build(x[3], marker))
        if t is list:
            return [build(e, marker) for e in x]
        if t is tuple:
            return tuple(build(e, marker) for e in x)
        if t is dict:
            return {build(k, marker): build(e, marker) for k, e in x.items()}
        if t is set or t is frozenset:
            return t(build(e, marker) for e in x)
        return x

    def after(a, budget, name):
        try:
            return plain(a, budget, 0, "an argument of " + name + "() after the call")
        except _JgymNotPlain:
            return None  # an object the test built: its changes are the candidate's own

    def call(name, payload):
        args, kwargs, marker, in_place = loads(payload.encode('latin-1'))
        f = g.get(name)
        if f is None:
            raise NameError("name '" + name + "' is not defined")
        if marker is not None:
            args, kwargs = build(args, marker), build(kwargs, marker)
        result = f(*args, **kwargs)
        budget = [max_items]
        out = (plain(result, budget, 0, name + "() returned a value that"),
               tuple(after(a, budget, name) for a in args) if in_place else ())
        return dumps(out).decode('latin-1')

    # taken before the solution runs, so that a rebound builtins.ValueError is not taken for the real one
    builtin_values = dict(vars(builtins))
    builtin_errors = {c: n for n, c in vars(builtins).items() if isinstance(c, type) and issubclass(c, BaseException)}
    mro = type.__dict__['__mro__'].__get__

    def base_of(e):
        for c in mro(type(e)):
            if c in builtin_errors:
                return builtin_errors[c]
        return 'BaseException'

    def names():
        # "functions;classes": the candidate's top-level callables, and which of them are classes
        items = [(k, v) for k, v in list(g.items()) if not k.startswith('__') and callable(v)]
        return ','.join(k for k, v in items if not isinstance(v, type)) + ';' + ','.join(k for k, v in items if isinstance(v, type))

    return call, names, base_of
