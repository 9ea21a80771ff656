"""A TRL reward function that asks `gym serve` to score completions (POST /score): jgym's rubric, sandbox and all.

Use it as a GRPOTrainer reward function on a dataset made with `gym sample` (its task_id column reaches the function
as a keyword argument, as TRL passes every dataset column):

    ./gym sample gsm8k -n 1000 > gsm8k.jsonl && ./gym serve &
    from datasets import load_dataset
    from trl import GRPOConfig, GRPOTrainer
    from trl_reward import jgym_reward
    data = load_dataset("json", data_files="gsm8k.jsonl", split="train")   # columns task_id, prompt, answer, trace
    trainer = GRPOTrainer(model="Qwen/Qwen2.5-0.5B-Instruct", reward_funcs=jgym_reward("gsm8k"),
                          args=GRPOConfig(output_dir="out"), train_dataset=data)

Run this file to score two completions of `gym sample gsm8k`'s first task: one right, one wrong.
"""
import json
import subprocess
import sys

import requests


def jgym_reward(scenario, url="http://127.0.0.1:8000", seed=42, level=None, options=None, token=None):
    """A reward function for TRL: (completions, task_id, **kwargs) -> list of float, from jgym's rubric."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}

    def reward(completions, task_id, **kwargs):
        texts = [c if isinstance(c, str) else c[-1]["content"] for c in completions]  # standard or conversational
        body = {"scenario": scenario, "seed": seed, "rows": [{"task_id": t, "completion": c} for t, c in zip(task_id, texts)]}
        if level is not None:
            body["level"] = level
        if options:
            body["options"] = options
        r = requests.post(f"{url}/score", json=body, headers=headers, timeout=600)
        r.raise_for_status()
        return [row["reward"] for row in r.json()["results"]]

    reward.__name__ = f"jgym_{scenario.replace('/', '_')}"
    return reward


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    gym = sys.argv[2] if len(sys.argv) > 2 else "./gym"
    task = json.loads(subprocess.run([gym, "sample", "gsm8k", "-n", "1"], check=True, capture_output=True, text=True).stdout)
    fn = jgym_reward("gsm8k", url=url)
    right = f"<think>{task['trace']}</think><answer>{task['answer']}</answer>"
    wrong = "<think>I guess.</think><answer>-1</answer>"
    rewards = fn([right, [{"role": "assistant", "content": wrong}]], task_id=[task["task_id"], task["task_id"]])
    print(task["task_id"], rewards)
    sys.exit(0 if rewards[0] == 1.0 and rewards[1] == 0.0 else 1)
