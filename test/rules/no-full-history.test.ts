import assert from "node:assert/strict";
import path from "node:path";
import { code, eslintRule, ruleTester } from "./tester";

/** The line/column range of `needle` in `src`: its only occurrence, or the `nth` (0-based) when it occurs several times. */
function at(src: string, needle: string, nth?: number): { line: number; column: number; endLine: number; endColumn: number } {
  const starts: number[] = [];
  for (let i = src.indexOf(needle); i !== -1; i = src.indexOf(needle, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`not found: ${needle}`);
  if (nth === undefined && starts.length > 1) throw new Error(`ambiguous: ${needle} occurs ${starts.length} times`);
  const start = starts[nth ?? 0];
  if (start === undefined) throw new Error(`${needle} occurs ${starts.length} times, not ${nth! + 1}`);
  const pos = (offset: number): { line: number; column: number } => {
    const before = src.slice(0, offset).split("\n");
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const s = pos(start);
  const e = pos(start + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** `src` with the only occurrence of `from` replaced by `to`. */
function edit(src: string, from: string, to: string): string {
  const first = src.indexOf(from);
  if (first === -1 || src.indexOf(from, first + 1) !== -1) throw new Error(`edit needs exactly one occurrence of: ${from}`);
  return src.slice(0, first) + to + src.slice(first + from.length);
}

const WHERE = {
  field: "a class field grown every turn",
  module: "a module-level array grown every call",
  outer: "an outer-scope array grown every call",
  repl: "an array grown every turn of the chat loop",
  store: "a stored conversation loaded whole",
  request: "the chat client's whole conversation, every request",
  keyed: "a per-user conversation kept in a map",
  session: "a session's conversation, kept across requests",
  loop: "an array grown every step of an agent loop with no step cap",
};

/**
 * One fullHistory error at `ref` as written in the call (its first occurrence within `fix.from`, which occurs once in
 * `src`), whose one suggestion turns `fix.from` into `fix.to`.
 */
function history(src: string, kind: keyof typeof WHERE, ref: string, fix: { from: string; to: string }, keepTurns = 8) {
  const where = src.indexOf(fix.from);
  const offset = fix.from.indexOf(ref);
  if (where === -1 || offset === -1) throw new Error(`${ref} not found in ${fix.from}`);
  const range = at(src.slice(0, where + offset) + "\u0000" + src.slice(where + offset + ref.length), "\u0000");
  const lines = ref.split("\n");
  return {
    messageId: "fullHistory" as const,
    data: { name: ref, where: WHERE[kind], keepTurns: String(keepTurns) },
    line: range.line,
    column: range.column,
    endLine: range.line + lines.length - 1,
    endColumn: lines.length > 1 ? lines[lines.length - 1]!.length + 1 : range.column + ref.length,
    suggestions: [{ messageId: "sliceHistory" as const, data: { name: ref, keepTurns: String(keepTurns) }, output: edit(src, fix.from, fix.to) }],
  };
}

const OPENAI = [`import OpenAI from "openai";`, `const client = new OpenAI();`];

// ---------------------------------------------------------------------------------------------------------------
// Histories that outlive the call
// ---------------------------------------------------------------------------------------------------------------

const classField = code(
  `import OpenAI from "openai";`,
  `class Bot {`,
  `  private client = new OpenAI();`,
  `  private messages: any[] = [];`,
  `  async ask(q: string) {`,
  `    this.messages.push({ role: "user", content: q });`,
  `    const r = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
  `    this.messages.push(r.choices[0].message);`,
  `    return r;`,
  `  }`,
  `}`,
);

const fieldSetInConstructor = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `class Chat {`,
  `  private client: Anthropic;`,
  `  private messages: Anthropic.MessageParam[];`,
  `  constructor() {`,
  `    this.client = new Anthropic();`,
  `    this.messages = [];`,
  `  }`,
  `  async send(text: string) {`,
  `    this.messages.push({ role: "user", content: text });`,
  `    const r = await this.client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: this.messages });`,
  `    this.messages.push({ role: "assistant", content: r.content });`,
  `    return r;`,
  `  }`,
  `}`,
);

const fieldClearedElsewhere = code(
  `import OpenAI from "openai";`,
  `class Bot {`,
  `  client = new OpenAI();`,
  `  messages = [];`,
  `  clear() {`,
  `    this.messages = [];`,
  `  }`,
  `  async ask(q) {`,
  `    this.messages.push(q);`,
  `    return this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
  `  }`,
  `}`,
);

const langchainField = code(
  `import { ChatOpenAI } from "@langchain/openai";`,
  `class Bot {`,
  `  model = new ChatOpenAI({ model: "gpt-4o" });`,
  `  history = [];`,
  `  async ask(q) {`,
  `    this.history.push(new HumanMessage(q));`,
  `    const r = await this.model.invoke(this.history);`,
  `    this.history.push(r);`,
  `    return r;`,
  `  }`,
  `}`,
);

const runToolsField = code(
  `import OpenAI from "openai";`,
  `class Bot {`,
  `  client = new OpenAI();`,
  `  messages = [];`,
  `  async ask(q) {`,
  `    this.messages.push({ role: "user", content: q });`,
  `    return this.client.beta.chat.completions.runTools({ model: "gpt-4o", messages: this.messages, tools });`,
  `  }`,
  `}`,
);

const fieldThroughThisHelper = code(
  `import OpenAI from "openai";`,
  `class Bot {`,
  `  client = new OpenAI();`,
  `  messages = [];`,
  `  private complete(msgs) {`,
  `    return this.client.chat.completions.create({ model: "gpt-4o", messages: msgs });`,
  `  }`,
  `  async ask(q) {`,
  `    this.messages.push(q);`,
  `    return this.complete(this.messages);`,
  `  }`,
  `}`,
);

const moduleArray = code(
  ...OPENAI,
  `const history: any[] = [];`,
  `export async function ask(q: string) {`,
  `  history.push({ role: "user", content: q });`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `  history.push(r.choices[0].message);`,
  `  return r;`,
  `}`,
);

const moduleShorthand = code(
  ...OPENAI,
  `const messages: any[] = [];`,
  `export async function ask(q: string) {`,
  `  messages.push({ role: "user", content: q });`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages });`,
  `}`,
);

const systemSpread = code(
  ...OPENAI,
  `const history: any[] = [];`,
  `export async function ask(q: string) {`,
  `  history.push({ role: "user", content: q });`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: [system, ...history] });`,
  `}`,
);

const historySpreadMsg = code(
  ...OPENAI,
  `const history: any[] = [];`,
  `export async function ask(msg) {`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [...history, msg] });`,
  `  history.push(msg, r.choices[0].message);`,
  `  return r;`,
  `}`,
);

const concatHistory = code(
  ...OPENAI,
  `const history: any[] = [];`,
  `export async function ask(q: string) {`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: history.concat({ role: "user", content: q }) });`,
  `  history.push({ role: "user", content: q }, r.choices[0].message);`,
  `}`,
);

const reassignedSpread = code(
  `import { generateText } from "ai";`,
  `let messages = [];`,
  `export async function ask(lastMessage) {`,
  `  messages = [...messages, lastMessage];`,
  `  const { text } = await generateText({ model, messages });`,
  `  return text;`,
  `}`,
);

const aiResponseMessages = code(
  `import { generateText } from "ai";`,
  `const messages = [];`,
  `export async function ask(q) {`,
  `  messages.push({ role: "user", content: q });`,
  `  const { response } = await generateText({ model, messages });`,
  `  messages.push(...response.messages);`,
  `}`,
);

const twoHistories = code(
  ...OPENAI,
  `const history = [];`,
  `const notes = [];`,
  `export async function ask(q) {`,
  `  history.push(q);`,
  `  notes.push(q);`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: [...notes, ...history] });`,
  `}`,
);

const googleContents = code(
  `import { GoogleGenAI } from "@google/genai";`,
  `const ai = new GoogleGenAI({});`,
  `const contents = [];`,
  `export async function ask(q) {`,
  `  contents.push({ role: "user", parts: [{ text: q }] });`,
  `  return ai.models.generateContent({ model: "gemini-2.5-flash", contents });`,
  `}`,
);

const responsesInput = code(
  ...OPENAI,
  `const conversation = [];`,
  `export async function ask(q) {`,
  `  conversation.push({ role: "user", content: q });`,
  `  return client.responses.create({ model: "gpt-4o", input: conversation });`,
  `}`,
);

const agentsRunPush = code(
  `import { Agent, run, user } from "@openai/agents";`,
  `const agent = new Agent({ name: "a" });`,
  `const thread = [];`,
  `export async function ask(q) {`,
  `  thread.push(user(q));`,
  `  return run(agent, thread);`,
  `}`,
);

const agentsRunHistory = code(
  `import { Agent, run } from "@openai/agents";`,
  `const agent = new Agent({ name: "a" });`,
  `let thread = [];`,
  `export async function ask(q) {`,
  `  const result = await run(agent, thread.concat({ role: "user", content: q }));`,
  `  thread = result.history;`,
  `  return result;`,
  `}`,
);

const langgraphState = code(
  `import { createReactAgent } from "@langchain/langgraph/prebuilt";`,
  `const agent = createReactAgent({ llm, tools });`,
  `const history = [];`,
  `export async function ask(q) {`,
  `  history.push({ role: "user", content: q });`,
  `  return agent.invoke({ messages: history });`,
  `}`,
);

const aiAgentGenerate = code(
  `import { ToolLoopAgent } from "ai";`,
  `const agent = new ToolLoopAgent({ model, tools });`,
  `const messages = [];`,
  `export async function ask(q) {`,
  `  messages.push({ role: "user", content: q });`,
  `  return agent.generate({ messages });`,
  `}`,
);

const throughHelper = code(
  ...OPENAI,
  `const history = [];`,
  `function complete(msgs) {`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: msgs });`,
  `}`,
  `export async function ask(q) {`,
  `  history.push(q);`,
  `  return complete(history);`,
  `}`,
);

