# Evaluated in every GraalPy context before any program (jgym.sandbox.Engines). GraalPy's sys.getsizeof needs the
# native C API, which the CONSTRAINED sandbox does not load (it fails with a host NullPointerException); this
# replacement returns CPython 3.11's 64-bit sizes for the common built-in types, so programs that compare sizes work.
def _jgym_compat():
    import sys

    def getsizeof(obj, default=None):
        t = type(obj)
        if t is bool:
            return 28 if obj else 24
        if t is int:
            n = abs(obj)
            digits = 0
            while n:
                n >>= 30
                digits += 1
            return 24 + 4 * max(digits, 1) if obj else 24
        if t is float:
            return 24
        if t is complex:
            return 32
        if t is tuple:
            return 40 + 8 * len(obj)
        if t is list:
            return 56 + 8 * len(obj)
        if t is str:
            m = max(map(ord, obj), default=0)
            if m < 128:
                return 49 + len(obj)
            if m < 256:
                return 73 + len(obj)
            return (74 + 2 * len(obj)) if m < 65536 else (76 + 4 * len(obj))
        if t is bytes:
            return 33 + len(obj)
        if t is bytearray:
            return 57 + len(obj)
        if t is dict:
            return 64 if not obj else 184 if len(obj) <= 5 else 272 if len(obj) <= 10 else 64 + 40 * len(obj)
        if t is set or t is frozenset:
            return 216 if len(obj) <= 4 else 728 if len(obj) <= 18 else 216 + 64 * len(obj)
        if t is type(None):
            return 16
        if default is not None:
            return default
        return 48 + 8 * len(getattr(obj, '__dict__', ()))

    sys.getsizeof = getsizeof

    # host facts a program could print (jgym.sandbox.Redact removes paths and the kernel release from outputs). Only the
    # built-in posix module is patched: os, imported later by a program (35 ms, so not here), copies these functions from
    # it with `from posix import *`
    import posix
    fixed = type(posix.uname())(("Linux", "sandbox", "0", "0", "x86_64"))
    posix.uname = lambda: fixed
    posix.getpid = lambda: 2
    posix.getppid = lambda: 1
    posix.getloadavg = lambda: (0.0, 0.0, 0.0)
    sys.executable = ""

_jgym_compat()
del _jgym_compat
