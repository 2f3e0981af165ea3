// Calls through the shared client and the wrapper of src/lib/llm.ts: costlint follows the imports.
import { complete, openai } from "./lib/llm";

const conversation: { role: "user" | "assistant"; content: string }[] = [];

// ❌ a module-level conversation, sent whole through the wrapper on every message
export async function onMessage(text: string) {
  conversation.push({ role: "user", content: text });
  const reply = await complete(conversation); // expect: no-full-history
  conversation.push({ role: "assistant", content: reply });
  return reply;
}

// ✅ the last turns only
export async function onMessageWindowed(text: string) {
  conversation.push({ role: "user", content: text });
  return complete(conversation.slice(-8));
}

// ❌ the shared client, no output cap
export async function classify(ticket: string) {
  return openai.responses.create({ model: "gpt-4o-mini", input: `Classify this ticket: ${ticket}` }); // expect: require-max-tokens
}

// ✅
export async function classifyCapped(ticket: string) {
  return openai.responses.create({ model: "gpt-4o-mini", input: `Classify this ticket: ${ticket}`, max_output_tokens: 50 });
}
