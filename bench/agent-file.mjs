// The 3,000-line agent module the editor benchmarks edit (bench/vscode.mjs in VS Code, bench/run.mjs in process).

/** A realistic agent module of about `lines` lines: SDK calls, retries, loops, tools, plain code between. */
export function agentFile(lines) {
  const head = `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const client = new OpenAI({ maxRetries: 2 });
const anthropic = new Anthropic();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
`;
  const blocks = [
    (i) => `
export async function summarize${i}(text: string): Promise<string> {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    max_completion_tokens: 300,
    messages: [
      { role: "system", content: "Summarize the text for a support agent in three sentences." },
      { role: "user", content: text },
    ],
  });
  return completion.choices[0]?.message.content ?? "";
}
`,
    (i) => `
export async function ask${i}(question: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const reply = await anthropic.messages.create({ model: "claude-haiku-4-5", max_tokens: 512, messages: [{ role: "user", content: question }] });
      return reply.content[0].type === "text" ? reply.content[0].text : "";
    } catch (error) {
      if (attempt === 2) throw error;
      await sleep(500 * 2 ** attempt);
    }
  }
  throw new Error("unreachable");
}
`,
    (i) => `
const lookup${i} = tool({
  description: "Look up order ${i}.",
  inputSchema: z.object({ orderId: z.string().regex(/^ord_[a-z0-9]+$/) }),
  execute: async ({ orderId }) => ({ orderId, status: "shipped" }),
});

export async function agent${i}(prompt: string) {
  const messages = [{ role: "user" as const, content: prompt }];
  while (true) {
    const response = await client.chat.completions.create({ model: "gpt-4o", messages });
    if (!response.choices[0]?.message.tool_calls) return response;
    messages.push({ role: "user", content: "continue" });
  }
}
`,
    (i) => `
export function format${i}(rows: { id: string; total: number }[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const total = row.total.toFixed(2);
    lines.push(\`\${row.id.padEnd(12)} \${total.padStart(10)}\`);
  }
  return lines.join("\\n");
}

export const answer${i} = (q: string) => generateText({ model: openai("gpt-4o-mini"), maxOutputTokens: 200, prompt: q, tools: { lookup: lookup${i - (i % 4) + 2} } });
`,
  ];
  let text = head;
  for (let i = 0; text.split("\n").length < lines; i++) text += blocks[i % blocks.length](i);
  return text;
}