const throughDestructuringHelper = code(
  ...OPENAI,
  `const history = [];`,
  `function complete({ messages, model }) {`,
  `  return client.chat.completions.create({ model, messages });`,
  `}`,
  `export async function ask(q) {`,
  `  history.push(q);`,
  `  return complete({ messages: history, model: "gpt-4o" });`,
  `}`,
);

const routeClosure = code(
  `import express from "express";`,
  ...OPENAI,
  `export function makeApp() {`,
  `  const app = express();`,
  `  const history = [];`,
  `  app.post("/chat", async (req, res) => {`,
  `    history.push({ role: "user", content: req.body.text });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    history.push(r.choices[0].message);`,
  `    res.json(r);`,
  `  });`,
  `  return app;`,
  `}`,
);

const returnedClosure = code(
  ...OPENAI,
  `export function createBot() {`,
  `  const history = [];`,
  `  async function ask(q) {`,
  `    history.push({ role: "user", content: q });`,
  `    return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `  }`,
  `  return { ask };`,
  `}`,
);

const socketHandler = code(
  ...OPENAI,
  `wss.on("connection", (ws) => {`,
  `  const history = [];`,
  `  ws.on("message", async (data) => {`,
  `    history.push({ role: "user", content: String(data) });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    history.push(r.choices[0].message);`,
  `  });`,
  `});`,
);

// --- requests: the chat client posts the whole conversation ---

const nextRoute = code(
  `import { streamText, convertToModelMessages } from "ai";`,
  `import { openai } from "@ai-sdk/openai";`,
  `export async function POST(req: Request) {`,
  `  const { messages } = await req.json();`,
  `  const result = streamText({ model: openai("gpt-4o"), messages: convertToModelMessages(messages) });`,
  `  return result.toUIMessageStreamResponse();`,
  `}`,
);

const nextRouteShorthand = code(
  `import { streamText } from "ai";`,
  `export async function POST(req: Request) {`,
  `  const { messages } = await req.json();`,
  `  return streamText({ model, messages }).toTextStreamResponse();`,
  `}`,
);

const nextRouteBody = code(
  `import { streamText } from "ai";`,
  `export async function POST(req: Request) {`,
  `  const body = await req.json();`,
  `  return streamText({ model, messages: body.messages }).toTextStreamResponse();`,
  `}`,
);

const nextRequestTyped = code(
  `import { streamText } from "ai";`,
  `import type { NextRequest } from "next/server";`,
  `export async function POST(r: NextRequest) {`,
  `  const { messages } = await r.json();`,
  `  return streamText({ model, messages }).toTextStreamResponse();`,
  `}`,
);

const expressBody = code(
  ...OPENAI,
  `app.post("/chat", async (req, res) => {`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: req.body.messages });`,
  `  res.json(r);`,
  `});`,
);

const expressDestructured = code(
  ...OPENAI,
  `app.post("/chat", async (req, res) => {`,
  `  const { messages } = req.body;`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  res.json(r);`,
  `});`,
);

const honoRoute = code(
  `import { streamText } from "ai";`,
  `app.post("/chat", async (c) => {`,
  `  const { messages } = await c.req.json();`,
  `  return streamText({ model, messages }).toTextStreamResponse();`,
  `});`,
);

const sveltekitRoute = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const anthropic = new Anthropic();`,
  `export const POST = async ({ request }) => {`,
  `  const { messages } = await request.json();`,
  `  return anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });`,
  `};`,
);

const googleRequest = code(
  `import { GoogleGenAI } from "@google/genai";`,
  `const ai = new GoogleGenAI({});`,
  `export async function POST(req: Request) {`,
  `  const { messages } = await req.json();`,
  `  return ai.models.generateContent({ model: "gemini-2.5-flash", contents: messages.map(toContent) });`,
  `}`,
);

// --- stores read per conversation ---

const storeRead = code(
  `import { generateText } from "ai";`,
  `export async function reply(chatId: string) {`,
  `  const messages = await getMessagesByChatId(chatId);`,
  `  return generateText({ model, messages });`,
  `}`,
);

const storeLoadHistory = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const anthropic = new Anthropic();`,
  `export async function reply(id: string, text: string) {`,
  `  const history = await loadHistory(id);`,
  `  return anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [...history, { role: "user", content: text }] });`,
  `}`,
);

// --- chat REPLs ---

const repl = code(
  ...OPENAI,
  `import readline from "node:readline/promises";`,
  `const rl = readline.createInterface({ input: process.stdin, output: process.stdout });`,
  `async function main() {`,
  `  const history = [];`,
  `  while (true) {`,
  `    const q = await rl.question("> ");`,
  `    history.push({ role: "user", content: q });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    history.push(r.choices[0].message);`,
  `  }`,
  `}`,
);

const forAwaitRepl = code(
  ...OPENAI,
  `import readline from "node:readline";`,
  `async function main() {`,
  `  const rl = readline.createInterface({ input: process.stdin });`,
  `  const messages = [];`,
  `  for await (const line of rl) {`,
  `    messages.push({ role: "user", content: line });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(r.choices[0].message);`,
  `  }`,
  `}`,
);

const topLevelRepl = code(
  ...OPENAI,
  `import readline from "node:readline/promises";`,
  `const rl = readline.createInterface({ input: process.stdin });`,
  `const messages = [];`,
  `while (true) {`,
  `  messages.push({ role: "user", content: await rl.question("> ") });`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  messages.push(r.choices[0].message);`,
  `}`,
);

const aiChatbotRoute = code(
  `import { streamText, convertToModelMessages, createUIMessageStream } from "ai";`,
  `export async function POST(request: Request) {`,
  `  const { id, message } = await request.json();`,
  `  const messagesFromDb = await getMessagesByChatId({ id });`,
  `  const uiMessages = [...convertToUIMessages(messagesFromDb), message];`,
  `  const stream = createUIMessageStream({`,
  `    execute: async ({ writer }) => {`,
  `      const result = streamText({ model, messages: await convertToModelMessages(uiMessages) });`,
  `      writer.merge(result.toUIMessageStream());`,
  `    },`,
  `  });`,
  `  return stream;`,
  `}`,
);

const bodyThenDestructure = code(
  `import { streamText, convertToModelMessages } from "ai";`,
  `export const POST = async (req: Request) => {`,
  `  const body = await req.json();`,
  `  const { messages, id } = body;`,
  `  return streamText({ model, messages: convertToModelMessages(messages) });`,
  `};`,
);

const storeWithFallback = code(
  `import { streamText, convertToModelMessages } from "ai";`,
  `router.post("/chat", async (c) => {`,
  `  const { message, id } = await c.req.json();`,
  `  const { messages: previousMessages } = (await state.chatStore.loadChat(id)) ?? { messages: [] };`,
  `  return streamText({ model, messages: convertToModelMessages([...previousMessages, message]) });`,
  `});`,
);

const conditionalWindow = code(
  `import { streamText, convertToModelMessages } from "ai";`,
  `export async function POST(req: Request) {`,
  `  const { messages, short } = await req.json();`,
  `  return streamText({ model, messages: convertToModelMessages(short ? messages.slice(-4) : messages) });`,
  `}`,
);

const returnedObjectMethod = code(
  ...OPENAI,
  `export function createBot() {`,
  `  const history = [];`,
  `  return {`,
  `    async ask(q) {`,
  `      history.push(q);`,
  `      return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    },`,
  `  };`,
  `}`,
);

const namedHandler = code(
  ...OPENAI,
  `export function mount(app) {`,
  `  const history = [];`,
  `  async function handler(req, res) {`,
  `    history.push(req.body.text);`,
  `    res.json(await client.chat.completions.create({ model: "gpt-4o", messages: history }));`,
  `  }`,
  `  app.post("/chat", handler);`,
  `}`,
);

const lineListener = code(
  ...OPENAI,
  `import readline from "node:readline";`,
  `function main() {`,
  `  const rl = readline.createInterface({ input: process.stdin });`,
  `  const history = [];`,
  `  rl.on("line", async (line) => {`,
  `    history.push({ role: "user", content: line });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    history.push(r.choices[0].message);`,
  `  });`,
  `}`,
);

// ---------------------------------------------------------------------------------------------------------------
// Production forms: per-user maps, stores with no limit, sessions, slices that keep everything
// ---------------------------------------------------------------------------------------------------------------

const keyedField = code(
  `import ollama from "ollama";`,
  `class OllamaModel {`,
  `  history: { [user: string]: any[] } = {};`,
  `  async reply(user: string, prompt: string) {`,
  `    this.history[user].push({ role: "user", content: prompt });`,
  `    const res = await ollama.chat({ model: "llama3", messages: [...this.history[user]] });`,
  `    this.history[user].push(res.message);`,
  `    return res;`,
  `  }`,
  `}`,
);

const keyedMap = code(
  ...OPENAI,
  `const histories = new Map<string, any[]>();`,
  `export async function onText(chatId: string, text: string) {`,
  `  histories.set(chatId, [...(histories.get(chatId) ?? []), { role: "user", content: text }]);`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: histories.get(chatId) ?? [] });`,
  `}`,
);

const keyedMapAlias = code(
  ...OPENAI,
  `const histories = new Map<string, any[]>();`,
  `export async function onText(chatId: string, text: string) {`,
  `  const history = histories.get(chatId) ?? [];`,
  `  history.push({ role: "user", content: text });`,
  `  histories.set(chatId, history);`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `}`,
);

const returnedHistory = code(
  ...OPENAI,
  `class Conversations {`,
  `  private chats: Record<string, any[]> = {};`,
  `  get(id: string) { return this.chats[id] || []; }`,
  `  add(id: string, m: any) { (this.chats[id] = this.chats[id] || []).push(m); this.chats[id].push(m); }`,
  `}`,
  `const conversations = new Conversations();`,
  `export async function onText(id: string, text: string) {`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: conversations.get(id).concat([{ role: "user", content: text }]) });`,
  `}`,
);

const prismaFindMany = code(
  `import { generateText } from "ai";`,
  `export async function reply(chatId: string) {`,
  `  const messages = await prisma.message.findMany({ where: { chatId }, orderBy: { createdAt: "asc" } });`,
  `  return generateText({ model, messages });`,
  `}`,
);

