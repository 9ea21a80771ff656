# Evaluated once in each trusted GraalPy context (jgym.sandbox.TrialRun). Only trusted code runs here: the dataset's
# setup and tests. A candidate is reached through proxies that hand plain data to the host, which calls the candidate
# in its own context; what comes back is unmarshalled and checked to hold exact built-in plain types only, so no object
# of the candidate's, and none of its code, ever exists here. The host removes _jgym_trusted from __main__ and keeps
# the functions it returns.
def _jgym_trusted(host_call, max_items, max_depth, max_bytes, marker):
    import marshal, builtins, types, ast
    dumps, loads = marshal.dumps, marshal.loads
    scalars = (type(None), bool, int, float, complex, str, bytes)
    CodeType = types.CodeType

    class _JgymCandidateStopped(BaseException):
        """The candidate was stopped (time, memory, exit, denial): the host holds its outcome."""

    class _JgymUnsplittable(BaseException):
        """A test passes the candidate something that is not plain data: the test must run as one program."""

    # a candidate's exception is raised here as CPython would raise it: as its built-in base class (the first built-in
    # exception in its MRO, which the candidate's side reports), or a fresh subclass of that base under the exception's
    # own name, so that `except ValueError` catches a ParseError(ValueError) and `except Exception` lets a
    # KeyboardInterrupt or a BaseException subclass through. The ones that end iterations early (StopIteration inside
    # map() would make all(map(f, xs)) true) become a plain Exception; a SystemExit never comes here (it stops the
    # candidate). Raising a built-in is no more than the candidate could do, whatever base it reports.
    bases = {n: c for n, c in vars(builtins).items()
             if isinstance(c, type) and issubclass(c, BaseException)
             and not issubclass(c, (StopIteration, StopAsyncIteration, SystemExit))}
    named = {}

    def candidate_error(etype, base, message):
        cls = bases.get(base, BaseException if base not in ('StopIteration', 'StopAsyncIteration') else None)
        if cls is None:
            return Exception(etype + ': ' + message)
        if etype != cls.__name__:
            key = (etype, cls)
            if key not in named:
                named[key] = type(etype, (cls,), {'__module__': 'candidate'})
            cls = named[key]
        try:
            return cls(message)
        except BaseException:  # a base whose constructor wants more (UnicodeDecodeError): its nearest plain kind
            return (Exception if issubclass(cls, Exception) else BaseException)(etype + ': ' + message)

    class _JgymShared:
        """An object of a class the reference solution defines (Trial.sharedClasses), built by the test. It holds the
        constructor's arguments only: it crosses to the candidate as the class's name and those arguments, and the
        candidate's side builds it with the candidate's own class, as CPython would have; no object of the
        candidate's comes back."""
        __slots__ = ('_jgym_args',)

        def __init__(self, *args, **kwargs):
            self._jgym_args = (args, kwargs)

    shared_types = set()

    def shared_class(name):
        cls = type(name, (_JgymShared,), {'__slots__': ()})
        shared_types.add(cls)
        return cls

    # built-in classes and functions a test may hand the candidate (MBPP 533: remove_datatype(xs, int)): they cross
    # by name, and the candidate's side takes its own built-in of that name
    builtin_names = {v: n for n, v in vars(builtins).items() if isinstance(v, (type, types.BuiltinFunctionType))}

    def encode(x):
        # the test's value with each shared object replaced by (marker, class name, args, kwargs) and each built-in
        # by (marker, name); marker is random per checker context, so no plain value of a test's is taken for one
        t = type(x)
        if t in scalars:
            return x
        if t in shared_types:
            args, kwargs = x._jgym_args
            return (marker, t.__name__, encode(args), encode(kwargs))
        if t is list:
            return [encode(e) for e in x]
        if t is tuple:
            return tuple(encode(e) for e in x)
        if t is dict:
            return {encode(k): encode(e) for k, e in x.items()}
        if t is set or t is frozenset:
            return t(encode(e) for e in x)
        if (t is type or t is types.BuiltinFunctionType) and x in builtin_names:
            return (marker, builtin_names[x])
        return x  # marshal refuses it

    def check(v):
        budget = [max_items]

        def walk(x, depth):
            budget[0] -= 1
            if budget[0] < 0:
                raise TypeError("the candidate's data holds more than " + str(max_items) + " values")
            t = type(x)
            if t in scalars:
                return
            if depth >= max_depth:
                raise TypeError("the candidate's data is nested more than " + str(max_depth) + " levels deep")
            if t is list or t is tuple or t is set or t is frozenset:
                for e in x:
                    walk(e, depth + 1)
            elif t is dict:
                for k, e in x.items():
                    walk(k, depth + 1)
                    walk(e, depth + 1)
            else:
                raise TypeError("the candidate sent a " + t.__name__ + ", which is not plain data")
        walk(v, 0)

    def copy_back(before, after):
        # a candidate that changes a list, dict, set or bytearray argument in place changes the test's own object
        for a, b in zip(before, after):
            t = type(a)
            if t is list and type(b) is list:
                a[:] = b
            elif (t is dict and type(b) is dict) or (t is set and type(b) is set):
                a.clear()
                a.update(b)
            elif t is bytearray and type(b) is bytes:
                a[:] = b

    def proxy(name, in_place):
        # in_place: the test calls the candidate as a statement (`sort(xs)`), the one way a test reads an in-place
        # change, so the candidate's changes to list, dict, set and bytearray arguments are copied back. Otherwise the
        # candidate works on copies (marshal makes them) and the test's values stay as they were before the call, so
        # `assert count(xs) == len(xs)` is not passed by emptying xs.
        def call(*args, **kwargs):
            args_out = tuple(bytes(a) if type(a) is bytearray else a for a in args)
            try:
                payload = dumps((args_out, kwargs, None, in_place))
            except ValueError:
                payload = None
            try:
                if payload is None:
                    payload = dumps((encode(args_out), encode(kwargs), marker, in_place))
            except ValueError as e:
                host_call(name, None)  # tells the host that this test cannot be split
                raise _JgymUnsplittable(name + "() is called with something that is not plain data (" + str(e)
                                        + "): a test that hands the candidate code or objects cannot be checked apart from it")
            reply = host_call(name, payload.decode('latin-1'))
            kind, body = reply[0], reply[1:]
            if kind == 'R':
                if len(body) > max_bytes:
                    raise TypeError(name + "() returned more than " + str(max_bytes) + " bytes of data")
                data = loads(body.encode('latin-1'))
                if type(data) is not tuple or len(data) != 2 or type(data[1]) is not tuple:
                    raise TypeError(name + "() sent malformed data")
                check(data)
                result, after = data
                if in_place:
                    copy_back(args, after)
                return result
            if kind == 'E':
                etype, _, rest = body.partition('\n')
                base, _, message = rest.partition('\n')
                raise candidate_error(etype, base, message)
            raise _JgymCandidateStopped(body)
        call.__name__ = call.__qualname__ = name
        return call

    statement_proxies = {}

    def proxies(name):
        p, s = proxy(name, False), proxy(name, True)
        statement_proxies[p] = s
        return p

    def statement(f, /, *args, **kwargs):
        # a call the test makes as a statement: a candidate's function gets its in-place variant
        return statement_proxies.get(f, f)(*args, **kwargs) if type(f) is type(statement) else f(*args, **kwargs)

    def compile_test(source):
        # every call made as a statement (`f(xs)`, also `candidate(xs)` inside a check function) goes through
        # statement(); the callee is still evaluated before the arguments, as in the call itself
        tree = ast.parse(source, 'test.py')
        for node in ast.walk(tree):
            if type(node) is ast.Expr and type(node.value) is ast.Call:
                c = node.value
                c.args.insert(0, c.func)
                c.func = ast.copy_location(ast.Name('_jgym_statement', ast.Load()), c.func)
        return compile(tree, 'test.py', 'exec')

    modules = ('math', 're', 'cmath', 'collections', 'heapq', 'itertools', 'functools', 'operator', 'string',
               'fractions', 'decimal', 'statistics', 'bisect', 'copy', 'datetime', 'random', 'typing', 'sys')

    def names_of(code, out):
        out.update(code.co_names)
        for c in code.co_consts:
            if type(c) is CodeType:
                names_of(c, out)
        return out

    def begin(setup, entry):
        ns = {'__name__': '__main__', '__builtins__': builtins, '__doc__': None}
        if setup:
            exec(compile(setup, 'setup.py', 'exec'), ns)
        if entry:
            ns[entry] = proxies(entry)
        ns['_jgym_statement'] = statement
        return ns

    def test(ns, source, candidate_names, shared_classes):
        # the shared classes of this trial's namespace (made by an earlier test of the trial, or below)
        shared_types.clear()
        shared_types.update(v for v in ns.values() if type(v) is type and issubclass(v, _JgymShared))
        code = compile_test(source)
        functions, _, classes = candidate_names.partition(';')
        functions = set(functions.split(',')) if functions else set()
        classes = set(classes.split(',')) if classes else set()
        shared = set(shared_classes.split(',')) if shared_classes else set()
        for n in names_of(code, set()):
            if n in ns or n in builtins.__dict__:
                continue
            if n in shared:
                # the test builds objects of a class the reference defines: they cross by their constructor's arguments
                ns[n] = shared_class(n)
            elif n in functions or n in classes:
                ns[n] = proxies(n)
            elif n in modules:
                ns[n] = __import__(n)
        exec(code, ns)

    return begin, test
