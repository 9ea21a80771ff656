package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which program texts need the deep tier of restoration in a recycled context, decided by hand for each. */
class DeepRestoreTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "import collections\ncollections.Counter.most_common = lambda self, n=None: []",
        "import heapq\nheapq.nlargest.__code__ = f.__code__",
        "import re\nre._cache.clear()",
        "setattr(Counter, 'most_common', None)",
        "type(x).attr = 3",
        "import decimal\ndecimal.getcontext().prec = 5",
        "exec('import math')",
        "import sys\nsys.setrecursionlimit(10)",
        "del Counter.most_common",
        "from collections.abc import Sequence\nSequence.register(int)",
        "math.pi += 1",
        "obj.attr.sub = 1",
        "x = __builtins__",
        "class A:\n    def f(self):\n        return self.__dict__",
    })
    void programsThatCanReachClassesFunctionsOrPrivateStateNeedIt(String source) {
        assertTrue(DeepRestore.needed(source), source);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "def similar_elements(a, b):\n  res = tuple(set(a) & set(b))\n  return (res)\nassert similar_elements((3, 4), (4, 5)) == (4,)",
        "import re\ndef f(t):\n  return re.sub(' +', ' ', t)\nassert f('a  b') == 'a b'",
        "class Pair:\n  def __init__(self, a, b):\n    self.a = a\n    self.b = b\nx = Pair(1, 2)\nassert x.a <= x.b",
        "import math\nassert math.sqrt(16) == 4.0",
        "xs = [1, 2]\nxs.append(3)\nassert len(xs) == 3 and xs[0] != 2",
        "def f():\n    return 1\nif __name__ == '__main__':\n    assert f() == 1",
    })
    void plainProgramsDoNot(String source) {
        assertFalse(DeepRestore.needed(source), source);
    }
}
