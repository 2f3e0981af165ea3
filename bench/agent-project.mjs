// The agent-code corpus of the ESLint benchmark (bench/run.mjs): a generated TypeScript project shaped like the
// production agent apps costlint is for, written to a temporary folder. Its code is this file's own (nothing
// fetched). What makes agent code costly to lint is in it, in the proportions of real apps: most files are plain
// code (UI helpers, formatting, types), a client module and its wrappers imported across the project, tools in
// their own files, agents and routes calling the wrappers, and an import cycle among the services (a service
// calling another that calls it back), which the cross-file layer must analyse from every side.
import fs from "node:fs";
import path from "node:path";

const LLM = `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

export const openai = new OpenAI({ maxRetries: 2 });
export const anthropic = new Anthropic();
export const DEFAULT_MODEL = "gpt-4o-mini";

export async function chat(messages: OpenAI.ChatCompletionMessageParam[], maxTokens = 500): Promise<string> {
  const completion = await openai.chat.completions.create({ model: DEFAULT_MODEL, max_completion_tokens: maxTokens, messages });
  return completion.choices[0]?.message.content ?? "";
}

export async function complete(prompt: string): Promise<string> {
  const reply = await anthropic.messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: prompt }] });
  return reply.content[0]?.type === "text" ? reply.content[0].text : "";
}

export function getClient(): OpenAI {
  return openai;
}
`;

const sleep = `export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
`;

function tool(i) {
  return `import { tool } from "ai";
import { z } from "zod";
import { formatRow${i % 7} } from "../util/format-${i % 7}";

export const lookup${i} = tool({
  description: "Look up order ${i} by id.",
  inputSchema: z.object({ orderId: z.string().regex(/^ord_[a-z0-9]+$/), verbose: ${i % 6 === 0 ? "z.any()" : "z.boolean().optional()"} }),
  execute: async ({ orderId }) => ({ orderId, row: formatRow${i % 7}({ id: orderId, total: ${i} }) }),
});

export const search${i} = tool({
  description: "Search the catalogue.",
  inputSchema: z.object({ query: z.string().describe("Words to search for"), limit: z.number().int().max(20) }),
  execute: async ({ query, limit }) => ({ query, hits: [] as string[], limit }),
});
`;
}

function agent(i, tools) {
  return `import { generateText, stepCountIs } from "ai";
import { openai } from "@ai-sdk/openai";
import { chat, complete } from "../lib/llm";
import { sleep } from "../lib/sleep";
import { ${tools.map((t) => `lookup${t}, search${t}`).join(", ")} } from "../tools";
import type { Conversation } from "../types/conversation-${i % 5}";

export async function run${i}(prompt: string) {
  return generateText({
    model: openai("gpt-4o"),
    maxOutputTokens: 800,
    stopWhen: stepCountIs(8),
    prompt,
    tools: { ${tools.map((t) => `lookup${t}, search${t}`).join(", ")} },
  });
}

export async function reply${i}(conversation: Conversation, text: string): Promise<string> {
  conversation.messages.push({ role: "user", content: text });
  const answer = await chat(${i % 3 === 0 ? "conversation.messages" : "conversation.messages.slice(-20)"});
  conversation.messages.push({ role: "assistant", content: answer });
  return answer;
}

export async function summarize${i}(text: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await complete("Summarize in three sentences:\\n" + text);
    } catch (error) {
      if (attempt === 2) throw error;
      await sleep(500 * 2 ** attempt);
    }
  }
  throw new Error("unreachable");
}
${i % 4 === 0 ? `
export async function loop${i}(goal: string) {
  const messages: { role: "user" | "assistant"; content: string }[] = [{ role: "user", content: goal }];
  while (true) {
    const step = await chat(messages);
    if (step.includes("DONE")) return step;
    messages.push({ role: "assistant", content: step });
  }
}
` : ""}`;
}

function service(i, n) {
  // A ring of services importing each other: an import cycle through every one of them.
  const next = (i + 1) % n;
  return `import { chat } from "../lib/llm";
import { handle${next} } from "./service-${next}";

export async function handle${i}(input: string, depth = 0): Promise<string> {
  if (depth > 2) return input;
  const draft = await chat([{ role: "system", content: "You are service ${i}." }, { role: "user", content: input }], 300);
  return depth < 2 ? handle${next}(draft, depth + 1) : draft;
}

export function describe${i}(): string {
  return "service ${i} of ${n}";
}
`;
}

