"""The official `openai` Python client against `gym serve-policy`: a jgym policy answers like any OpenAI model.

    ./gym train --out runs/demo && ./gym serve-policy runs/demo &       # http://127.0.0.1:8001/v1
    pip install openai
    python examples/python/openai_eval.py
The same server works with `gym eval SCENARIO --policy http://127.0.0.1:8001/v1`, and any other OpenAI-compatible server
(vLLM, llama.cpp, ollama) works with `gym eval` the same way.
"""
import sys

from openai import OpenAI

client = OpenAI(base_url=sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8001/v1", api_key="unused")
model = client.models.list().data[0].id
question = "What is 7191 mod 2?"
chat = client.chat.completions.create(model=model, messages=[{"role": "user", "content": question}], temperature=0,
                                      max_tokens=80, stop=["</answer>"], logprobs=True)
choice = chat.choices[0]
print(model, "->", repr(choice.message.content), choice.finish_reason)
print("first tokens:", [(t.token, round(t.logprob, 3)) for t in choice.logprobs.content[:5]])
print("streamed:", "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(
    model=model, messages=[{"role": "user", "content": question}], temperature=0, max_tokens=80, stop=["</answer>"],
    stream=True) if c.choices))
