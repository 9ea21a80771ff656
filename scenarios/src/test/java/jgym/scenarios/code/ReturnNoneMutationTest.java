package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnNoneMutationTest {

    @Test
    void replacesEachBodyAtItsIndentation() {
        String src = "import math\r\ndef f(x):\r\n\ty = x * 2\r\n\treturn y\r\nR = 3\r\ndef g(a,\r\n      b) -> int:\r\n    if a:\r\n        return b\r\n\r\n    return a\r\n";
        String want = "import math\ndef f(x):\n\treturn None\nR = 3\ndef g(a,\n      b) -> int:\n    return None\n";
        assertEquals(want, ReturnNoneMutation.mutate(src));
    }

    @Test
    void oneLineDefsNestedFunctionsAndMethods() {
        assertEquals("def f(x): return None", ReturnNoneMutation.mutate("def f(x): return x + 1"));
        assertEquals("def f(d={'a': 1}): return None", ReturnNoneMutation.mutate("def f(d={'a': 1}): return d"));
        String nested = "def outer(x):\n    def inner(y):\n        return y\n    return inner(x)\nprint(outer(1))";
        assertEquals("def outer(x):\n    return None\nprint(outer(1))", ReturnNoneMutation.mutate(nested));
        String cls = "class A:\n    def __init__(self, v):\n        self.v = v\n    def get(self):  # the value\n        return self.v\n";
        assertEquals("class A:\n    def __init__(self, v):\n        return None\n    def get(self):  # the value\n        return None\n",
                ReturnNoneMutation.mutate(cls));
    }

    @Test
    void codeWithoutFunctionsIsUnchangedButForLineEndings() {
        assertEquals("x = 1\ny = 2\n", ReturnNoneMutation.mutate("x = 1\r\ny = 2\r\n"));
    }
}
