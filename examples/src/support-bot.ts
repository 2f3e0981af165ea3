import OpenAI from "openai";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ❌ A bot that keeps the whole conversation in a field and sends it on every turn.
export class SupportBot {
  private client = new OpenAI({ maxRetries: 10 }); // expect: no-unbounded-retry
  private messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: "system", content: "You are the support assistant of Acme. Answer briefly." },
  ];

  async reply(text: string): Promise<string> {
    this.messages.push({ role: "user", content: text });
    while (true) { // expect: no-unbounded-retry, require-retry-backoff
      try {
        const completion = await this.client.chat.completions.create({ // expect: require-max-tokens
          model: "gpt-4o",
          messages: this.messages, // expect: no-full-history
        });
        const answer = completion.choices[0]?.message.content ?? "";
        this.messages.push({ role: "assistant", content: answer });
        return answer;
      } catch (error) {
        console.error("retrying", error);
        await sleep(1000);
      }
    }
  }
}

// ✅ The same bot: the last turns only, a capped retry with exponential backoff, an output cap.
const SYSTEM = "You are the support assistant of Acme. Answer briefly.";
const KEEP_TURNS = 8;
const MAX_ATTEMPTS = 3;

export class CarefulSupportBot {
  private client = new OpenAI({ maxRetries: 2 });
  private history: OpenAI.Chat.ChatCompletionMessageParam[] = [];

  async reply(text: string): Promise<string> {
    this.history.push({ role: "user", content: text });
    const recent = this.history.slice(-KEEP_TURNS);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        const completion = await this.client.chat.completions.create({
          model: "gpt-4o-mini",
          max_completion_tokens: 400,
          messages: [{ role: "system", content: SYSTEM }, ...recent],
        });
        const answer = completion.choices[0]?.message.content ?? "";
        this.history.push({ role: "assistant", content: answer });
        return answer;
      } catch (error) {
        if (attempt === MAX_ATTEMPTS - 1) throw error;
        await sleep(500 * 2 ** attempt);
      }
    }
    throw new Error("unreachable");
  }
}
