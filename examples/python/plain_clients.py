"""`gym serve` with nothing but `requests` and `websockets`: one episode over WebSocket, SandboxFusion's /run_code, and
OpenRLHF's remote reward.

    ./gym serve &
    pip install requests websockets
    python examples/python/plain_clients.py
"""
import asyncio
import json
import sys

import requests
import websockets

URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"


async def episode():
    """One reasoning_gym_env episode: reset to a countdown question, answer it wrongly, read the correct answer."""
    async with websockets.connect(URL.replace("http", "ws", 1) + "/ws") as ws:
        await ws.send(json.dumps({"type": "reset", "data": {"dataset_name": "math/countdown", "seed": 7, "size": 3}}))
        obs = json.loads(await ws.recv())["data"]["observation"]
        print("question:", obs["question"])
        await ws.send(json.dumps({"type": "step", "data": {"answer": "1 + 1"}}))
        data = json.loads(await ws.recv())["data"]
        print("score:", data["observation"]["score"], "correct answer:", data["observation"]["correct_answer"],
              "reason:", data["observation"]["dataset_metadata"]["reason"])
        await ws.send(json.dumps({"type": "close"}))


def run_code():
    """SandboxFusion's request shape, as verl's and open-r1's code rewards send it."""
    r = requests.post(f"{URL}/run_code", json={"code": "print(sum(range(10)))", "language": "python", "run_timeout": 5})
    r.raise_for_status()
    print("run_code:", r.json()["status"], repr(r.json()["run_result"]["stdout"]))


def remote_reward():
    """OpenRLHF's remote reward model: {query, prompts, labels} -> {rewards}."""
    body = {"query": ["Q: 2+3?\nA: <answer>5</answer>", "Q: 2+3?\nA: <answer>6</answer>"],
            "prompts": ["Q: 2+3?\nA: ", "Q: 2+3?\nA: "], "labels": ["5", "5"]}
    r = requests.post(f"{URL}/get_reward", json=body)
    r.raise_for_status()
    print("get_reward:", r.json()["rewards"])


if __name__ == "__main__":
    print("health:", requests.get(f"{URL}/health").json())
    asyncio.run(episode())
    run_code()
    remote_reward()
