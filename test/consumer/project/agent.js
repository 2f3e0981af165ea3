import OpenAI from "openai";

const client = new OpenAI();

export async function answer(question) {
  for (;;) {
    try {
      const reply = await client.chat.completions.create({
        model: "gpt-4o",
        messages: [{ role: "user", content: question }],
      });
      return reply.choices[0].message.content;
    } catch {
      // try again
    }
  }
}
