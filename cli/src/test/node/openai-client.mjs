// Drives an OpenAI-compatible server with the official `openai` npm client and prints what it got as one JSON line.
// Usage: node openai-client.mjs BASE_URL MODEL API_KEY PROMPT
import OpenAI from "openai";

const [baseURL, model, apiKey, prompt] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });

const models = await client.models.list();
const chat = await client.chat.completions.create({
  model, messages: [{ role: "user", content: prompt }], temperature: 0, max_tokens: 40, logprobs: true, seed: 1,
});
const stream = await client.chat.completions.create({
  model, messages: [{ role: "user", content: prompt }], temperature: 0, max_tokens: 40, seed: 1, stream: true,
  stream_options: { include_usage: true },
});
let streamed = "";
let finish = null;
let usage = null;
for await (const chunk of stream) {
  if (chunk.usage) usage = chunk.usage;
  for (const c of chunk.choices) {
    streamed += c.delta?.content ?? "";
    if (c.finish_reason) finish = c.finish_reason;
  }
}
const completion = await client.completions.create({ model, prompt, n: 2, max_tokens: 8, temperature: 1, seed: 3 });
let refused = null;
try {
  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });
} catch (e) {
  refused = { status: e.status, message: e.error?.message ?? e.message, param: e.error?.param ?? null };
}
console.log(JSON.stringify({
  models: models.data.map((m) => m.id),
  chat: { content: chat.choices[0].message.content, finish: chat.choices[0].finish_reason,
          logprobs: chat.choices[0].logprobs.content.length, usage: chat.usage },
  stream: { content: streamed, finish, usage },
  completion: completion.choices.map((c) => ({ index: c.index, text: c.text, finish: c.finish_reason })),
  refused,
}));