const redisRange = code(
  ...OPENAI,
  `export async function reply(key: string) {`,
  `  const raw = await redis.lrange(key, 0, -1);`,
  `  const history = raw.map((r: string) => JSON.parse(r));`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `}`,
);

const dbGetMessages = code(
  ...OPENAI,
  `export async function reply(user: string) {`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: db.get(user).messages });`,
  `}`,
);

const sessionMessages = code(
  ...OPENAI,
  `bot.on("text", async (ctx: any) => {`,
  `  ctx.session.messages.push({ role: "user", content: ctx.message.text });`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: ctx.session.messages });`,
  `  ctx.session.messages.push(r.choices[0].message);`,
  `});`,
);

const sliceOne = code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: history.slice(1) });`, `}`);

const filtered = code(
  ...OPENAI,
  `const history: any[] = [];`,
  `export async function ask(q: string) {`,
  `  history.push({ role: "user", content: q });`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages: history.filter((m) => m.content) });`,
  `}`,
);

const allButLastRoute = code(
  `import { streamText, convertToCoreMessages } from "ai";`,
  `export async function POST(req: Request) {`,
  `  const { messages } = await req.json();`,
  `  const initialMessages = messages.slice(0, -1);`,
  `  const current = messages[messages.length - 1];`,
  `  return streamText({ model, messages: [...convertToCoreMessages(initialMessages), { role: "user", content: current.content }] });`,
  `}`,
);

const GEMINI = [`import { GoogleGenerativeAI, ChatSession } from "@google/generative-ai";`, `const model = new GoogleGenerativeAI("key").getGenerativeModel({ model: "gemini-1.5-flash" });`];
const keptGeminiSession = code(
  ...GEMINI,
  `class GeminiModel {`,
  `  private chats: Record<string, ChatSession> = {};`,
  `  async reply(user: string, prompt: string) {`,
  `    if (!this.chats[user]) this.chats[user] = model.startChat();`,
  `    const chat: ChatSession = this.chats[user];`,
  `    return (await chat.sendMessage(prompt)).response.text();`,
  `  }`,
  `}`,
);
const fieldGeminiSession = code(
  ...GEMINI,
  `class Bot {`,
  `  private chat: ChatSession;`,
  `  constructor() { this.chat = model.startChat(); }`,
  `  async reply(prompt: string) { return (await this.chat.sendMessage(prompt)).response.text(); }`,
  `}`,
);

const seededGeminiSession = code(
  ...GEMINI,
  `const histories = new Map<string, any[]>();`,
  `export async function reply(user: string, prompt: string) {`,
  `  const kept = histories.get(user) ?? [];`,
  `  const chat = model.startChat({ history: kept });`,
  `  const r = await chat.sendMessage(prompt);`,
  `  kept.push({ role: "user", parts: [{ text: prompt }] }, { role: "model", parts: [{ text: r.response.text() }] });`,
  `  histories.set(user, kept);`,
  `  return r;`,
  `}`,
);

