"""OpenEnv's own reasoning_gym_env client, unchanged, against `gym serve`.

Runs EPISODES concurrent WebSocket sessions, each over its own jgym scenario dataset. Each session answers its first
question wrongly on purpose (score 0, correct_answer revealed) and every later question with the answer `gym sample`
gives for the same seed (score 1), and checks every score and every question.

    ./gym serve &                                   # http://127.0.0.1:8000
    pip install openenv-core                        # OpenEnv's client; reasoning_gym_env ships in OpenEnv's repo (envs/)
    python examples/python/openenv_reasoning_gym.py --gym ./gym --sessions 16
"""
import argparse
import asyncio
import json
import subprocess
import sys

from reasoning_gym_env import ReasoningGymAction, ReasoningGymEnv


def expected(gym, scenario, seed, size):
    """Questions and answers of a dataset, as `gym sample` prints them for the same seed."""
    out = subprocess.run([gym, "sample", scenario, "--seed", str(seed), "-n", str(size)], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


async def episode_run(url, scenario, seed, tasks):
    async with ReasoningGymEnv(base_url=url) as env:
        result = await env.reset(dataset_name=scenario, dataset_config={}, seed=seed, size=len(tasks))
        failures = []
        for i, task in enumerate(tasks):
            if i > 0:
                result = await env.reset()
            if result.observation.question != task["prompt"]:
                failures.append(f"seed {seed} question {i}: {result.observation.question!r} != {task['prompt']!r}")
            answer = "certainly not this" if i == 0 else task["answer"]
            result = await env.step(ReasoningGymAction(answer=answer))
            want = 0.0 if i == 0 else 1.0
            if result.observation.score != want or result.reward != want or not result.done:
                failures.append(f"seed {seed} question {i}: score {result.observation.score}, reward {result.reward}, "
                                f"done {result.done}; expected {want}")
            if result.observation.correct_answer != task["answer"]:
                failures.append(f"seed {seed} question {i}: correct_answer {result.observation.correct_answer!r}")
        return failures


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8000")
    p.add_argument("--gym", default="./gym")
    p.add_argument("--scenario", default="math/arithmetic")
    p.add_argument("--sessions", type=int, default=16)
    p.add_argument("--size", type=int, default=5)
    a = p.parse_args()
    datasets = {seed: expected(a.gym, a.scenario, seed, a.size) for seed in range(a.sessions)}
    results = await asyncio.gather(*(episode_run(a.url, a.scenario, s, t) for s, t in datasets.items()))
    failures = [f for r in results for f in r]
    for f in failures:
        print("FAIL", f)
    print(f"{a.sessions} concurrent sessions x {a.size} episodes: {len(failures)} wrong")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    asyncio.run(main())
