// The synthetic agent application of the benchmarks (bench/run.mjs), one corpus for both agent-code arms: ESLint's
// (parser alone, a no-op rule, costlint's `all`) and the CLI's (`costlint report` against a bare TypeScript parse).
// The shape of a Next.js answer engine or research agent (the kind costlint is run on), written into a folder, the
// same files on every run (its code is this file's own, nothing fetched): about 500 TypeScript files and 1.1 MB.
// Model clients and a model registry in their own modules, the app's wrappers around them called from feature
// services in other folders, tools in their own files, agents built in one module and run in another, prompts as
// consts, route handlers, React components (many importing the AI SDK's types or hooks), UI primitives, hooks,
// utilities and tests. Its call sites are reached across files, as in real agent code; and what costlint reports is
// in it, in the proportions of real apps: a loose tool schema, conversations kept in a store and sent whole, an agent
// loop with no cap, retries with backoff, and an import cycle among services (a service calling another that calls
// it back), which the cross-file layer must analyse from every side.
import fs from "node:fs";
import path from "node:path";

/** A small deterministic generator (mulberry32): the same corpus on every machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["search", "summary", "citation", "source", "answer", "query", "document", "report", "note", "draft", "outline", "review", "ticket", "invoice", "order", "profile", "message", "thread", "task", "plan"];
const UTIL_COUNT = 24;
const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (s) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** Plain application code: data shaping, validation, formatting (what most of an app's lines are). */
function helpers(rand, name, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const w = WORDS[Math.floor(rand() * WORDS.length)];
    out.push(`
export function ${camel(name)}${pascal(w)}${i}(items: ${pascal(w)}Item[], options: { limit?: number; sortBy?: keyof ${pascal(w)}Item } = {}): ${pascal(w)}Item[] {
  const limit = options.limit ?? ${5 + Math.floor(rand() * 40)};
  const seen = new Set<string>();
  const result: ${pascal(w)}Item[] = [];
  for (const item of items) {
    if (!item.id || seen.has(item.id)) continue;
    seen.add(item.id);
    const title = item.title.trim().replace(/\\s+/g, " ");
    if (title.length === 0) continue;
    result.push({ ...item, title, score: Math.round((item.score ?? 0) * 100) / 100 });
    if (result.length >= limit) break;
  }
  if (options.sortBy) {
    const key = options.sortBy;
    result.sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
  }
  return result;
}`);
  }
  const types = [...new Set(out.join("").match(/[A-Z]\w+Item(?=\[\])/g))];
  return types.map((t) => `export interface ${t} {\n  id: string;\n  title: string;\n  score?: number;\n  createdAt?: string;\n  tags?: string[];\n}\n`).join("\n") + out.join("\n");
}