const recursiveRepl = code(
  ...OPENAI,
  `export function startChat(rl: any) {`,
  `  const history: any[] = [];`,
  `  const turn = async () => {`,
  `    const q = await rl.question("You: ");`,
  `    history.push({ role: "user", content: q });`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: history });`,
  `    history.push(r.choices[0].message);`,
  `    turn();`,
  `  };`,
  `  turn();`,
  `}`,
);

// A conversation that starts with a system message: the window keeps it (and has no duplicate while it is short).
const withSystem = code(
  ...OPENAI,
  `const history = [{ role: "system", content: "You are a support agent." }];`,
  `export async function ask(q: string) {`,
  `  history.push({ role: "user", content: q });`,
  `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: history });`,
  `}`,
);
const KEEP_SYSTEM = `[...(history.length > 8 && history[0]?.role === "system" ? [history[0]] : []), ...history.slice(-8)]`;

describe("no-full-history: the window keeps the system message", () => {
  it("the suggested window keeps a leading system message and the last 8, once each", () => {
    const window = (history: { role: string }[]) => [...(history.length > 8 && history[0]?.role === "system" ? [history[0]] : []), ...history.slice(-8)];
    const turns = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", n: i }));
    assert.deepEqual(window([{ role: "system" }, ...turns]), [{ role: "system" }, ...turns.slice(-8)]);
    assert.deepEqual(window([{ role: "system" }, ...turns.slice(0, 3)]), [{ role: "system" }, ...turns.slice(0, 3)]);
    assert.deepEqual(window(turns), turns.slice(-8));
  });
});

/**
 * A route handler's `messages` is a client's whole conversation only when the project has a web client that posts it
 * whole: the main cases run as a route of a fixture project whose page calls useChat.
 */
const CHAT_CLIENTS = path.resolve(__dirname, "../../../test/fixtures/projects/chat-clients");
const routeIn = (project: "whole" | "reshaped" | "none"): string => path.join(CHAT_CLIENTS, project, "app/api/chat/route.ts");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function inWholeClientProject<T extends { valid: readonly any[]; invalid: readonly any[] }>(tests: T): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const withFile = (c: any): any => (typeof c === "string" ? { code: c, filename: routeIn("whole") } : { filename: routeIn("whole"), ...c });
  return { ...tests, valid: tests.valid.map(withFile), invalid: tests.invalid.map(withFile) };
}

ruleTester.run("no-full-history", eslintRule("no-full-history"), inWholeClientProject({
  valid: [
    {
      name: "an agent harness run: its runtime keeps the session's context, what the route passes is not judged",
      code: code(
        `import { HarnessAgent } from "@ai-sdk/harness/agent";`,
        `const agent = new HarnessAgent({ harness, instructions: "Be brief." });`,
        `export async function POST(req: Request) {`,
        `  const { messages } = await req.json();`,
        `  const session = await resume(agent);`,
        `  return agent.stream({ session, messages });`,
        `}`,
      ),
    },
    {
      name: "a Gemini chat session seeded with the last turns of a kept history",
      code: seededGeminiSession.replace("history: kept }", "history: kept.slice(-10) }"),
    },
    // the suggestion applied: a window the rule accepts
    withSystem.replace("messages: history }", `messages: ${KEEP_SYSTEM} }`),
    // --- trimmed histories ---
    {
      name: "history.slice(-10)",
      code: code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: history.slice(-10) });`, `}`),
    },
    {
      name: "trimHistory(history)",
      code: code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: trimHistory(history) });`, `}`),
    },
    {
      name: "[system, ...history.slice(-8)]",
      code: code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: [system, ...history.slice(-8)] });`, `}`),
    },
    {
      name: "history.shift() elsewhere",
      code: code(
        ...OPENAI,
        `const history: any[] = [];`,
        `function remember(m) {`,
        `  history.push(m);`,
        `  if (history.length > 20) history.shift();`,
        `}`,
        `export async function ask(q: string) {`,
        `  remember({ role: "user", content: q });`,
        `  return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
        `}`,
      ),
    },
    {
      name: "history = history.slice(-20)",
      code: code(
        ...OPENAI,
        `let history: any[] = [];`,
        `export async function ask(q: string) {`,
        `  history.push({ role: "user", content: q });`,
        `  history = history.slice(-20);`,
        `  return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
        `}`,
      ),
    },
    {
      name: "field windowed in another method",
      code: code(
        `import OpenAI from "openai";`,
        `class Bot {`,
        `  client = new OpenAI();`,
        `  messages = [];`,
        `  async ask(q) {`,
        `    this.messages.push(q);`,
        `    this.trim();`,
        `    return this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
        `  }`,
        `  trim() {`,
        `    this.messages = this.messages.slice(-10);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "field trimmed with splice",
      code: code(
        `import OpenAI from "openai";`,
        `class Bot {`,
        `  client = new OpenAI();`,
        `  messages = [];`,
        `  async ask(q) {`,
        `    this.messages.push(q);`,
        `    if (this.messages.length > 30) this.messages.splice(1, 10);`,
        `    return this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "field summarised",
      code: code(
        `import OpenAI from "openai";`,
        `class Bot {`,
        `  client = new OpenAI();`,
        `  messages = [];`,
        `  async ask(q) {`,
        `    this.messages.push(q);`,
        `    this.messages = await summarizeOldTurns(this.messages);`,
        `    return this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
        `  }`,
        `}`,
      ),
    },
    // --- not histories ---
    {
      name: "module array that never grows",
      code: code(...OPENAI, `const FEW_SHOT = [{ role: "system", content: "x" }];`, `export async function ask(q) {`, `  return client.chat.completions.create({ model: "gpt-4o", messages: [...FEW_SHOT, { role: "user", content: q }] });`, `}`),
    },
    {
      name: "module array reset before each call",
      code: code(
        ...OPENAI,
        `let history = [];`,
        `export async function ask(q) {`,
        `  history = [];`,
        `  history.push({ role: "user", content: q });`,
        `  return client.chat.completions.create({ model: "gpt-4o", messages: history });`,
        `}`,
      ),
    },
    {
      name: "messages local to one agent task",
      code: code(
        ...OPENAI,
        `export async function agent(task: string) {`,
        `  const messages = [{ role: "user", content: task }];`,
        `  for (let i = 0; i < 5; i++) {`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "agent loop over local messages with a step cap (the cap bounds the task)",
      code: code(
        ...OPENAI,
        `export async function agent(task) {`,
        `  const messages = [{ role: "user", content: task }];`,
        `  for (let step = 0; step < 8; step++) {`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `    if (!r.choices[0].message.tool_calls) return;`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "a local helper closure run within the task",
      code: code(
        ...OPENAI,
        `export async function agent(task) {`,
        `  const messages = [{ role: "user", content: task }];`,
        `  const step = async () => {`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `    return r;`,
        `  };`,
        `  for (let i = 0; i < 5; i++) await step();`,
        `}`,
      ),
    },
    {
      name: "a map callback within the task",
      code: code(
        ...OPENAI,
        `export async function fanOut(tasks) {`,
        `  const context = [{ role: "system", content: "x" }];`,
        `  await Promise.all(tasks.map(async (t) => client.chat.completions.create({ model: "gpt-4o", messages: [...context, t] })));`,
        `}`,
      ),
    },
    {
      name: "a top-level script's own agent loop",
      code: code(
        ...OPENAI,
        `const messages = [{ role: "user", content: "task" }];`,
        `for (let i = 0; i < 5; i++) {`,
        `  const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  messages.push(r.choices[0].message);`,
        `}`,
      ),
    },
    { name: "a parameter is the caller's business", code: code(...OPENAI, `export async function complete(messages) {`, `  return client.chat.completions.create({ model: "gpt-4o", messages });`, `}`) },
    {
      name: "a helper that windows its parameter",
      code: code(
        ...OPENAI,
        `const history = [];`,
        `function complete(msgs) {`,
        `  return client.chat.completions.create({ model: "gpt-4o", messages: msgs.slice(-10) });`,
        `}`,
        `export async function ask(q) {`,
        `  history.push(q);`,
        `  return complete(history);`,
        `}`,
      ),
    },
    {
      name: "a local array passed to a helper",
      code: code(
        ...OPENAI,
        `function complete(msgs) {`,
        `  return client.chat.completions.create({ model: "gpt-4o", messages: msgs });`,
        `}`,
        `export async function ask(q) {`,
        `  const messages = [{ role: "user", content: q }];`,
        `  return complete(messages);`,
        `}`,
      ),
    },
    {
      name: "look-alike that is not an LLM (twilio messages.create)",
      code: code(`import twilio from "twilio";`, `const t = twilio();`, `const log = [];`, `export async function send(x) {`, `  log.push(x);`, `  return t.messages.create({ body: "hi", to: "+1", messages: log });`, `}`),
    },
    {
      name: "a retry wrapper around the call of a local agent task",
      code: code(
        ...OPENAI,
        `import pRetry from "p-retry";`,
        `async function agent(task) {`,
        `  const messages = [{ role: "user", content: task }];`,
        `  for (let i = 0; i < 10; i++) {`,
        `    const r = await pRetry(() => client.chat.completions.create({ model: "gpt-4o", messages }), { retries: 3 });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "a local agent run in a stream's execute callback",
      code: code(
        `import { streamText, createUIMessageStream } from "ai";`,
        `export async function POST(req) {`,
        `  const messages = [];`,
        `  return createUIMessageStream({`,
        `    execute: async ({ writer }) => {`,
        `      for (let i = 0; i < 3; i++) {`,
        `        const r = await streamText({ model, messages });`,
        `        messages.push(...(await r.response).messages);`,
        `      }`,
        `    },`,
        `  });`,
        `}`,
      ),
    },
    {
      name: "a stored conversation pruned before it is sent",
      code: code(
        `import { streamText, convertToModelMessages } from "ai";`,
        `export async function POST(request: Request) {`,
        `  const { id, message } = await request.json();`,
        `  const messagesFromDb = await getMessagesByChatId({ id });`,
        `  const allUiMessages = [...convertToUIMessages(messagesFromDb), message];`,
        `  const uiMessages = pruneUIMessages(allUiMessages, 8000);`,
        `  return streamText({ model, messages: convertToModelMessages(uiMessages) });`,
        `}`,
      ),
    },
    {
      name: "a copy of a local array",
      code: code(`import { streamText } from "ai";`, `export async function run(task) {`, `  const base = [{ role: "user", content: task }];`, `  const msgs = [...base];`, `  return streamText({ model, messages: msgs });`, `}`),
    },
    // --- requests and stores, windowed ---
    {
      name: "request messages sliced",
      code: code(
        `import { streamText, convertToModelMessages } from "ai";`,
        `export async function POST(req: Request) {`,
        `  const { messages } = await req.json();`,
        `  return streamText({ model, messages: convertToModelMessages(messages.slice(-10)) });`,
        `}`,
      ),
    },
    {
      name: "request messages windowed into another variable",
      code: code(
        `import { streamText, convertToModelMessages } from "ai";`,
        `export async function POST(req: Request) {`,
        `  const { messages } = await req.json();`,
        `  const recent = messages.slice(-10);`,
        `  return streamText({ model, messages: convertToModelMessages(recent) });`,
        `}`,
      ),
    },
    {
      name: "request messages reassigned trimmed",
      code: code(`import { streamText } from "ai";`, `export async function POST(req: Request) {`, `  let { messages } = await req.json();`, `  messages = trimMessages(messages);`, `  return streamText({ model, messages });`, `}`),
    },
    {
      name: "a request that posts only the new prompt",
      code: code(`import { streamText } from "ai";`, `export async function POST(req: Request) {`, `  const { prompt } = await req.json();`, `  return streamText({ model, prompt });`, `}`),
    },
    {
      name: "a fetch response is not a request from a chat client",
      code: code(`import { generateText } from "ai";`, `export async function f() {`, `  const res = await fetch("https://x");`, `  const { messages } = await res.json();`, `  return generateText({ model, messages });`, `}`),
    },
    {
      name: "a Response parameter is not a request",
      code: code(`import { generateText } from "ai";`, `export async function handle(response: Response) {`, `  const { messages } = await response.json();`, `  return generateText({ model, messages });`, `}`),
    },
    {
      name: "store read sliced",
      code: code(`import { generateText } from "ai";`, `export async function reply(chatId: string) {`, `  const messages = await getMessagesByChatId(chatId);`, `  return generateText({ model, messages: messages.slice(-20) });`, `}`),
    },
    {
      name: "store read with a limit",
      code: code(`import { generateText } from "ai";`, `export async function reply(chatId: string) {`, `  const messages = await getMessagesByChatId({ id: chatId, limit: 20 });`, `  return generateText({ model, messages });`, `}`),
    },
    {
      name: "store read reassigned to a window",
      code: code(`import { generateText } from "ai";`, `export async function reply(chatId: string) {`, `  let messages = await loadHistory(chatId);`, `  messages = messages.slice(-20);`, `  return generateText({ model, messages });`, `}`),
    },
    // --- production forms that are windows or not histories ---
    {
      name: "a per-user map sent as a window",
      code: code(...OPENAI, `const histories = new Map<string, any[]>();`, `export async function onText(id: string, text: string) {`, `  histories.get(id)?.push({ role: "user", content: text });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: histories.get(id)?.slice(-8) ?? [] });`, `}`),
    },
    {
      name: "a per-user field trimmed with shift",
      code: code(`import ollama from "ollama";`, `class M {`, `  history: Record<string, any[]> = {};`, `  async reply(u: string, p: string) {`, `    this.history[u].push({ role: "user", content: p });`, `    if (this.history[u].length > 10) this.history[u].shift();`, `    return ollama.chat({ model: "llama3", messages: this.history[u] });`, `  }`, `}`),
    },
    {
      name: "a map that is only read (prompts per user) is no history",
      code: code(...OPENAI, `const prompts = new Map<string, any[]>();`, `export async function onText(id: string) {`, `  return client.chat.completions.create({ model: "gpt-4o", messages: prompts.get(id) ?? [] });`, `}`),
    },
    {
      name: "a map local to the call is no history",
      code: code(...OPENAI, `export async function onText(id: string, text: string) {`, `  const byUser: Record<string, any[]> = {};`, `  byUser[id] = [];`, `  byUser[id].push({ role: "user", content: text });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: byUser[id] });`, `}`),
    },
    {
      name: "prisma findMany with take",
      code: code(`import { generateText } from "ai";`, `export async function reply(chatId: string) {`, `  const messages = await prisma.message.findMany({ where: { chatId }, take: 20 });`, `  return generateText({ model, messages });`, `}`),
    },
    {
      name: "redis lrange of the last 20",
      code: code(...OPENAI, `export async function reply(key: string) {`, `  const raw = await redis.lrange(key, -20, -1);`, `  return client.chat.completions.create({ model: "gpt-4o", messages: raw.map((r: string) => JSON.parse(r)) });`, `}`),
    },
    {
      name: "a session's messages trimmed to a window",
      code: code(...OPENAI, `bot.on("text", async (ctx: any) => {`, `  ctx.session.messages.push({ role: "user", content: ctx.message.text });`, `  ctx.session.messages = ctx.session.messages.slice(-10);`, `  return client.chat.completions.create({ model: "gpt-4o", messages: ctx.session.messages });`, `});`),
    },
    {
      name: "history.slice(0, 10) is a bounded range",
      code: code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: history.slice(0, 10) });`, `}`),
    },
    {
      name: "history.slice(history.length - 8) is a window",
      code: code(...OPENAI, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: q });`, `  return client.chat.completions.create({ model: "gpt-4o", messages: history.slice(history.length - 8) });`, `}`),
    },
    // --- options ---
    {
      name: "a chat session made anew for each message, from a window",
      code: code(
        ...GEMINI,
        `class Bot {`,
        `  private chat: ChatSession;`,
        `  constructor() { this.chat = model.startChat(); }`,
        `  async reply(prompt: string, recent: any[]) {`,
        `    this.chat = model.startChat({ history: recent.slice(-8) });`,
        `    return (await this.chat.sendMessage(prompt)).response.text();`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "a function that calls the model and itself with no person in between is an agent, not a REPL",
      code: recursiveRepl.replace("await rl.question(\"You: \")", "await nextTask()"),
    },
    {
      name: "a local chat session",
      code: code(...GEMINI, `export async function reply(prompt: string) {`, `  const chat = model.startChat();`, `  return (await chat.sendMessage(prompt)).response.text();`, `}`),
    },
    { name: "keepTurns does not change what is valid", code: code(...OPENAI, `export async function complete(messages) {`, `  return client.chat.completions.create({ model: "gpt-4o", messages });`, `}`), options: [{ keepTurns: 20 }] },
  ],
  invalid: [
    {
      code: withSystem,
      errors: [
        {
          ...history(withSystem, "module", "history", { from: "messages: history }", to: `messages: ${KEEP_SYSTEM} }` }),
          suggestions: [{ messageId: "sliceHistoryKeepSystem", data: { name: "history", keepTurns: "8" }, output: edit(withSystem, "messages: history }", `messages: ${KEEP_SYSTEM} }`) }],
        },
      ],
    },
    // --- class fields ---
    { code: classField, errors: [history(classField, "field", "this.messages", { from: "messages: this.messages })", to: "messages: this.messages.slice(-8) })" })] },
    {
      name: "a field first set in the constructor",
      code: fieldSetInConstructor,
      errors: [history(fieldSetInConstructor, "field", "this.messages", { from: "messages: this.messages })", to: "messages: this.messages.slice(-8) })" })],
    },
    {
      name: "clearing a conversation elsewhere does not bound it",
      code: fieldClearedElsewhere,
      errors: [history(fieldClearedElsewhere, "field", "this.messages", { from: "messages: this.messages })", to: "messages: this.messages.slice(-8) })" })],
    },
    { name: "LangChain model.invoke(this.history)", code: langchainField, errors: [history(langchainField, "field", "this.history", { from: "invoke(this.history)", to: "invoke(this.history.slice(-8))" })] },
    { name: "openai runTools", code: runToolsField, errors: [history(runToolsField, "field", "this.messages", { from: "messages: this.messages,", to: "messages: this.messages.slice(-8)," })] },
    {
      name: "a field sent through this.complete(...)",
      code: fieldThroughThisHelper,
      errors: [history(fieldThroughThisHelper, "field", "this.messages", { from: "complete(this.messages)", to: "complete(this.messages.slice(-8))" })],
    },
    // --- module-level arrays ---
    { code: moduleArray, errors: [history(moduleArray, "module", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    {
      name: "shorthand { messages } becomes messages: messages.slice(-8)",
      code: moduleShorthand,
      errors: [history(moduleShorthand, "module", "messages", { from: `model: "gpt-4o", messages }`, to: `model: "gpt-4o", messages: messages.slice(-8) }` })],
    },
    { name: "[system, ...history]", code: systemSpread, errors: [history(systemSpread, "module", "history", { from: "...history]", to: "...history.slice(-8)]" })] },
    { name: "[...history, msg]", code: historySpreadMsg, errors: [history(historySpreadMsg, "module", "history", { from: "[...history, msg]", to: "[...history.slice(-8), msg]" })] },
    { name: "history.concat(x)", code: concatHistory, errors: [history(concatHistory, "module", "history", { from: "messages: history.concat", to: "messages: history.slice(-8).concat" })] },
    {
      name: "messages = [...messages, m] grows it",
      code: reassignedSpread,
      errors: [history(reassignedSpread, "module", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })],
    },
    {
      name: "AI SDK response.messages pushed back",
      code: aiResponseMessages,
      errors: [history(aiResponseMessages, "module", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })],
    },
    {
      name: "two histories in one call",
      code: twoHistories,
      errors: [
        history(twoHistories, "module", "notes", { from: "...notes,", to: "...notes.slice(-8)," }),
        history(twoHistories, "module", "history", { from: "...history]", to: "...history.slice(-8)]" }),
      ],
    },
    {
      name: "@google/genai contents",
      code: googleContents,
      errors: [history(googleContents, "module", "contents", { from: `model: "gemini-2.5-flash", contents }`, to: `model: "gemini-2.5-flash", contents: contents.slice(-8) }` })],
    },
    { name: "openai responses input", code: responsesInput, errors: [history(responsesInput, "module", "conversation", { from: "input: conversation", to: "input: conversation.slice(-8)" })] },
    { name: "@openai/agents run(agent, thread)", code: agentsRunPush, errors: [history(agentsRunPush, "module", "thread", { from: "run(agent, thread)", to: "run(agent, thread.slice(-8))" })] },
    {
      name: "@openai/agents thread = result.history",
      code: agentsRunHistory,
      errors: [history(agentsRunHistory, "module", "thread", { from: "thread.concat(", to: "thread.slice(-8).concat(" })],
    },
    {
      name: "LangGraph invoke({ messages: history })",
      code: langgraphState,
      errors: [history(langgraphState, "module", "history", { from: "{ messages: history }", to: "{ messages: history.slice(-8) }" })],
    },
    {
      name: "AI SDK agent.generate({ messages })",
      code: aiAgentGenerate,
      errors: [history(aiAgentGenerate, "module", "messages", { from: "generate({ messages })", to: "generate({ messages: messages.slice(-8) })" })],
    },
    { name: "a history sent through a local helper", code: throughHelper, errors: [history(throughHelper, "module", "history", { from: "complete(history)", to: "complete(history.slice(-8))" })] },
    {
      name: "a history sent through a helper that destructures its options",
      code: throughDestructuringHelper,
      errors: [history(throughDestructuringHelper, "module", "history", { from: "messages: history,", to: "messages: history.slice(-8)," })],
    },
    // --- outer scopes that outlive the call ---
    { name: "a route handler closure", code: routeClosure, errors: [history(routeClosure, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    { name: "a closure returned to callers", code: returnedClosure, errors: [history(returnedClosure, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    { name: "a socket message handler", code: socketHandler, errors: [history(socketHandler, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    { name: "a method of a returned object", code: returnedObjectMethod, errors: [history(returnedObjectMethod, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    { name: "a named handler registered with app.post", code: namedHandler, errors: [history(namedHandler, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    { name: "a chat loop driven by rl.on(\"line\")", code: lineListener, errors: [history(lineListener, "outer", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    // --- requests ---
    {
      name: "a request body destructured from a variable",
      code: bodyThenDestructure,
      errors: [history(bodyThenDestructure, "request", "messages", { from: "convertToModelMessages(messages)", to: "convertToModelMessages(messages.slice(-8))" })],
    },
    {
      name: "the whole branch of a conditional",
      code: conditionalWindow,
      errors: [history(conditionalWindow, "request", "messages", { from: ": messages)", to: ": messages.slice(-8))" })],
    },
    {
      name: "Next.js route: convertToModelMessages(messages)",
      code: nextRoute,
      errors: [history(nextRoute, "request", "messages", { from: "convertToModelMessages(messages)", to: "convertToModelMessages(messages.slice(-8))" })],
    },
    {
      name: "Next.js route: { messages }",
      code: nextRouteShorthand,
      errors: [history(nextRouteShorthand, "request", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })],
    },
    { name: "Next.js route: body.messages", code: nextRouteBody, errors: [history(nextRouteBody, "request", "body.messages", { from: "body.messages", to: "body.messages.slice(-8)" })] },
    {
      name: "a parameter typed NextRequest",
      code: nextRequestTyped,
      errors: [history(nextRequestTyped, "request", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })],
    },
    { name: "Express req.body.messages", code: expressBody, errors: [history(expressBody, "request", "req.body.messages", { from: "req.body.messages", to: "req.body.messages.slice(-8)" })] },
    {
      name: "Express const { messages } = req.body",
      code: expressDestructured,
      errors: [history(expressDestructured, "request", "messages", { from: `model: "gpt-4o", messages }`, to: `model: "gpt-4o", messages: messages.slice(-8) }` })],
    },
    { name: "Hono c.req.json()", code: honoRoute, errors: [history(honoRoute, "request", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })] },
    {
      name: "SvelteKit ({ request }) with Anthropic",
      code: sveltekitRoute,
      errors: [history(sveltekitRoute, "request", "messages", { from: "max_tokens: 1024, messages }", to: "max_tokens: 1024, messages: messages.slice(-8) }" })],
    },
    { name: "@google/genai contents from a request", code: googleRequest, errors: [history(googleRequest, "request", "messages", { from: "messages.map(", to: "messages.slice(-8).map(" })] },
    // --- stores ---
    {
      name: "the ai-chatbot route: a stored conversation copied into uiMessages, sent from a stream callback",
      code: aiChatbotRoute,
      errors: [history(aiChatbotRoute, "store", "uiMessages", { from: "convertToModelMessages(uiMessages)", to: "convertToModelMessages(uiMessages.slice(-8))" })],
    },
    {
      name: "a store read destructured with a fallback",
      code: storeWithFallback,
      errors: [history(storeWithFallback, "store", "previousMessages", { from: "[...previousMessages, message]", to: "[...previousMessages.slice(-8), message]" })],
    },
    { name: "await getMessagesByChatId(id)", code: storeRead, errors: [history(storeRead, "store", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })] },
    { name: "await loadHistory(id) spread", code: storeLoadHistory, errors: [history(storeLoadHistory, "store", "history", { from: "[...history,", to: "[...history.slice(-8)," })] },
    // --- production forms ---
    { name: "a per-user field: this.history[user]", code: keyedField, errors: [history(keyedField, "keyed", "this.history[user]", { from: "[...this.history[user]]", to: "[...this.history[user].slice(-8)]" })] },
    {
      name: "a Map of per-chat histories grown with set([...get(), m])",
      code: keyedMap,
      errors: [
        {
          ...history(keyedMap, "keyed", "histories.get(chatId)", { from: "messages: histories.get(chatId) ?? []", to: "messages: histories.get(chatId)?.slice(-8) ?? []" }),
        },
      ],
    },
    { name: "a const alias of a Map entry, pushed", code: keyedMapAlias, errors: [history(keyedMapAlias, "keyed", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })] },
    {
      name: "a history returned by a method of the project (conversations.get(id))",
      code: returnedHistory,
      errors: [history(returnedHistory, "keyed", "conversations.get(id)", { from: "conversations.get(id).concat", to: "conversations.get(id)?.slice(-8).concat" })],
    },
    { name: "prisma findMany without take", code: prismaFindMany, errors: [history(prismaFindMany, "store", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-8) }" })] },
    { name: "redis lrange(key, 0, -1)", code: redisRange, errors: [history(redisRange, "store", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })] },
    { name: "db.get(user).messages", code: dbGetMessages, errors: [history(dbGetMessages, "store", "db.get(user).messages", { from: "db.get(user).messages", to: "db.get(user).messages.slice(-8)" })] },
    { name: "ctx.session.messages, pushed every turn", code: sessionMessages, errors: [history(sessionMessages, "session", "ctx.session.messages", { from: "messages: ctx.session.messages }", to: "messages: ctx.session.messages.slice(-8) }" })] },
    { name: "history.slice(1) keeps the whole history", code: sliceOne, errors: [history(sliceOne, "module", "history", { from: "history.slice(1)", to: "history.slice(-8).slice(1)" })] },
    { name: "history.filter(...) keeps the whole history", code: filtered, errors: [history(filtered, "module", "history", { from: "history.filter(", to: "history.slice(-8).filter(" })] },
    {
      name: "a request body's messages.slice(0, -1) through convertToCoreMessages",
      code: allButLastRoute,
      errors: [history(allButLastRoute, "request", "initialMessages", { from: "convertToCoreMessages(initialMessages)", to: "convertToCoreMessages(initialMessages.slice(-8))" })],
    },
    {
      name: "a Gemini chat session kept per user",
      code: keptGeminiSession,
      errors: [{ messageId: "keptSession", data: { name: "chat" }, ...at(keptGeminiSession, "chat.sendMessage"), endColumn: at(keptGeminiSession, "chat.sendMessage").column + 4 }],
    },
    {
      name: "a Gemini chat session seeded with a per-user history kept in a map",
      code: seededGeminiSession,
      errors: [history(seededGeminiSession, "keyed", "kept", { from: "history: kept }", to: "history: kept.slice(-8) }" })],
    },
    { name: "a Gemini chat session kept in a field", code: fieldGeminiSession, errors: [{ messageId: "keptSession", data: { name: "this.chat" }, ...at(fieldGeminiSession, "this.chat", 1) }] },
    // --- chat REPLs ---
    { name: "a REPL written as a function that asks, answers and calls itself", code: recursiveRepl, errors: [history(recursiveRepl, "repl", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })] },
    { name: "chat REPL", code: repl, errors: [history(repl, "repl", "history", { from: "messages: history", to: "messages: history.slice(-8)" })] },
    {
      name: "chat REPL over for await (const line of rl)",
      code: forAwaitRepl,
      errors: [history(forAwaitRepl, "repl", "messages", { from: `model: "gpt-4o", messages }`, to: `model: "gpt-4o", messages: messages.slice(-8) }` })],
    },
    {
      name: "top-level chat REPL",
      code: topLevelRepl,
      errors: [history(topLevelRepl, "repl", "messages", { from: `model: "gpt-4o", messages }`, to: `model: "gpt-4o", messages: messages.slice(-8) }` })],
    },
    // --- options: keepTurns ---
    {
      name: "keepTurns 20",
      code: moduleArray,
      options: [{ keepTurns: 20 }],
      errors: [history(moduleArray, "module", "history", { from: "messages: history", to: "messages: history.slice(-20)" }, 20)],
    },
    {
      name: "keepTurns 4 with shorthand",
      code: nextRouteShorthand,
      options: [{ keepTurns: 4 }],
      errors: [history(nextRouteShorthand, "request", "messages", { from: "{ model, messages }", to: "{ model, messages: messages.slice(-4) }" }, 4)],
    },
  ],
}));

// --- a route handler is judged by what its project's web client posts ---
ruleTester.run("no-full-history (route handlers: what the client posts)", eslintRule("no-full-history"), {
  valid: [
    // The client reshapes its request (prepareSendMessagesRequest): the window may be there.
    { code: nextRoute, filename: routeIn("reshaped") },
    { code: expressBody, filename: routeIn("reshaped") },
    // No web client in the project (a proxy for other apps, a mobile client): not judged.
    { code: nextRoute, filename: routeIn("none") },
    { code: honoRoute, filename: routeIn("none") },
  ],
  invalid: [
    {
      code: nextRoute,
      filename: routeIn("whole"),
      errors: [history(nextRoute, "request", "messages", { from: "convertToModelMessages(messages)", to: "convertToModelMessages(messages.slice(-8))" })],
    },
  ],
});

// --- a route judged by the app's own client code (fetch, axios, a helper naming a Netlify function), matched by path ---
const OWN = path.resolve(__dirname, "../../../test/fixtures/projects/own-endpoints");
const ownRoute = (rel: string): string => path.join(OWN, rel);
const netlifyFunction = code(
  `const OpenAI = require("openai");`,
  `const openai = new OpenAI();`,
  `exports.handler = async function (event) {`,
  `  const { messages } = JSON.parse(event.body);`,
  `  return openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 500, messages });`,
  `};`,
);
const netlifyBody = code(
  `import OpenAI from "openai";`,
  `const openai = new OpenAI();`,
  `export const handler = async (event: { body: string }) => {`,
  `  const body = JSON.parse(event.body);`,
  `  return openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 500, messages: body.messages });`,
  `};`,
);
const nextOpenAiRoute = code(
  `import OpenAI from "openai";`,
  `const openai = new OpenAI();`,
  `export async function POST(req: Request) {`,
  `  const { messages } = await req.json();`,
  `  return Response.json(await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 500, messages }));`,
  `}`,
);
const expressRoute = (route: string): string =>
  code(
    `import express from "express";`,
    `import OpenAI from "openai";`,
    `const app = express();`,
    `const openai = new OpenAI();`,
    `app.post("${route}", async (req, res) => {`,
    `  const { messages } = req.body;`,
    `  res.json(await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 500, messages }));`,
    `});`,
  );

ruleTester.run("no-full-history (route handlers: the app's own client code)", eslintRule("no-full-history"), {
  valid: [
    // The client posts messages.slice(-2) to this function: the window is on the other side of HTTP.
    { code: netlifyFunction, filename: ownRoute("netlify/netlify/functions/ai-explain.js") },
    // No client of the project posts to this function.
    { code: netlifyFunction, filename: ownRoute("netlify/netlify/functions/ai-orphan.js") },
    // `event.body` of a function that is no serverless handler is not a request.
    { code: netlifyFunction.replace("exports.handler =", "exports.onMessage ="), filename: ownRoute("netlify/netlify/functions/ai-discovery.js") },
    // The client posts the last message only (axios.post("/api/summary", { messages: [userMessage] })).
    { code: nextOpenAiRoute, filename: ownRoute("next/app/api/summary/route.ts") },
    // No client posts to /api/orphan.
    { code: nextOpenAiRoute, filename: ownRoute("next/app/api/orphan/route.ts") },
    // The client trims to a token budget before posting to /api/brief; nothing posts to /api/other.
    { code: expressRoute("/api/brief"), filename: ownRoute("express/server/index.ts") },
    { code: expressRoute("/api/other"), filename: ownRoute("express/server/index.ts") },
  ],
  invalid: [
    {
      name: "a Netlify function: use-chat.js keeps the conversation in state and posts it whole by the function's name",
      code: netlifyFunction,
      filename: ownRoute("netlify/netlify/functions/ai-discovery.js"),
      errors: [history(netlifyFunction, "request", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })],
    },
    {
      name: "the body parsed into a const",
      code: netlifyBody,
      filename: ownRoute("netlify/netlify/functions/ai-discovery.ts"),
      errors: [history(netlifyBody, "request", "body.messages", { from: "messages: body.messages }", to: "messages: body.messages.slice(-8) }" })],
    },
    {
      name: "a Next.js route: components/Chat.tsx fetches /api/chat with its whole conversation",
      code: nextOpenAiRoute,
      filename: ownRoute("next/app/api/chat/route.ts"),
      errors: [history(nextOpenAiRoute, "request", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })],
    },
    {
      name: "an Express route: the React client axios.posts its whole history to ${API}/api/chat",
      code: expressRoute("/api/chat"),
      filename: ownRoute("express/server/index.ts"),
      errors: [history(expressRoute("/api/chat"), "request", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })],
    },
  ],
});

// --- chat sessions kept in a module-level record or map, typed by their values ---
const SESSIONS = [...GEMINI, `const sessions: { [id: string]: ChatSession } = {};`];
const recordSession = code(
  ...SESSIONS,
  `export async function reply(id: string, text: string) {`,
  `  if (!sessions[id]) sessions[id] = model.startChat();`,
  `  return (await sessions[id].sendMessage(text)).response.text();`,
  `}`,
);
const localSession = code(
  ...SESSIONS,
  `export async function reply(id: string, text: string) {`,
  `  let chat = sessions[id];`,
  `  if (!chat) {`,
  `    chat = model.startChat({ history: [] });`,
  `    sessions[id] = chat;`,
  `  }`,
  `  return (await chat.sendMessage(text)).response.text();`,
  `}`,
);
const mapSession = code(
  ...GEMINI,
  `const sessions = new Map<string, ChatSession>();`,
  `export async function reply(id: string, text: string) {`,
  `  if (!sessions.has(id)) sessions.set(id, model.startChat());`,
  `  return (await sessions.get(id)!.sendMessage(text)).response.text();`,
  `}`,
);

// ... and in fields of a class: untyped reads of a record field, a map field, the model itself a field set in a method
const recordFieldSession = code(
  `import { ChatSession, GenerativeModel, GoogleGenerativeAI } from "@google/generative-ai";`,
  `class GeminiModel {`,
  `  private generativeModel?: GenerativeModel;`,
  `  private gemini: GoogleGenerativeAI;`,
  `  public chats: { [from: string]: ChatSession };`,
  `  constructor() { this.gemini = new GoogleGenerativeAI("k"); this.chats = {}; }`,
  `  private init() { this.generativeModel = this.gemini.getGenerativeModel({ model: "gemini-1.5-flash", generationConfig: { maxOutputTokens: 500 } }); }`,
  `  async reply(user: string, prompt: string) {`,
  `    if (!this.chats[user]) this.chats[user] = this.generativeModel!.startChat();`,
  `    const chat = this.chats[user];`,
  `    return (await chat.sendMessage(prompt)).response.text();`,
  `  }`,
  `}`,
);
const mapFieldSession = code(
  ...GEMINI,
  `class Bot {`,
  `  private sessions = new Map<string, ChatSession>();`,
  `  async reply(id: string, text: string) {`,
  `    if (!this.sessions.has(id)) this.sessions.set(id, model.startChat());`,
  `    return (await this.sessions.get(id)!.sendMessage(text)).response.text();`,
  `  }`,
  `}`,
);

ruleTester.run("no-full-history (chat sessions kept in typed records and maps)", eslintRule("no-full-history"), {
  valid: [
    // a record field of another SDK's clients: not LLM calls
    code(`import { WebClient } from "@slack/web-api";`, `class Bot {`, `  private clients: Record<string, WebClient> = {};`, `  async say(id: string, text: string) {`, `    const c = this.clients[id];`, `    return c.sendMessage(text);`, `  }`, `}`),
    // a new session before every call (kept only for later inspection)
    code(...SESSIONS, `export async function once(id: string, text: string) {`, `  let chat = sessions[id];`, `  chat = model.startChat();`, `  sessions[id] = chat;`, `  return (await chat.sendMessage(text)).response.text();`, `}`),
    // a record of something else, and a session that is never stored
    code(...GEMINI, `const names: Record<string, string> = {};`, `export async function reply(id: string, text: string) {`, `  const chat = model.startChat();`, `  names[id] = text;`, `  return (await chat.sendMessage(text)).response.text();`, `}`),
  ],
  invalid: [
    { code: recordSession, errors: [{ messageId: "keptSession", data: { name: "sessions[id]" }, ...at(recordSession, "sessions[id]", 2) }] },
    { code: localSession, errors: [{ messageId: "keptSession", data: { name: "chat" }, ...at(localSession, "chat.sendMessage"), endColumn: at(localSession, "chat.sendMessage").column + 4 }] },
    { code: mapSession, errors: [{ messageId: "keptSession", data: { name: "sessions.get(id)" }, ...at(mapSession, "sessions.get(id)") }] },
    { code: recordFieldSession, errors: [{ messageId: "keptSession", data: { name: "chat" }, ...at(recordFieldSession, "chat.sendMessage"), endColumn: at(recordFieldSession, "chat.sendMessage").column + 4 }] },
    { code: mapFieldSession, errors: [{ messageId: "keptSession", data: { name: "this.sessions.get(id)" }, ...at(mapFieldSession, "this.sessions.get(id)") }] },
  ],
});

// --- Assistants threads: a thread id kept per user is a server-side history every run sends whole ---
const THREADS = [`import OpenAI from "openai";`, `const openai = new OpenAI();`, `const threads = new Map<string, string>();`];
const keptThread = code(
  ...THREADS,
  `export async function reply(userId: string, content: string) {`,
  `  let threadId = threads.get(userId);`,
  `  if (!threadId) {`,
  `    const thread = await openai.beta.threads.create();`,
  `    threadId = thread.id;`,
  `    threads.set(userId, threadId);`,
  `  }`,
  `  await openai.beta.threads.messages.create(threadId, { role: "user", content });`,
  `  return openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: "asst_1", max_completion_tokens: 500 });`,
  `}`,
);
const keptThreadRecord = code(
  `import OpenAI from "openai";`,
  `const openai = new OpenAI();`,
  `const threadIds: Record<string, string> = {};`,
  `export async function reply(userId: string) {`,
  `  threadIds[userId] ??= (await openai.beta.threads.create()).id;`,
  `  return openai.beta.threads.runs.create(threadIds[userId], { assistant_id: "asst_1" });`,
  `}`,
);

const keptThreadOption = code(
  `import OpenAI from "openai";`,
  `const openai = new OpenAI();`,
  `export async function complete(options: { threadId?: string }, messages: { role: "user"; content: string }[]) {`,
  `  let threadId = options.threadId;`,
  `  if (!threadId) {`,
  `    const thread = await openai.beta.threads.create();`,
  `    threadId = thread.id;`,
  `  }`,
  `  options.threadId = threadId;`,
  `  return openai.beta.threads.runs.stream(threadId, { assistant_id: "a", additional_messages: messages });`,
  `}`,
);

// a route handler that appends the request's message to the thread its client names, then runs it
const ROUTE = [`import OpenAI from "openai";`, `import { NextRequest } from "next/server";`, `const openai = new OpenAI();`];
const routeThread = (run: string, append = `  await openai.beta.threads.messages.create(threadId, { role: "user", content });`) =>
  code(...ROUTE, `export async function POST(req: NextRequest) {`, `  const { content, threadId } = await req.json();`, append, `  const stream = ${run};`, `  return new Response(stream.toReadableStream());`, `}`);
const clientThread = routeThread(`openai.beta.threads.runs.stream(threadId, { assistant_id: "asst_1" })`);

ruleTester.run("no-full-history (Assistants threads kept per user)", eslintRule("no-full-history"), {
  valid: [
    // a client's thread bounded by the run's options; no message appended here; a message appended to another thread
    routeThread(`openai.beta.threads.runs.stream(threadId, { assistant_id: "a", truncation_strategy: { type: "last_messages", last_messages: 10 } })`),
    routeThread(`openai.beta.threads.runs.stream(threadId, { assistant_id: "a" })`, `  console.log(content);`),
    routeThread(`openai.beta.threads.runs.stream(threadId, { assistant_id: "a" })`, `  await openai.beta.threads.messages.create(other, { role: "user", content });`),
    // a thread made for this request
    code(...ROUTE, `export async function POST(req: NextRequest) {`, `  const { content } = await req.json();`, `  const { id: threadId } = await openai.beta.threads.create();`, `  await openai.beta.threads.messages.create(threadId, { role: "user", content });`, `  return openai.beta.threads.runs.stream(threadId, { assistant_id: "a" });`, `}`),
    // a new thread for every request
    code(...THREADS, `export async function once(content: string) {`, `  const thread = await openai.beta.threads.create({ messages: [{ role: "user", content }] });`, `  return openai.beta.threads.runs.createAndPoll(thread.id, { assistant_id: "asst_1" });`, `}`),
    // kept, but what a run sends is bounded
    code(
      ...THREADS,
      `export async function reply(userId: string) {`,
      `  const threadId = threads.get(userId)!;`,
      `  return openai.beta.threads.runs.create(threadId, { assistant_id: "a", truncation_strategy: { type: "last_messages", last_messages: 10 } });`,
      `}`,
      `threads.set("u", "t");`,
    ),
    code(...THREADS, `export async function reply(userId: string) {`, `  return openai.beta.threads.runs.create(threads.get(userId)!, { assistant_id: "a", max_prompt_tokens: 4000 });`, `}`, `threads.set("u", "t");`),
    // an id read from the caller's options and not written back: the caller decides
    code(
      `import OpenAI from "openai";`,
      `const openai = new OpenAI();`,
      `export async function complete(options: { threadId?: string }) {`,
      `  let threadId = options.threadId;`,
      `  if (!threadId) threadId = (await openai.beta.threads.create()).id;`,
      `  return openai.beta.threads.runs.stream(threadId, { assistant_id: "a" });`,
      `}`,
    ),
    // an id read from a map the file never fills (given from outside): not judged
    code(...THREADS, `export async function reply(userId: string) {`, `  return openai.beta.threads.runs.create(threads.get(userId)!, { assistant_id: "a" });`, `}`),
  ],
  invalid: [
    { code: keptThread, errors: [{ messageId: "keptThread", data: { name: "threadId" }, ...at(keptThread, "threadId, { assistant_id"), endColumn: at(keptThread, "threadId, { assistant_id").column + 8 }] },
    { code: keptThreadOption, errors: [{ messageId: "keptThread", data: { name: "threadId" }, ...at(keptThreadOption, "threadId, { assistant_id"), endColumn: at(keptThreadOption, "threadId, { assistant_id").column + 8 }] },
    { code: keptThreadRecord, errors: [{ messageId: "keptThread", data: { name: "threadIds[userId]" }, ...at(keptThreadRecord, "threadIds[userId]", 1) }] },
    { code: clientThread, errors: [{ messageId: "keptThread", data: { name: "threadId" }, ...at(clientThread, "threadId, { assistant_id"), endColumn: at(clientThread, "threadId, { assistant_id").column + 8 }] },
  ],
});

// --- a store class of the project that windows what it keeps, when the history is written ---
const storeClass = (trim: string) =>
  code(
    `import OpenAI from "openai";`,
    `const client = new OpenAI();`,
    `class MessageHistory {`,
    `  private history = new Map<string, { role: "user" | "assistant"; content: string }[]>();`,
    `  add(id: string, content: string) {`,
    `    const h = this.history.get(id) ?? [];`,
    `    h.push({ role: "user", content });`,
    `    this.history.set(id, h);`,
    `    this.truncate(id);`,
    `  }`,
    `  private truncate(id: string) {`,
    `    const h = this.history.get(id) ?? [];`,
    `    ${trim}`,
    `  }`,
    `  getHistory(id: string) {`,
    `    return this.history.get(id) ?? [];`,
    `  }`,
    `}`,
    `const store = new MessageHistory();`,
    `export async function chat(id: string, text: string) {`,
    `  store.add(id, text);`,
    `  const history = store.getHistory(id);`,
    `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: history });`,
    `}`,
  );
const truncateNeverCalled = storeClass(`while (h.length > 30) h.shift();`).replace("    this.truncate(id);\n", "");
ruleTester.run("no-full-history (a store that windows what it keeps)", eslintRule("no-full-history"), {
  valid: [storeClass(`if (h.length > 30) h.splice(0, h.length - 30);`), storeClass(`while (h.length > 30) h.shift();`)],
  invalid: [
    // The trim exists but nothing calls it: no window.
    { code: truncateNeverCalled, errors: [history(truncateNeverCalled, "store", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })] },
    {
      code: storeClass(`console.log(h.length);`),
      errors: [history(storeClass(`console.log(h.length);`), "store", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })],
    },
  ],
});

// --- a conversation a class keeps in a field, handed out whole by a method of another class (nanobrowser's shape) ---
const heldHistory = (options: { getter?: string; step?: string; history?: string } = {}) =>
  code(
    ...OPENAI,
    `class TurnHistory {`,
    `  turns: { role: "user" | "assistant"; content: string }[] = [];`,
    options.history ??
      code(
        `  addTurn(turn: { role: "user" | "assistant"; content: string }, position?: number) {`,
        `    if (position === undefined) this.turns.push(turn);`,
        `    else this.turns.splice(position, 0, turn);`,
        `  }`,
        `  dropLastTurn() {`,
        `    this.turns.pop();`,
        `  }`,
        `  dropOldestTurn() {`,
        `    this.turns.splice(1, 1);`,
        `  }`,
      ),
    `}`,
    `class TurnManager {`,
    `  private history = new TurnHistory();`,
    `  addState(state: string) { this.history.addTurn({ role: "user", content: state }); }`,
    `  addOutput(output: string) { this.history.addTurn({ role: "assistant", content: output }); }`,
    `  dropState() { this.history.dropLastTurn(); }`,
    options.getter ?? `  getTurns() { const turns = this.history.turns.filter((t) => t.content).map((t) => ({ ...t })); return turns; }`,
    `  fitTurnBudget() { while (this.history.turns.length > 40) this.history.dropOldestTurn(); }`,
    `}`,
    `const manager = new TurnManager();`,
    `export async function step(state: string) {`,
    `  manager.addState(state);`,
    options.step ?? ``,
    `  const input = manager.getTurns();`,
    `  const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: input });`,
    `  manager.dropState();`,
    `  manager.addOutput(r.choices[0]?.message.content ?? "");`,
    `}`,
  );
const held = heldHistory();
const heldSpread = heldHistory().replace("messages: input }", "messages: [{ role: \"user\", content: \"Plan.\" }, ...input.slice(1)] }");

ruleTester.run("no-full-history (a conversation kept in a class's field, read through a method)", eslintRule("no-full-history"), {
  valid: [
    // The token-budget trim runs before each step: a window.
    heldHistory({ step: `  manager.fitTurnBudget();` }),
    // The getter hands out a window.
    heldHistory({ getter: `  getTurns() { return this.history.turns.slice(-12); }` }),
    // Newest first: unshift, and pop drops the oldest.
    heldHistory({
      history: code(
        `  addTurn(turn: { role: "user" | "assistant"; content: string }) {`,
        `    this.turns.unshift(turn);`,
        `    if (this.turns.length > 20) this.turns.pop();`,
        `  }`,
        `  dropLastTurn() {}`,
        `  dropOldestTurn() {}`,
      ),
    }),
    // Nothing adds to the field: no growth.
    heldHistory({ history: code(`  addTurn(turn: { role: "user" | "assistant"; content: string }) { console.log(turn); }`, `  dropLastTurn() {}`, `  dropOldestTurn() {}`) }),
  ],
  invalid: [
    // dropOldestTurn is called only by fitTurnBudget, which nothing calls; pop drops the newest turn.
    { name: "a field of another class, pushed, read through a getter; its trim never runs", code: held, errors: [history(held, "field", "input", { from: "messages: input }", to: "messages: input.slice(-8) }" })] },
    {
      name: "all but the first turn of it, behind a system message",
      code: heldSpread,
      errors: [history(heldSpread, "field", "input", { from: "...input.slice(1)", to: "...input.slice(-8).slice(1)" })],
    },
  ],
});

// --- a conversation that grows every step of an agent loop with no step cap ---
const agentLoop = (loop: string, grow = `    messages.push(r.choices[0]!.message);`) =>
  code(
    ...OPENAI,
    `export async function run(task: string) {`,
    `  const messages: any[] = [{ role: "user", content: task }];`,
    `  let step = 0;`,
    `  ${loop} {`,
    `    step++;`,
    `    const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages });`,
    grow,
    `    if (!r.choices[0]!.message.tool_calls) break;`,
    `  }`,
    `}`,
  );
const uncapped = agentLoop("while (true)");
const budgeted = agentLoop("while (usage.tokens < TOKEN_BUDGET)");
const onlyWhenFresh = agentLoop("while (true)").replace("    step++;", "    step++;\n    if (step === 1 && fresh) break;");
// The loop rebuilds its messages each step from what it has learned (node-DeepResearch's shape).
const rebuilt = code(
  ...OPENAI,
  `type Knowledge = { question: string; answer: string };`,
  `function fromKnowledge(knowledge: Knowledge[]) {`,
  `  const out: any[] = [];`,
  `  knowledge.forEach((k) => {`,
  `    out.push({ role: "user", content: k.question });`,
  `    out.push({ role: "assistant", content: k.answer });`,
  `  });`,
  `  return out;`,
  `}`,
  `function compose(messages: any[], knowledge: Knowledge[], question: string) {`,
  `  const msgs = [...fromKnowledge(knowledge), ...messages];`,
  `  msgs.push({ role: "user", content: question });`,
  `  return msgs;`,
  `}`,
  `export async function research(question: string, messages: any[], tracker: { used: number }, regularBudget: number) {`,
  `  const allKnowledge: Knowledge[] = [];`,
  `  let withKnowledge: any[] = [];`,
  `  while (tracker.used < regularBudget) {`,
  `    withKnowledge = compose(messages, allKnowledge, question);`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: withKnowledge });`,
  `    allKnowledge.push({ question, answer: r.choices[0]!.message.content ?? "" });`,
  `  }`,
  `}`,
);

// The caller's array, grown here every step (nanocoder's subagent loop).
const grownParameter = code(
  ...OPENAI,
  `export async function runLoop(messages: any[], tools: any[]) {`,
  `  while (true) {`,
  `    if (signal.aborted) throw new Error("Aborted");`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
  `    messages.push(r.choices[0]!.message);`,
  `    if (!r.choices[0]!.message.tool_calls) return r;`,
  `  }`,
  `}`,
);

ruleTester.run("no-full-history (an agent loop with no step cap)", eslintRule("no-full-history"), {
  valid: [
    // A step cap bounds the run: the messages are local to one task.
    agentLoop("for (let i = 0; i < 10; i++)"),
    agentLoop("while (true)").replace("    step++;", "    if (++step > 10) break;"),
    // The cap the caller gives, checked whenever it is given (whether one is given is require-iteration-cap's question).
    agentLoop("while (true)").replace("    step++;", "    step++;\n    if (this.maxSteps !== undefined && step >= this.maxSteps) break;"),
    agentLoop("while (true)").replace("    step++;", "    step++;\n    if (opts.maxSteps && step >= opts.maxSteps) break;"),
    // A loop over a collection is bounded by it.
    agentLoop("for (const doc of docs)"),
    // A window, or a token-budget trim.
    agentLoop("while (true)").replace("messages });", "messages: messages.slice(-10) });"),
    agentLoop("while (true)", `    messages.push(r.choices[0]!.message);\n    while (countTokens(messages) > 8000) messages.shift();`),
    // Nothing grows: the same request every step.
    agentLoop("while (true)", `    console.log(r.choices[0]!.message);`),
    // Rebuilt each step from what does not grow.
    rebuilt.replace("    allKnowledge.push(", "    console.log("),
    // A parameter the loop does not grow: its caller decides.
    grownParameter.replace("    messages.push(r.choices[0]!.message);\n", ""),
  ],
  invalid: [
    { name: "while (true), the reply and tool results pushed", code: uncapped, errors: [history(uncapped, "loop", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })] },
    { name: "a token budget bounds the bill, not the steps", code: budgeted, errors: [history(budgeted, "loop", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })] },
    { name: "an exit joined by && to another condition is no cap", code: onlyWhenFresh, errors: [history(onlyWhenFresh, "loop", "messages", { from: "max_tokens: 500, messages }", to: "max_tokens: 500, messages: messages.slice(-8) }" })] },
    {
      name: "a parameter grown every step",
      code: grownParameter,
      errors: [history(grownParameter, "loop", "messages", { from: "max_tokens: 500, messages, tools", to: "max_tokens: 500, messages: messages.slice(-8), tools" })],
    },
    {
      name: "rebuilt every step from knowledge that grows every step",
      code: rebuilt,
      errors: [history(rebuilt, "loop", "withKnowledge", { from: "messages: withKnowledge }", to: "messages: withKnowledge.slice(-8) }" })],
    },
  ],
});

