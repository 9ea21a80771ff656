"""Writes math-verify-cases.tsv from a checkout of huggingface/Math-Verify's tests/ (python3 math_verify_cases.py DIR).

Reads every @pytest.mark.parametrize list of (gold, pred, expected[, option]) in the test files that compare answers
and writes one row per case: source, gold, prediction, expected (1 accept, 0 reject), note. Cases that test a
Math-Verify option other than its default, or its API rather than a comparison, are written as skipped (see SKIPS).
Newlines in a field are written as U+2424, tabs as U+2409.
"""
import ast
import re
import math
import sys
from pathlib import Path

FILES = ["test_all", "test_boxed", "test_numina_cases", "test_open_thoughts", "test_strict", "test_yujianll"]
# Options that are not Math-Verify's defaults: kept as a note, and where the verdict depends on them, skipped.
SKIPS = {
    "test_all:test_set_rel_assymetry#3": "Math-Verify's default (allow_set_relation_comp=False) rejects x in [-2,7] "
                                         "against -2<=x<=7 only because the kinds differ; the same set, and with the "
                                         "option (case #2) it accepts",
    "test_all:test_latex_notation#5": "Math-Verify's extraction rule: inline $...$ may not span lines (the answer 9 is right)",
    "test_all:test_latex_notation#6": "Math-Verify's extraction rule: inline \\(...\\) may not span lines (the answer 9 is right)",
    "test_strict:test_strict_variable_comparison#1": "Math-Verify option strict=False (f(x) equals f(y))",
}
HEADER = """# Math-Verify's own regression cases (huggingface/Math-Verify at {commit}, tests/{files}), extracted by
# math_verify_cases.py. Math-Verify is Copyright The HuggingFace Team, licensed under the Apache License 2.0
# (its LICENCE file); only the test-case data is reproduced here.
# Columns: source (file:function#index), gold, prediction, expected (1 accept, 0 reject), note ("skip: why" rows are
# not run). Newlines in a field are U+2424, tabs U+2409.
"""


MATH = re.compile(r"\$\$.*?\$\$|\$.*?\$|\\\(.*?\\\)|\\\[.*?\\\]|\\text\{[^{}]*\}", re.S)


def kind(s):
    """'prose' when s has three or more words outside its formulas and \\text{}, else 'answer'."""
    words = re.findall(r"[A-Za-z]{3,}", MATH.sub(" ", s.replace("\\boxed", "")))
    return "prose" if len(words) >= 3 else "answer"


def encode(s):
    assert "\u2424" not in s and "\u2409" not in s
    return s.replace("\n", "\u2424").replace("\t", "\u2409")


def cases(path):
    tree = ast.parse(path.read_text())
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for deco in fn.decorator_list:
            if not (isinstance(deco, ast.Call) and getattr(deco.func, "attr", "") == "parametrize"):
                continue
            names = [n.strip() for n in ast.literal_eval(deco.args[0]).split(",")]
            rows = eval(compile(ast.Expression(deco.args[1]), str(path), "eval"), {"math": math})
            for i, row in enumerate(rows):
                values = dict(zip(names, row))
                gold, pred = values["gold"], values["pred"]
                expected = values.get("expected", values.get("result"))
                options = [f"{k}={v}" for k, v in values.items() if k not in ("gold", "pred", "expected", "result")]
                yield f"{path.stem}:{fn.name}#{i}", gold, pred, int(expected), options, fn.name
    if path.stem == "test_all":  # the one compare_strings call outside a parametrize list
        yield "test_all:test_precision#0", "$\\frac{1}{3}$", "0.3333$", 1, ["precision=4"], "test_precision"


def main(tests_dir, commit):
    out = [HEADER.format(commit=commit, files=", ".join(f + ".py" for f in FILES))]
    for name in FILES:
        for source, gold, pred, expected, options, fn in cases(Path(tests_dir) / f"{name}.py"):
            note = " ".join([kind(gold) + "/" + kind(pred)] + options)
            if source in SKIPS:
                note = "skip: " + SKIPS[source]
            out.append("\t".join([source, encode(gold), encode(pred), str(expected), note]) + "\n")
    Path("math-verify-cases.tsv").write_text("".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "HEAD")