function component(rand, name, { aiTypes, aiHook, feature }) {
  const C = pascal(name);
  const imports = [`import { useState, useEffect, useMemo, useCallback } from "react";`, `import { cn } from "@/lib/utils/cn";`, `import { Button } from "@/components/ui/button";`];
  // Handlers calling the app's utilities in other modules (what a component's calls mostly are).
  const utils = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => Math.floor(rand() * UTIL_COUNT));
  for (const u of new Set(utils)) imports.push(`import * as util${u} from "@/lib/utils/util-${u}";`);
  const handlers = utils
    .map((u, i) => `  const handle${i} = useCallback((id: string) => {
    const picked = items.filter((item) => item.id === id || item.label.startsWith(id));
    const first = Object.values(util${u})[0];
    if (typeof first === "function") console.debug("${name}", picked.length, String(first).length);
    setQuery(picked.map((item) => item.label.trim()).join(", ").slice(0, ${40 + i * 10}));
    onSelect?.(id);
  }, [items, onSelect]);`)
    .join("\n");
  // Types imported as values (`import { UIMessage }`) as often as with `import type`: both styles are common.
  if (aiTypes) imports.push(rand() < 0.6 ? `import { UIMessage, ToolUIPart } from "ai";` : `import type { UIMessage, ToolUIPart } from "ai";`);
  if (aiHook) imports.push(`import { useChat } from "@ai-sdk/react";`);
  if (feature) imports.push(`import type { ${pascal(feature)}Result } from "@/lib/features/${feature}/types";`);
  const rows = 6 + Math.floor(rand() * 10);
  return `"use client";
${imports.join("\n")}

export interface ${C}Props {
  className?: string;
  title: string;
  items: { id: string; label: string; done?: boolean }[];
${aiTypes ? "  messages?: UIMessage[];\n  part?: ToolUIPart;\n" : ""}  onSelect?: (id: string) => void;
}

export function ${C}({ className, title, items, onSelect${aiTypes ? ", messages = []" : ""} }: ${C}Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
${aiHook ? `  const { messages: live, sendMessage, status } = useChat({ id: "${name}" });\n` : ""}${handlers}
  const visible = useMemo(() => items.filter((item) => item.label.toLowerCase().includes(query.toLowerCase())), [items, query]);
  useEffect(() => {
    if (visible.length === 0) setOpen(false);
  }, [visible.length]);
  return (
    <section className={cn("rounded-lg border p-4", open && "shadow-md", className)}>
      <header className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{title}</h2>
        <Button variant="ghost" onClick={() => setOpen(!open)}>{open ? "Hide" : "Show"}</Button>
      </header>
      <input className="mt-2 w-full rounded border px-2 py-1" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter" />
${aiTypes ? `      <p className="text-xs text-muted-foreground">{messages.length} messages</p>\n` : ""}${aiHook ? `      <Button disabled={status !== "ready"} onClick={() => sendMessage({ text: query })}>Ask ({live.length})</Button>\n` : ""}      {open && (
        <ul className="mt-2 space-y-1">
          {visible.map((item) => (
            <li key={item.id} className={cn("flex gap-2", item.done && "line-through")} onClick={() => handle0(item.id)}>
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
      )}
${Array.from({ length: rows }, (_, i) => `      <div className="grid grid-cols-${(i % 4) + 1} gap-2" data-row="${i}">{visible.slice(${i}, ${i + 2}).map((item) => <span key={item.id}>{item.label}</span>)}</div>`).join("\n")}
    </section>
  );
}
`;
}