function route(i) {
  return `import { reply${i % 12} } from "../agents/agent-${i % 12}";
import { handle${i % 6} } from "../services/service-${i % 6}";
import { parseBody${i % 7} } from "../util/format-${i % 7}";

const store = new Map<string, { messages: { role: "user" | "assistant" | "system"; content: string }[] }>();

export async function POST(request: Request): Promise<Response> {
  const { id, text } = parseBody${i % 7}(await request.json());
  const conversation = store.get(id) ?? { messages: [] };
  store.set(id, conversation);
  const answer = await reply${i % 12}(conversation, text);
  const checked = await handle${i % 6}(answer);
  return Response.json({ answer: checked });
}
`;
}

function formatUtil(i) {
  return `export interface Row${i} {
  id: string;
  total: number;
}

export function formatRow${i}(row: Row${i}): string {
  return \`\${row.id.padEnd(12)} \${row.total.toFixed(2).padStart(10)}\`;
}

export function parseBody${i}(body: unknown): { id: string; text: string } {
  if (!body || typeof body !== "object") throw new Error("bad body");
  const { id, text } = body as Record<string, unknown>;
  if (typeof id !== "string" || typeof text !== "string") throw new Error("bad body");
  return { id, text };
}

export function table${i}(rows: Row${i}[]): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(formatRow${i}(row));
  return lines.join("\\n");
}
`;
}

function types(i) {
  return `export interface Message {
  role: "user" | "assistant" | "system";
  content: string;
}

export interface Conversation {
  id?: string;
  messages: Message[];
  metadata${i}?: Record<string, string>;
}
`;
}

function component(i) {
  // Plain application code: most files of an agent app never touch a model.
  return `import { formatRow${i % 7}, type Row${i % 7} } from "../util/format-${i % 7}";

export interface Props${i} {
  rows: Row${i % 7}[];
  title: string;
  onSelect?: (id: string) => void;
}

export function render${i}({ rows, title, onSelect }: Props${i}): string {
  const header = \`<h2>\${title}</h2>\`;
  const items = rows.map((row) => \`<li data-id="\${row.id}">\${formatRow${i % 7}(row)}</li>\`);
  if (onSelect && rows[0]) onSelect(rows[0].id);
  return header + "<ul>" + items.join("") + "</ul>";
}

export function total${i}(rows: Row${i % 7}[]): number {
  let sum = 0;
  for (const row of rows) sum += row.total;
  return Math.round(sum * 100) / 100;
}

export async function load${i}(url: string): Promise<Row${i % 7}[]> {
  try {
    const response = await fetch(url);
    return (await response.json()) as Row${i % 7}[];
  } catch {
    return [];
  }
}
`;
}

/** Writes the corpus under `dir` (created); returns its TypeScript files. */
export function writeAgentProject(dir) {
  const files = new Map();
  files.set("package.json", JSON.stringify({ name: "bench-agent-app", private: true, dependencies: { openai: "^5.0.0", "@anthropic-ai/sdk": "^0.60.0", ai: "^5.0.0", "@ai-sdk/openai": "^2.0.0", zod: "^3.25.0" } }, null, 2));
  files.set("src/lib/llm.ts", LLM);
  files.set("src/lib/sleep.ts", sleep);
  const toolCount = 24;
  for (let i = 0; i < toolCount; i++) files.set(`src/tools/tool-${i}.ts`, tool(i));
  files.set("src/tools/index.ts", Array.from({ length: toolCount }, (_, i) => `export * from "./tool-${i}";\n`).join(""));
  for (let i = 0; i < 12; i++) files.set(`src/agents/agent-${i}.ts`, agent(i, [i, (i + 5) % toolCount, (i + 11) % toolCount]));
  for (let i = 0; i < 6; i++) files.set(`src/services/service-${i}.ts`, service(i, 6));
  for (let i = 0; i < 24; i++) files.set(`src/app/api/route-${i}.ts`, route(i));
  for (let i = 0; i < 7; i++) files.set(`src/util/format-${i}.ts`, formatUtil(i));
  for (let i = 0; i < 5; i++) files.set(`src/types/conversation-${i}.ts`, types(i));
  for (let i = 0; i < 120; i++) files.set(`src/components/component-${i}.ts`, component(i));
  const out = [];
  for (const [name, text] of files) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (name.endsWith(".ts")) out.push(full);
  }
  return out.sort();
}