// --- stores read with no limit (issue 9), copies that keep every turn, and token-budget windows ---
const mongoFind = code(
  ...OPENAI,
  `export async function reply(chatId: string) {`,
  `  const history = await Message.find({ chatId }).sort({ createdAt: 1 });`,
  `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: history });`,
  `}`,
);
const drizzleFrom = code(
  ...OPENAI,
  `export async function reply(chatId: string) {`,
  `  const rows = await db.select().from(chatMessages).where(eq(chatMessages.chatId, chatId));`,
  `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: rows.map((r) => ({ role: r.role, content: r.content })) });`,
  `}`,
);
const mapped = code(
  ...OPENAI,
  `const history: { role: "user" | "assistant"; content: string }[] = [];`,
  `export async function ask(q: string) {`,
  `  history.push({ role: "user", content: q });`,
  `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: history.map((m) => ({ ...m })) });`,
  `}`,
);

ruleTester.run("no-full-history (store queries with no limit, whole copies, token-budget windows)", eslintRule("no-full-history"), {
  valid: [
    mongoFind.replace(".sort({ createdAt: 1 })", ".sort({ createdAt: -1 }).limit(20)"),
    drizzleFrom.replace(".where(eq(chatMessages.chatId, chatId))", ".where(eq(chatMessages.chatId, chatId)).limit(20)"),
    // LangChain's trimMessages to a token budget.
    code(
      `import { ChatOpenAI } from "@langchain/openai";`,
      `import { trimMessages } from "@langchain/core/messages";`,
      `const model = new ChatOpenAI({ model: "gpt-4o", maxTokens: 100 });`,
      `const history: any[] = [];`,
      `export async function ask(q: string) {`,
      `  history.push({ role: "user", content: q });`,
      `  const trimmed = await trimMessages(history, { maxTokens: 2000, strategy: "last", tokenCounter: model });`,
      `  return model.invoke(trimmed);`,
      `}`,
    ),
    // Oldest turns dropped while over a token budget.
    code(
      ...OPENAI,
      `const history: any[] = [];`,
      `export async function ask(q: string) {`,
      `  history.push({ role: "user", content: q });`,
      `  while (countTokens(history) > 4000) history.shift();`,
      `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: history });`,
      `}`,
    ),
  ],
  invalid: [
    { name: "Message.find(...).sort(...) with no limit", code: mongoFind, errors: [history(mongoFind, "store", "history", { from: "messages: history }", to: "messages: history.slice(-8) }" })] },
    { name: "db.select().from(chatMessages) with no limit", code: drizzleFrom, errors: [history(drizzleFrom, "store", "rows", { from: "rows.map(", to: "rows.slice(-8).map(" })] },
    { name: "history.map(...) keeps every turn", code: mapped, errors: [history(mapped, "module", "history", { from: "history.map(", to: "history.slice(-8).map(" })] },
  ],
});