/** The files of the synthetic app: path (relative) -> text. */
export function agentApp() {
  const rand = random(12);
  const files = new Map();
  const put = (file, text) => files.set(file, text);
  put("package.json", JSON.stringify({ name: "agent-app", private: true, dependencies: { ai: "^6.0.0", "@ai-sdk/openai": "^2.0.0", "@ai-sdk/anthropic": "^2.0.0", "@ai-sdk/react": "^2.0.0", openai: "^5.0.0", "@anthropic-ai/sdk": "^0.60.0", zod: "^4.0.0", react: "^19.0.0", next: "^15.0.0" } }, null, 2));
  put("tsconfig.json", JSON.stringify({ compilerOptions: { strict: true, jsx: "preserve", baseUrl: ".", paths: { "@/*": ["./*"] } } }, null, 2));

  // Model clients, the registry, the app's wrappers.
  put("lib/llm/openai-client.ts", `import OpenAI from "openai";\n\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, maxRetries: 2 });\n`);
  put("lib/llm/anthropic-client.ts", `import Anthropic from "@anthropic-ai/sdk";\n\nlet client: Anthropic | undefined;\n\nexport function getAnthropic(): Anthropic {\n  client ??= new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n  return client;\n}\n`);
  put("lib/llm/registry.ts", `import { openai } from "@ai-sdk/openai";\nimport { anthropic } from "@ai-sdk/anthropic";\n\nexport type ModelId = "fast" | "smart" | "writer";\n\nexport function getModel(id: ModelId) {\n  if (id === "smart") return anthropic("claude-sonnet-4-5");\n  if (id === "writer") return openai("gpt-4.1");\n  return openai("gpt-4o-mini");\n}\n`);
  put("lib/llm/complete.ts", `import { openai } from "./openai-client";\n\nexport interface CompleteOptions {\n  system?: string;\n  maxTokens?: number;\n  temperature?: number;\n}\n\n/** One chat completion: the app's wrapper, called from the feature services. */\nexport async function complete(prompt: string, options: CompleteOptions = {}): Promise<string> {\n  const response = await openai.chat.completions.create({\n    model: "gpt-4o-mini",\n    max_tokens: options.maxTokens ?? 800,\n    temperature: options.temperature ?? 0.2,\n    messages: [\n      { role: "system", content: options.system ?? "You are a careful assistant for a research product." },\n      { role: "user", content: prompt },\n    ],\n  });\n  return response.choices[0]?.message?.content ?? "";\n}\n`);
  put("lib/llm/chat-service.ts", `import type Anthropic from "@anthropic-ai/sdk";\nimport { getAnthropic } from "./anthropic-client";\n\nexport class ChatService {\n  constructor(private readonly system: string) {}\n\n  async reply(history: Anthropic.MessageParam[]): Promise<string> {\n    const response = await getAnthropic().messages.create({\n      model: "claude-sonnet-4-5",\n      max_tokens: 1024,\n      system: this.system,\n      messages: history.slice(-8),\n    });\n    const block = response.content[0];\n    return block?.type === "text" ? block.text : "";\n  }\n}\n`);

  // Prompts.
  const prompts = ["researcher", "writer", "critic", "planner", "summarizer", "classifier"];
  for (const p of prompts) {
    const body = Array.from({ length: 14 }, (_, i) => `- Rule ${i + 1}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} must be cited with its ${WORDS[(i * 3) % WORDS.length]}; never invent a ${WORDS[(i * 5) % WORDS.length]}.`).join("\n");
    put(`lib/prompts/${p}.ts`, `export const ${p.toUpperCase()}_PROMPT = \`You are the ${p} of a research assistant.\n${body}\n\`;\n\nexport function ${p}Prompt(context: string): string {\n  return \`\${${p.toUpperCase()}_PROMPT}\\n\\nContext:\\n\${context}\`;\n}\n`);
  }

  // Tools in their own files.
  const tools = ["search", "fetch", "calculator", "weather", "calendar", "email", "todo", "notes", "files", "question", "translate", "browse"];
  for (const t of tools) {
    put(`lib/tools/${t}.ts`, `import { tool } from "ai";\nimport { z } from "zod";\nimport { ${camel(t)}Helper0 } from "@/lib/utils/${t}-helpers";\n\nexport const ${camel(t)}Tool = tool({\n  description: "The ${t} tool: looks up ${t} data for the current task.",\n  inputSchema: z.object({\n    query: z.string().describe("What to ${t} for"),\n    limit: z.number().int().min(1).max(20).describe("How many results"),\n${tools.indexOf(t) % 6 === 0 ? "    filters: z.any(),\n" : ""}  }),\n  execute: async ({ query, limit }) => {\n    const items = await fetchItems(query);\n    return ${camel(t)}Helper0(items, { limit });\n  },\n});\n\nasync function fetchItems(query: string) {\n  const res = await fetch(\`https://example.com/${t}?q=\${encodeURIComponent(query)}\`);\n  return (await res.json()) as { id: string; title: string }[];\n}\n`);
    put(`lib/utils/${t}-helpers.ts`, helpers(rand, `${t}-helper`, 1 + Math.floor(rand() * 3)).replace(/export function \w+?Helper\w*?\d+\(/, `export function ${camel(t)}Helper0(`));
  }
  put("lib/tools/index.ts", tools.map((t) => `export { ${camel(t)}Tool } from "./${t}";`).join("\n") + "\n");

  // Agents built in one module, run in another.
  const agents = ["researcher", "writer", "planner", "support", "analyst", "reviewer"];
  agents.forEach((a, i) => {
    const picked = tools.filter((_, j) => (j + i) % 3 === 0);
    put(`lib/agents/${a}.ts`, `import { ToolLoopAgent, stepCountIs } from "ai";\nimport { getModel } from "@/lib/llm/registry";\nimport { ${picked.map((t) => `${camel(t)}Tool`).join(", ")} } from "@/lib/tools";\nimport { ${prompts[i % prompts.length].toUpperCase()}_PROMPT } from "@/lib/prompts/${prompts[i % prompts.length]}";\n\nexport function create${pascal(a)}Agent() {\n  return new ToolLoopAgent({\n    model: getModel("${i % 2 ? "smart" : "fast"}"),\n    instructions: ${prompts[i % prompts.length].toUpperCase()}_PROMPT,\n    tools: { ${picked.map((t) => `${camel(t)}: ${camel(t)}Tool`).join(", ")} },\n    stopWhen: stepCountIs(${8 + i}),\n    maxOutputTokens: 2000,\n  });\n}\n`);
  });

  // Route handlers: run the agents, stream text, generate objects.
  agents.forEach((a, i) => {
    put(`app/api/${a}/route.ts`, `import { create${pascal(a)}Agent } from "@/lib/agents/${a}";\nimport type { UIMessage } from "ai";\n\nexport async function POST(req: Request) {\n  const { messages } = (await req.json()) as { messages: UIMessage[] };\n  const agent = create${pascal(a)}Agent();\n  const result = await agent.generate({ prompt: messages.map((m) => m.id).join("\\n").slice(0, ${2000 + i * 100}) });\n  return Response.json({ text: result.text });\n}\n`);
  });
  for (let i = 0; i < 8; i++) {
    put(`app/api/stream-${i}/route.ts`, `import { streamText, convertToModelMessages, type UIMessage } from "ai";\nimport { getModel } from "@/lib/llm/registry";\nimport { summarizerPrompt } from "@/lib/prompts/summarizer";\n\nexport async function POST(req: Request) {\n  const { messages }: { messages: UIMessage[] } = await req.json();\n  const result = streamText({\n    model: getModel("${["fast", "smart", "writer"][i % 3]}"),\n    system: summarizerPrompt("route ${i}"),\n    messages: convertToModelMessages(messages.slice(-${4 + i})),\n    maxOutputTokens: ${500 + i * 100},\n  });\n  return result.toUIMessageStreamResponse();\n}\n`);
  }

  // Features: a service calling the app's wrappers (across folders), its types, schema and helpers.
  const features = Array.from({ length: 22 }, (_, i) => `${WORDS[i % WORDS.length]}-${["insights", "assist", "flow", "board"][i % 4]}`);
  features.forEach((f, i) => {
    const F = pascal(f);
    put(`lib/features/${f}/types.ts`, `export interface ${F}Result {\n  id: string;\n  text: string;\n  sources: string[];\n  createdAt: string;\n}\n\nexport type ${F}Status = "idle" | "running" | "done" | "failed";\n`);
    put(`lib/features/${f}/schema.ts`, `import { z } from "zod";\n\nexport const ${camel(f)}Schema = z.object({\n  title: z.string().describe("A short title"),\n  bullets: z.array(z.string()).max(${3 + (i % 5)}).describe("Key points"),\n  confidence: z.number().min(0).max(1),\n});\n`);
    put(`lib/features/${f}/helpers.ts`, helpers(rand, f, 2 + Math.floor(rand() * 4)));
    const call =
      i % 3 === 0
        ? `  const text = await complete(\`Summarise for ${f}: \${input}\`, { maxTokens: ${300 + i * 10} });\n  return { id: crypto.randomUUID(), text, sources: [], createdAt: new Date().toISOString() };`
        : i % 3 === 1
          ? `  const { object } = await generateObject({ model: getModel("fast"), schema: ${camel(f)}Schema, prompt: input, maxOutputTokens: ${400 + i} });\n  return { id: crypto.randomUUID(), text: object.bullets.join("\\n"), sources: [object.title], createdAt: new Date().toISOString() };`
          : `  const reply = await chat.reply([{ role: "user", content: input }]);\n  return { id: crypto.randomUUID(), text: reply, sources: [], createdAt: new Date().toISOString() };`;
    const imports =
      i % 3 === 0
        ? `import { complete } from "@/lib/llm/complete";`
        : i % 3 === 1
          ? `import { generateObject } from "ai";\nimport { getModel } from "@/lib/llm/registry";\nimport { ${camel(f)}Schema } from "./schema";`
          : `import { ChatService } from "@/lib/llm/chat-service";\n\nconst chat = new ChatService("You help with ${f}.");`;
    put(`lib/features/${f}/service.ts`, `${imports}\nimport type { ${F}Result } from "./types";\n\nexport async function run${F}(input: string): Promise<${F}Result> {\n${call}\n}\n`);
    put(`lib/features/${f}/__tests__/helpers.test.ts`, `import { describe, expect, it } from "vitest";\nimport * as helpers from "../helpers";\n\ndescribe("${f} helpers", () => {\n  it("exports functions", () => {\n    expect(Object.keys(helpers).length).toBeGreaterThan(0);\n  });\n});\n`);
  });
  put("lib/actions/run-feature.ts", `"use server";\n${features.map((f) => `import { run${pascal(f)} } from "@/lib/features/${f}/service";`).join("\n")}\n\nexport async function runFeature(name: string, input: string) {\n  switch (name) {\n${features.map((f) => `    case "${f}":\n      return run${pascal(f)}(input);`).join("\n")}\n    default:\n      throw new Error(\`unknown feature \${name}\`);\n  }\n}\n`);

  // Plain utilities and types (no model code), imported everywhere.
  put("lib/utils/cn.ts", `export function cn(...classes: (string | false | null | undefined)[]): string {\n  return classes.filter(Boolean).join(" ");\n}\n`);
  for (let i = 0; i < UTIL_COUNT; i++) put(`lib/utils/util-${i}.ts`, helpers(rand, `util-${i}`, 4 + Math.floor(rand() * 8)));
  for (let i = 0; i < 10; i++) put(`lib/types/type-${i}.ts`, `${i % 2 ? 'import type { UIMessage } from "ai";\n\n' : ""}export interface Entity${i} {\n  id: string;\n  name: string;\n  tags: string[];\n${i % 2 ? "  messages: UIMessage[];\n" : ""}}\n\nexport type Entity${i}Map = Record<string, Entity${i}>;\n`);

  // UI: primitives, components (many import the AI SDK's types or hooks), hooks, pages.
  for (let i = 0; i < 34; i++) {
    const name = i === 0 ? "button" : `ui-${i}`;
    put(`components/ui/${name}.tsx`, i === 0 ? `import { cn } from "@/lib/utils/cn";\n\nexport function Button({ variant = "default", className, ...props }: { variant?: "default" | "ghost"; className?: string } & Record<string, unknown>) {\n  return <button className={cn("btn", variant === "ghost" && "btn-ghost", className)} {...props} />;\n}\n` : component(rand, name, {}));
  }
  for (let i = 0; i < 110; i++) {
    const feature = i % 4 === 0 ? features[i % features.length] : undefined;
    put(`components/${i % 5 === 0 ? "chat/" : i % 7 === 0 ? "artifact/" : ""}panel-${i}.tsx`, component(rand, `panel-${i}`, { aiTypes: i % 2 === 0, aiHook: i % 11 === 0, feature }));
  }
  for (let i = 0; i < 8; i++) put(`hooks/use-thing-${i}.ts`, `import { useEffect, useState } from "react";\n${i % 2 ? 'import type { UIMessage } from "ai";\n' : ""}\nexport function useThing${i}(url: string) {\n  const [data, setData] = useState<${i % 2 ? "UIMessage[]" : "unknown"} | null>(null);\n  useEffect(() => {\n    let live = true;\n    fetch(url).then((r) => r.json()).then((d) => live && setData(d));\n    return () => {\n      live = false;\n    };\n  }, [url]);\n  return data;\n}\n`);
  for (let i = 0; i < 6; i++) put(`app/${["", "search/", "share/", "settings/", "library/", "about/"][i]}page.tsx`, `import { Panel${i * 5} } from "@/components/chat/panel-${i * 5}";\n\nexport default function Page() {\n  return <Panel${i * 5} title="Page ${i}" items={[]} />;\n}\n`);

  // Message plumbing around the model calls: the AI SDK's types, no call of its own (most of an agent app's lib/).
  for (let i = 0; i < 24; i++) {
    put(`lib/streaming/helpers/step-${i}.ts`, `import ${i % 3 ? "" : "type "}{ ModelMessage, UIMessage } from "ai";\nimport { util${i % UTIL_COUNT}Helper } from "./shared-${i % 4}";\n\n` +
      `export function toModelMessages${i}(messages: UIMessage[], keep = ${4 + (i % 6)}): ModelMessage[] {\n  return messages.slice(-keep).map((m) => ({ role: m.role === "user" ? "user" : "assistant", content: m.parts.map((p) => ("text" in p ? p.text : "")).join("") }) as ModelMessage);\n}\n\n` +
      helpers(rand, `step-${i}`, 3 + Math.floor(rand() * 5)) + `\nexport const label${i} = util${i % UTIL_COUNT}Helper("step ${i}");\n`);
  }
  for (let i = 0; i < 4; i++) put(`lib/streaming/helpers/shared-${i}.ts`, Array.from({ length: UTIL_COUNT }, (_, u) => `export function util${u}Helper(text: string): string {\n  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, ${20 + u});\n}\n`).join("\n"));
  features.forEach((f, i) => {
    put(`lib/features/${f}/__tests__/service.test.ts`, `import { describe, expect, it, vi } from "vitest";\nimport type { UIMessage } from "ai";\nimport { run${pascal(f)} } from "../service";\n\nvi.mock("@/lib/llm/complete", () => ({ complete: vi.fn(async () => "ok") }));\n\ndescribe("run${pascal(f)}", () => {\n  it("returns a result", async () => {\n    const messages: UIMessage[] = [];\n    const result = await run${pascal(f)}("input ${i}");\n    expect(result.id).toBeTruthy();\n    expect(messages).toHaveLength(0);\n  });\n});\n`);
  });

  // A chat wrapper taking the conversation from its callers, and the code around it: assistants whose replies push to
  // a conversation kept by a route's store (sent whole in some), retries with backoff, an agent loop with no cap,
  // and services calling each other in a ring (an import cycle through every one of them).
  put("lib/llm/chat.ts", `import type OpenAI from "openai";\nimport { openai } from "./openai-client";\nimport { getAnthropic } from "./anthropic-client";\n\nexport const DEFAULT_MODEL = "gpt-4o-mini";\n\nexport async function chat(messages: OpenAI.ChatCompletionMessageParam[], maxTokens = 500): Promise<string> {\n  const completion = await openai.chat.completions.create({ model: DEFAULT_MODEL, max_completion_tokens: maxTokens, messages });\n  return completion.choices[0]?.message.content ?? "";\n}\n\nexport async function ask(prompt: string): Promise<string> {\n  const reply = await getAnthropic().messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: prompt }] });\n  return reply.content[0]?.type === "text" ? reply.content[0].text : "";\n}\n`);
  put("lib/utils/sleep.ts", `export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));\n`);
  for (let i = 0; i < 5; i++) put(`lib/types/conversation-${i}.ts`, `export interface Message {\n  role: "user" | "assistant" | "system";\n  content: string;\n}\n\nexport interface Conversation {\n  id?: string;\n  messages: Message[];\n  metadata${i}?: Record<string, string>;\n}\n`);
  for (let i = 0; i < 12; i++) {
    const picked = [tools[i % tools.length], tools[(i + 5) % tools.length]];
    put(`lib/assistants/assistant-${i}.ts`, `import { generateText, stepCountIs } from "ai";\nimport { getModel } from "@/lib/llm/registry";\nimport { chat, ask } from "@/lib/llm/chat";\nimport { sleep } from "@/lib/utils/sleep";\nimport { ${picked.map((t) => `${camel(t)}Tool`).join(", ")} } from "@/lib/tools";\nimport type { Conversation } from "@/lib/types/conversation-${i % 5}";\n\n` +
      `export async function run${i}(prompt: string) {\n  return generateText({\n    model: getModel("${i % 2 ? "smart" : "fast"}"),\n    maxOutputTokens: 800,\n    stopWhen: stepCountIs(8),\n    prompt,\n    tools: { ${picked.map((t) => `${camel(t)}: ${camel(t)}Tool`).join(", ")} },\n  });\n}\n\n` +
      `export async function reply${i}(conversation: Conversation, text: string): Promise<string> {\n  conversation.messages.push({ role: "user", content: text });\n  const answer = await chat(${i % 3 === 0 ? "conversation.messages" : "conversation.messages.slice(-20)"});\n  conversation.messages.push({ role: "assistant", content: answer });\n  return answer;\n}\n\n` +
      `export async function summarize${i}(text: string): Promise<string> {\n  for (let attempt = 0; attempt < 3; attempt++) {\n    try {\n      return await ask("Summarize in three sentences:\\n" + text);\n    } catch (error) {\n      if (attempt === 2) throw error;\n      await sleep(500 * 2 ** attempt);\n    }\n  }\n  throw new Error("unreachable");\n}\n` +
      (i % 4 === 0 ? `\nexport async function loop${i}(goal: string) {\n  const messages: { role: "user" | "assistant"; content: string }[] = [{ role: "user", content: goal }];\n  while (true) {\n    const step = await chat(messages);\n    if (step.includes("DONE")) return step;\n    messages.push({ role: "assistant", content: step });\n  }\n}\n` : ""));
  }
  for (let i = 0; i < 6; i++) {
    const next = (i + 1) % 6;
    put(`lib/services/service-${i}.ts`, `import { chat } from "@/lib/llm/chat";\nimport { handle${next} } from "./service-${next}";\n\nexport async function handle${i}(input: string, depth = 0): Promise<string> {\n  if (depth > 2) return input;\n  const draft = await chat([{ role: "system", content: "You are service ${i}." }, { role: "user", content: input }], 300);\n  return depth < 2 ? handle${next}(draft, depth + 1) : draft;\n}\n\nexport function describe${i}(): string {\n  return "service ${i} of 6";\n}\n`);
  }
  for (let i = 0; i < 12; i++) {
    put(`app/api/chat-${i}/route.ts`, `import { reply${i} } from "@/lib/assistants/assistant-${i}";\nimport { handle${i % 6} } from "@/lib/services/service-${i % 6}";\nimport type { Conversation } from "@/lib/types/conversation-${i % 5}";\n\nconst store = new Map<string, Conversation>();\n\nexport async function POST(request: Request): Promise<Response> {\n  const { id, text } = (await request.json()) as { id: string; text: string };\n  const conversation = store.get(id) ?? { messages: [] };\n  store.set(id, conversation);\n  const answer = await reply${i}(conversation, text);\n  const checked = await handle${i % 6}(answer);\n  return Response.json({ answer: checked });\n}\n`);
  }
  // Data loaders: plain code with a try/catch around a fetch (a retry construct could be there: the file is walked).
  for (let i = 0; i < 24; i++) {
    put(`lib/data/loader-${i}.ts`, `import * as util${i % UTIL_COUNT} from "@/lib/utils/util-${i % UTIL_COUNT}";\n\nexport interface Row${i} {\n  id: string;\n  total: number;\n}\n\nexport async function load${i}(url: string): Promise<Row${i}[]> {\n  try {\n    const response = await fetch(url);\n    return (await response.json()) as Row${i}[];\n  } catch {\n    return [];\n  }\n}\n\nexport function total${i}(rows: Row${i}[]): number {\n  let sum = 0;\n  for (const row of rows) sum += row.total;\n  return Math.round(sum * 100) / 100 + Object.keys(util${i % UTIL_COUNT}).length * 0;\n}\n`);
  }

  // Tests of the components and utilities.
  for (let i = 0; i < 40; i++) put(`lib/utils/__tests__/util-${i % 24}-${i}.test.ts`, `import { describe, expect, it } from "vitest";\nimport * as util from "../util-${i % 24}";\n\ndescribe("util ${i}", () => {\n  it("has functions", () => {\n    expect(typeof Object.values(util)[0]).toBe("function");\n  });\n});\n`);
  return files;
}

/** Writes the app into `dir` (created); returns its TypeScript files, sorted. */
export function writeAgentApp(dir) {
  const out = [];
  for (const [file, text] of agentApp()) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (/\.tsx?$/.test(file)) out.push(full);
  }
  return out.sort();
}
