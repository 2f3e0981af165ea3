// The app's shared client and its own wrapper, in a module of their own (as production code has them).
import OpenAI from "openai";

export const openai = new OpenAI();

type Message = { role: "system" | "user" | "assistant"; content: string };

// ✅ the wrapper caps its output; every caller sends its own messages
export async function complete(messages: Message[]) {
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages, max_completion_tokens: 400 });
  return res.choices[0]?.message.content ?? "";
}
