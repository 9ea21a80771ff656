"""PyTorch reference for `gym bench train`: the same model, batch, loss and optimiser as jgym's TransformerPolicy step.

A GPT-2-style decoder (learned positions, pre-LayerNorm blocks, tanh GELU, tied head, value head), trained on random
lower-case rows whose first quarter is the prompt: loss = sum over completion tokens of c * log p(token), with the same
constant c = -1 / (rows * completion length) the Java bench feeds back as dLoss/dlogp, then global-norm clipping at 1 and
AdamW (lr 1e-3, betas 0.9/0.99, eps 1e-8, weight decay 0.1 on matrices only). Then, with --sample-rounds N > 0,
sampling with a key/value cache (preallocated per block, written in place; temperature 1; every row samples up to the
context) from prompts of the same length as the Java bench's, N timed rounds after one warm-up round.
Prints one JSON line of timings.
Run by TrainBenchmark with the interpreter given by --torch, with OMP/OPENBLAS/MKL_NUM_THREADS set to --threads (a
pthread OpenBLAS ignores torch.set_num_threads); needs only torch (Debian: apt-get install python3-torch libopenblas0-pthread).
"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, heads, mlp):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.attn = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc = nn.Linear(d, mlp * d)
        self.out = nn.Linear(mlp * d, d)

    def forward(self, x, mask):
        b, t, d = x.shape
        hd = d // self.heads
        q, k, v = self.attn(self.ln1(x)).split(d, dim=2)
        q, k, v = (z.view(b, t, self.heads, hd).transpose(1, 2) for z in (q, k, v))
        scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hd))
        y = F.softmax(scores.masked_fill(mask, float("-inf")), dim=-1) @ v
        x = x + self.proj(y.transpose(1, 2).reshape(b, t, d))
        return x + self.out(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class Gpt(nn.Module):
    def __init__(self, vocab, context, layers, d, heads, mlp):
        super().__init__()
        self.wte = nn.Embedding(vocab, d)
        self.wpe = nn.Embedding(context, d)
        self.blocks = nn.ModuleList(Block(d, heads, mlp) for _ in range(layers))
        self.lnf = nn.LayerNorm(d)
        self.value = nn.Linear(d, 1)
        self.register_buffer("mask", torch.triu(torch.ones(context, context, dtype=torch.bool), diagonal=1))

    def forward(self, tokens):
        t = tokens.shape[1]
        x = self.wte(tokens) + self.wpe(torch.arange(t))
        for block in self.blocks:
            x = block(x, self.mask[:t, :t])
        h = self.lnf(x)
        return h @ self.wte.weight.t(), self.value(h)


@torch.no_grad()
def sample(model, prompts, new_tokens, gen):
    """Samples new_tokens per row with a KV cache; returns the number of tokens sampled."""
    b, p = prompts.shape
    d = model.wte.weight.shape[1]
    heads = model.blocks[0].heads
    hd = d // heads
    t = p + new_tokens
    kc = [torch.zeros(b, heads, t, hd) for _ in model.blocks]
    vc = [torch.zeros(b, heads, t, hd) for _ in model.blocks]

    def step(tokens, start):
        s = tokens.shape[1]
        x = model.wte(tokens) + model.wpe(torch.arange(start, start + s))
        for i, blk in enumerate(model.blocks):
            q, k, v = blk.attn(blk.ln1(x)).split(d, dim=2)
            q, k, v = (z.view(b, s, heads, hd).transpose(1, 2) for z in (q, k, v))
            kc[i][:, :, start:start + s] = k
            vc[i][:, :, start:start + s] = v
            scores = (q @ kc[i][:, :, :start + s].transpose(-2, -1)) * (1.0 / math.sqrt(hd))
            if s > 1:
                scores = scores.masked_fill(model.mask[start:start + s, :start + s], float("-inf"))
            y = F.softmax(scores, dim=-1) @ vc[i][:, :, :start + s]
            x = x + blk.proj(y.transpose(1, 2).reshape(b, s, d))
            x = x + blk.out(F.gelu(blk.fc(blk.ln2(x)), approximate="tanh"))
        return model.lnf(x[:, -1]) @ model.wte.weight.t()

    logits = step(prompts, 0)
    sampled = 0
    for pos in range(p, t):
        nxt = torch.multinomial(F.softmax(logits, dim=-1), 1, generator=gen)
        sampled += b
        if pos == t - 1:
            break
        logits = step(nxt, pos)
    return sampled


def main():
    p = argparse.ArgumentParser()
    for name, default in [("steps", 10), ("warmup", 3), ("batch", 32), ("context", 64), ("layers", 2), ("dmodel", 128),
                          ("heads", 4), ("mlp", 4), ("vocab", 101), ("threads", 1), ("seed", 42), ("sample-rounds", 0),
                          ("sample-prompt", 16)]:
        p.add_argument("--" + name, type=int, default=default)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    model = Gpt(a.vocab, a.context, a.layers, a.dmodel, a.heads, a.mlp)
    decay = [q for q in model.parameters() if q.dim() == 2]
    rest = [q for q in model.parameters() if q.dim() != 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": rest, "weight_decay": 0.0}],
                            lr=1e-3, betas=(0.9, 0.99), eps=1e-8)
    tokens = torch.randint(0, 26, (a.batch, a.context))
    prompt = max(1, a.context // 4)
    targets = tokens[:, prompt:]
    c = -1.0 / (a.batch * targets.shape[1])

    def step():
        logits, _ = model(tokens)
        logp = F.log_softmax(logits[:, prompt - 1:-1], dim=-1).gather(2, targets.unsqueeze(2))
        (c * logp.sum()).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)

    for _ in range(a.warmup):
        step()
    wall, cpu = [], []
    for _ in range(a.steps):
        w0, c0 = time.perf_counter(), time.process_time()
        step()
        wall.append((time.perf_counter() - w0) * 1e3)
        cpu.append((time.process_time() - c0) * 1e3)
    result = {"torch": torch.__version__, "threads": torch.get_num_threads(),
              "parameters": sum(q.numel() for q in model.parameters()),
              "median_ms": statistics.median(wall), "best_ms": min(wall), "cpu_median_ms": statistics.median(cpu)}
    if a.sample_rounds > 0:
        gen = torch.Generator().manual_seed(a.seed)
        prompts = torch.randint(0, 26, (a.batch, a.sample_prompt))
        new_tokens = a.context - a.sample_prompt
        sample(model, prompts, new_tokens, gen)
        rates = []
        for _ in range(a.sample_rounds):
            w0 = time.perf_counter()
            n = sample(model, prompts, new_tokens, gen)
            rates.append(n / (time.perf_counter() - w0))
        result["sample_tokens_per_s_median"] = statistics.median(rates)
        result["sample_rounds"] = a.sample_rounds
    print(json.dumps(result))


if __name__ == "__main__":
    main()
