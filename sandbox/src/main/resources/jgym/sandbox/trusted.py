# Evaluated once in each trusted GraalPy context (jgym.sandbox.TrialRun). Only trusted code runs here: the dataset's
# setup and tests. A candidate is reached through proxies that hand plain data to the host, which calls the candidate
# in its own context; what comes back is unmarshalled and checked to hold exact built-in plain types only, so no object
# of the candidate's, and none of its code, ever exists here. The host removes _jgym_trusted from __main__ and keeps
# the functions it returns.
def _jgym_trusted(host_call, max_items, max_depth, max_bytes):
    import marshal, builtins, types
    dumps, loads = marshal.dumps, marshal.loads
    scalars = (type(None), bool, int, float, complex, str, bytes)
    CodeType = types.CodeType

    class _JgymCandidateStopped(BaseException):
        """The candidate was stopped (time, memory, exit, denial): the host holds its outcome."""

    class _JgymUnsplittable(BaseException):
        """A test passes the candidate something that is not plain data: the test must run as one program."""

    # a candidate's exception is raised here as the built-in exception of the same name, so that a test may expect it;
    # the ones that end iterations early (StopIteration inside map() would make all(map(f, xs)) true) never are
    passthrough = {n: c for n, c in vars(builtins).items()
                   if isinstance(c, type) and issubclass(c, Exception)
                   and not issubclass(c, (StopIteration, StopAsyncIteration))}

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

    def proxy(name):
        def call(*args, **kwargs):
            try:
                payload = dumps((tuple(bytes(a) if type(a) is bytearray else a for a in args), kwargs))
            except ValueError as e:
                host_call(name, None)  # tells the host that this test must run as one program
                raise _JgymUnsplittable(name + "() is called with something that is not plain data: " + str(e))
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
                copy_back(args, after)
                return result
            if kind == 'E':
                etype, _, message = body.partition('\n')
                cls = passthrough.get(etype)
                try:
                    error = cls(message) if cls is not None else Exception(etype + ': ' + message)
                except BaseException:
                    error = Exception(etype + ': ' + message)
                raise error
            raise _JgymCandidateStopped(body)
        call.__name__ = call.__qualname__ = name
        return call

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
            ns[entry] = proxy(entry)
        return ns

    def test(ns, source, candidate_names, shared_classes):
        code = compile(source, 'test.py', 'exec')
        functions, _, classes = candidate_names.partition(';')
        functions = set(functions.split(',')) if functions else set()
        classes = set(classes.split(',')) if classes else set()
        shared = set(shared_classes.split(',')) if shared_classes else set()
        for n in names_of(code, set()):
            if n in ns or n in builtins.__dict__:
                continue
            if n in classes and n in shared:
                # the test builds objects of a class of the solution's (the reference defines it too): such objects
                # cannot cross as plain data, so the test runs as one program
                host_call(n, None)
                raise _JgymUnsplittable("the test uses the solution's class " + n)
            if n in functions or n in classes:
                ns[n] = proxy(n)
            elif n in modules:
                ns[n] = __import__(n)
        exec(code, ns)

    return begin, test
