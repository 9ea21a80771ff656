"""OpenEnv's own coding_env client, unchanged, against `gym serve --env coding`: Python run in jgym's sandbox.

    ./gym serve --env coding --port 8000 &
    pip install openenv-core                        # OpenEnv's client; coding_env ships in OpenEnv's repo (envs/)
    python examples/python/openenv_coding.py
"""
import argparse
import asyncio
import sys

from coding_env import CodeAction, CodingEnv


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8000")
    a = p.parse_args()
    async with CodingEnv(base_url=a.url) as env:
        await env.reset()
        steps = [
            ("x = 6\nprint('x is set')", "x is set\n", 0),
            ("def f(y):\n    return x * y\nprint(f(7))", "42\n", 0),   # x survives from the step before
            ("print(undefined_name)", "", 1),                         # NameError: exit_code 1, traceback in stderr
            ("import os\nos.system('echo hacked')", "", 1),           # the sandbox refuses processes
        ]
        wrong = 0
        for code, stdout, exit_code in steps:
            r = await env.step(CodeAction(code=code))
            ok = r.observation.stdout == stdout and r.observation.exit_code == exit_code
            wrong += not ok
            print("ok  " if ok else "FAIL", repr(code), "->", repr(r.observation.stdout), r.observation.exit_code,
                  r.observation.stderr.strip().splitlines()[-1:] if r.observation.stderr else "")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    asyncio.run(main())
