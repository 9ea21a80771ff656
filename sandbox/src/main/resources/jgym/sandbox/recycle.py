# Harness of a recycled GraalPy context (evaluated once per context by jgym.sandbox.PythonSlot).
# It pre-imports the modules programs commonly use, snapshots every piece of interpreter state a program could change
# (sys.modules, module dictionaries, the dictionaries of classes defined in Python, the code and defaults of functions,
# instance dictionaries, and mutable containers reachable from them up to a fixed depth) and returns two functions that
# only the host holds: prepare(source, name, stdin) compiles one program for a fresh globals dict, which the host then
# runs by calling exec and eval itself (so that no harness frame sits under the guest's frames for sys._getframe or a
# traceback to reach); flush() flushes the real standard streams; restore(full) resets interpreter settings after every
# run and puts every snapshot back when asked (see jgym.sandbox.DeepRestore for when). Nothing here is
# reachable from guest code: the host removes _jgym_make from __main__ before calling it and stores the results nowhere.
def _jgym_make(preload, max_depth, max_objects):
    # preload: comma-separated module names
    import sys, builtins, io, gc, ast
    from operator import is_
    from itertools import repeat

    _dict, _list, _set, _len, _type, _id, _map, _all, _zip = dict, list, set, len, type, id, map, all, zip
    _object, _typetype, _BaseException = object, type, BaseException
    _isinstance, _getattr, _setattr, _delattr = isinstance, getattr, setattr, delattr
    _compile, _exec, _eval, _StringIO = compile, exec, eval, io.StringIO
    _Expr, _Expression, _Module = ast.Expr, ast.Expression, ast.Module
    ONLY_AST = ast.PyCF_ONLY_AST
    HEAPTYPE = 1 << 9
    FunctionType = _type(lambda: None)
    ModuleType = _type(sys)
    MISSING = _object()

    for name in preload.split(','):
        try:
            __import__(name)
        except _BaseException:
            pass

    modules = sys.modules
    module_snapshot = _dict(modules)
    dicts, lists, sets, classes, functions = [], [], [], [], []
    seen = _set()

    def entry(d):
        """A snapshot of dict d: (d, keys, values, ids of the values)."""
        values = _list(d.values())
        return d, _list(d.keys()), values, _list(_map(_id, values))

    def visit(obj, depth):
        if _len(seen) >= max_objects:
            return
        i = _id(obj)
        if i in seen:
            return
        t = _type(obj)
        if t is dict:
            seen.add(i)
            dicts.append(entry(obj))
            if depth < max_depth:
                for v in _list(obj.values()):
                    visit(v, depth + 1)
        elif t is list or t is bytearray:
            seen.add(i)
            lists.append((obj, _list(obj)))
            if depth < max_depth:
                for v in _list(obj):
                    visit(v, depth + 1)
        elif t is set:
            seen.add(i)
            sets.append((obj, _set(obj)))
        elif t is FunctionType:
            seen.add(i)
            functions.append(obj)
            d = obj.__dict__
            if d:
                visit(d, depth)
        elif t is ModuleType:
            return
        elif _isinstance(obj, _typetype):
            seen.add(i)
            if obj.__flags__ & HEAPTYPE:
                proxy = obj.__dict__
                classes.append((obj, _dict(proxy), _list(proxy.keys()), _list(_map(_id, proxy.values()))))
                if depth < max_depth:
                    for v in _list(proxy.values()):
                        visit(v, depth + 1)
        else:
            try:
                d = _object.__getattribute__(obj, '__dict__')
            except _BaseException:
                return
            if _type(d) is dict and depth < max_depth:
                seen.add(i)
                visit(d, depth + 1)

    # module dictionaries, the import machinery and the environment
    module_dicts = []
    for m in _list(module_snapshot.values()):
        d = _getattr(m, '__dict__', None)
        if _type(d) is dict:
            module_dicts.append(entry(d))
    cheap_lists = [(c, _list(c)) for c in (sys.path, sys.meta_path, sys.path_hooks, sys.argv) if _type(c) is list]
    cheap_dicts = [entry(d) for d in (sys.path_importer_cache,) if _type(d) is dict]
    environ = _getattr(modules.get('os'), 'environ', None)
    environ_data = _getattr(environ, '_data', None)
    if _type(environ_data) is dict:
        cheap_dicts.append(entry(environ_data))

    # dictionaries of classes defined in Python, code and defaults of functions, containers and instance dictionaries
    # reachable from module dictionaries
    for m in _list(module_snapshot.values()):
        d = _getattr(m, '__dict__', None)
        if _type(d) is dict:
            seen.add(_id(d))
            for v in _list(d.values()):
                visit(v, 1)

    code_snapshot = [(f.__code__, f.__defaults__, f.__kwdefaults__) for f in functions]
    code_of = [c for c, _, _ in code_snapshot]
    defaults_of = [d for _, d, _ in code_snapshot]
    recursion_limit = sys.getrecursionlimit()
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr

    def same_dict(d, keys, ids):
        # identity of every value (ids are exact ints: comparing them runs no guest __eq__), then the keys in order
        return _len(d) == _len(keys) and _list(_map(_id, d.values())) == ids and _list(d) == keys

    module_keys, module_ids = _list(module_snapshot.keys()), _list(_map(_id, module_snapshot.values()))

    def restore(full):
        """Resets interpreter settings; if full, puts every snapshot back too. Returns how many objects had changed."""
        changed = 0
        if sys.getrecursionlimit() != recursion_limit:
            sys.setrecursionlimit(recursion_limit)
        if sys.gettrace() is not None:
            sys.settrace(None)
        if sys.getprofile() is not None:
            sys.setprofile(None)
        if not gc.isenabled():
            gc.enable()
        sys.stdin = stdin
        if not full:
            return changed
        if not same_dict(modules, module_keys, module_ids):
            modules.clear()
            modules.update(module_snapshot)
            changed += 1
        for d, keys, values, ids in module_dicts:
            if not same_dict(d, keys, ids):
                d.clear()
                d.update(_zip(keys, values))
                changed += 1
        for d, keys, values, ids in cheap_dicts:
            if not same_dict(d, keys, ids):
                d.clear()
                d.update(_zip(keys, values))
                changed += 1
        for c, items in cheap_lists:
            if _len(c) != _len(items) or not _all(_map(is_, c, items)):
                c[:] = items
                changed += 1
        for d, keys, values, ids in dicts:
            if not same_dict(d, keys, ids):
                d.clear()
                d.update(_zip(keys, values))
                changed += 1
        for c, items in lists:
            if _len(c) != _len(items) or not _all(_map(is_, c, items)):
                c[:] = items
                changed += 1
        for s, items in sets:
            if _len(s) != _len(items) or not _all(_map(s.__contains__, items)):
                s.clear()
                s.update(items)
                changed += 1
        for cls, items, keys, ids in classes:
            proxy = cls.__dict__
            if not same_dict(proxy, keys, ids):
                for k in _list(proxy.keys()):
                    if k not in items:
                        _delattr(cls, k)
                for k, v in items.items():
                    if proxy.get(k, MISSING) is not v:
                        _setattr(cls, k, v)
                changed += 1
        if not (_all(_map(is_, _map(_getattr, functions, repeat('__code__')), code_of))
                and _all(_map(is_, _map(_getattr, functions, repeat('__defaults__')), defaults_of))):
            for f, (code, defaults, kwdefaults) in _zip(functions, code_snapshot):
                f.__code__, f.__defaults__, f.__kwdefaults__ = code, defaults, kwdefaults
            changed += 1
        return changed

    statement_starts = ('assert', 'def', 'class', 'import', 'from', 'if', 'for', 'while', 'with', 'try', 'raise', 'pass',
                        'return', 'del', 'global', 'nonlocal', '@', 'elif', 'else', 'except', 'finally', 'async', 'print(')

    def ends_in_expression(source):
        """False when the last line is surely not an expression statement whose value is wanted (saves a parse)."""
        for line in reversed(source.splitlines()):
            t = line.strip()
            if not t or t.startswith('#'):
                continue
            if line[0] in ' \t' or t.startswith(statement_starts):
                return False
            return True
        return False

    def prepare(source, name, stdin):
        """Compiles one program: returns (globals, body code, code of a final expression statement or None)."""
        sys.stdin = _StringIO(stdin)
        g = {'__name__': '__main__', '__builtins__': builtins, '__doc__': None, '__package__': None, '__spec__': None}
        if not ends_in_expression(source):
            return g, _compile(source, name, 'exec'), None
        tree = _compile(source, name, 'exec', ONLY_AST)
        body = tree.body
        last = None
        if body and _type(body[-1]) is _Expr:
            last = _compile(_Expression(body.pop().value), name, 'eval')
        return g, _compile(tree, name, 'exec'), last

    def flush():
        try:
            stdout.flush()
            stderr.flush()
        except _BaseException:
            pass

    return prepare, flush, restore, _exec, _eval, _len(module_dicts) + _len(dicts) + _len(lists) + _len(sets) + _len(classes) + _len(functions)
