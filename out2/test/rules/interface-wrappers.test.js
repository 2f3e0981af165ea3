"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_path_1 = __importDefault(require("node:path"));
const plugin_1 = require("../../src/eslint/plugin");
const tester_1 = require("./tester");
/**
 * LLM calls through the project's own types, declared and implemented in other modules: the cases are linted as a
 * file of test/fixtures/projects/wrappers (src/types.ts declares ChatClient, Summarizer, CompletionProvider and
 * AgentDeps; src/llm/ implements them; src/__tests__/ holds a test double that does not count).
 */
const fixture = node_path_1.default.resolve(__dirname, "../../../test/fixtures/projects/wrappers");
const filename = node_path_1.default.join(fixture, "src/agent/case.ts");
function at(src, needle, nth = 0) {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = src.indexOf(needle, index + 1);
        if (index === -1)
            throw new Error(`not found: ${needle} (#${nth})`);
    }
    const before = src.slice(0, index).split("\n");
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    return { line, column, endLine: line, endColumn: column + needle.length };
}
/** The loop keyword `while` at its first occurrence. */
function loopAt(src) {
    return at(src, "while");
}
function edit(src, from, to) {
    const first = src.indexOf(from);
    if (first === -1 || src.indexOf(from, first + 1) !== -1)
        throw new Error(`edit needs exactly one occurrence of: ${from}`);
    return src.slice(0, first) + to + src.slice(first + from.length);
}
const TOOL_LOOP = [
    `    if (reply.toolCalls.length === 0) return reply.text;`,
    `    messages.push({ role: "assistant", content: reply.text });`,
    `    for (const c of reply.toolCalls) messages.push({ role: "tool", content: await runTool(c.name, c.args) });`,
];
const DECLARE_TOOL = `declare function runTool(name: string, args: string): Promise<string>;`;
// --- require-iteration-cap ---------------------------------------------------------------------------------------
const interfaceParam = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, DECLARE_TOOL, `export async function agent(client: ChatClient, messages: ChatMessage[]) {`, `  while (true) {`, `    const reply = await client.chat(messages, ["search"]);`, ...TOOL_LOOP, `  }`, `}`);
const throughBarrel = edit(interfaceParam, `from "../types"`, `from "../index"`);
const importTypeNode = (0, tester_1.code)(`import type { ChatMessage } from "../types";`, DECLARE_TOOL, `export async function agent(client: import("../types").ChatClient | null, messages: ChatMessage[]) {`, `  while (true) {`, `    const reply = await client!.chat(messages);`, ...TOOL_LOOP, `  }`, `}`);
const optionsField = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, DECLARE_TOOL, `interface LoopOptions { client: ChatClient; messages: ChatMessage[] }`, `export async function agent(options: LoopOptions) {`, `  const { client, messages } = options;`, `  while (true) {`, `    const reply = await client.chat(messages);`, ...TOOL_LOOP, `  }`, `}`);
const typeAliasDestructured = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, DECLARE_TOOL, `type Deps = { client: ChatClient };`, `export async function agent({ client }: Deps, messages: ChatMessage[]) {`, `  while (true) {`, `    const reply = await client.chat(messages);`, ...TOOL_LOOP, `  }`, `}`);
const abstractMethod = (0, tester_1.code)(`import type { CompletionProvider } from "../types";`, `export async function polish(provider: CompletionProvider, draft: string) {`, `  let text = draft;`, `  while (true) {`, `    const next = await provider.complete(text);`, `    if (next === "DONE") return text;`, `    text = next;`, `  }`, `}`);
const recursionThroughDeps = (0, tester_1.code)(`import type { AgentDeps, ChatMessage } from "../types";`, `export async function step(deps: AgentDeps, messages: ChatMessage[]): Promise<string> {`, `  const reply = await deps.client.chat(messages);`, `  if (reply.toolCalls.length === 0) return reply.text;`, `  const results = await Promise.all(reply.toolCalls.map((c) => deps.runTool(c.name, c.args)));`, `  return step(deps, [...messages, ...results.map((r) => ({ role: "tool" as const, content: r }))]);`, `}`);
const resetCounter = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, DECLARE_TOOL, `interface Turn { client: ChatClient; messages: ChatMessage[]; emptyTurnCount?: number }`, `export async function turn(params: Turn): Promise<string> {`, `  const { client, messages, emptyTurnCount = 0 } = params;`, `  const reply = await client.chat(messages);`, `  if (!reply.text && reply.toolCalls.length === 0) {`, `    if (emptyTurnCount >= 2) return "";`, `    return turn({ ...params, emptyTurnCount: emptyTurnCount + 1 });`, `  }`, `  const results: ChatMessage[] = [];`, `  for (const c of reply.toolCalls) results.push({ role: "tool", content: await runTool(c.name, c.args) });`, `  return turn({ ...params, messages: [...messages, ...results], emptyTurnCount: 0 });`, `}`);
// Silent: a cap, a counter carried and advanced, a depth parameter, an interface with a plain implementation, a
// method that is not the model call, an interface of the same name declared here and implemented nowhere.
const capped = edit(interfaceParam, "while (true) {", "for (let turn = 0; turn < 10; turn++) {");
const carriedSteps = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, DECLARE_TOOL, `interface Turn { client: ChatClient; messages: ChatMessage[]; steps?: number }`, `export async function turn(params: Turn): Promise<string> {`, `  const { client, messages, steps = 0 } = params;`, `  if (steps >= 8) return "";`, `  const reply = await client.chat(messages);`, `  if (reply.toolCalls.length === 0) return reply.text;`, `  const results: ChatMessage[] = [];`, `  for (const c of reply.toolCalls) results.push({ role: "tool", content: await runTool(c.name, c.args) });`, `  return turn({ ...params, messages: [...messages, ...results], steps: steps + 1 });`, `}`);
const mixedImplementations = (0, tester_1.code)(`import type { Summarizer } from "../types";`, `export async function shrink(summarizer: Summarizer, text: string) {`, `  let current = text;`, `  while (true) {`, `    const next = await summarizer.summarize(current);`, `    if (next.length < 100) return next;`, `    current = next;`, `  }`, `}`);
const otherMethod = (0, tester_1.code)(`import type { ChatClient } from "../types";`, `export function names(client: ChatClient, log: string[]) {`, `  while (true) {`, `    const name = client.modelName();`, `    log.push(name);`, `    if (log.length > 3 || name === "") return log;`, `  }`, `}`);
const localInterface = (0, tester_1.code)(`import type { ChatMessage, ChatReply } from "../types";`, DECLARE_TOOL, `interface ChatClient { chat(messages: ChatMessage[]): Promise<ChatReply> }`, `export async function agent(client: ChatClient, messages: ChatMessage[]) {`, `  while (true) {`, `    const reply = await client.chat(messages);`, ...TOOL_LOOP, `  }`, `}`);
tester_1.ruleTester.run("require-iteration-cap (calls through the project's interfaces)", (0, tester_1.eslintRule)("require-iteration-cap"), {
    valid: [
        { name: "a capped loop around an interface call", filename, code: capped },
        { name: "a counter the recursive call carries and advances", filename, code: carriedSteps },
        { name: "an interface one of whose implementations calls no model", filename, code: mixedImplementations },
        { name: "an interface method that is not the model call", filename, code: otherMethod },
        { name: "an interface declared here that nothing implements", filename, code: localInterface },
    ],
    invalid: [
        { name: "client: ChatClient (an interface of another module)", filename, code: interfaceParam, errors: [{ messageId: "loopUncapped", ...loopAt(interfaceParam) }] },
        { name: "the interface imported through a barrel (export *)", filename, code: throughBarrel, errors: [{ messageId: "loopUncapped", ...loopAt(throughBarrel) }] },
        { name: "import(\"../types\").ChatClient | null", filename, code: importTypeNode, errors: [{ messageId: "loopUncapped", ...loopAt(importTypeNode) }] },
        { name: "a field of a local options interface, destructured", filename, code: optionsField, errors: [{ messageId: "loopUncapped", ...loopAt(optionsField) }] },
        { name: "a destructured parameter typed by a type alias", filename, code: typeAliasDestructured, errors: [{ messageId: "loopUncapped", ...loopAt(typeAliasDestructured) }] },
        { name: "an abstract method whose subclasses call the model", filename, code: abstractMethod, errors: [{ messageId: "loopUncapped", ...loopAt(abstractMethod) }] },
        {
            name: "recursion after each round of tool results",
            filename,
            code: recursionThroughDeps,
            errors: [{ messageId: "recursionUncapped", data: { name: "step" }, ...at(recursionThroughDeps, "step(deps, [...messages, ...results.map((r) => ({ role: \"tool\" as const, content: r }))])") }],
        },
        {
            name: "a guard on a counter the tool round resets is no cap",
            filename,
            code: resetCounter,
            errors: [{ messageId: "recursionUncapped", data: { name: "turn" }, ...at(resetCounter, "turn({ ...params, messages: [...messages, ...results], emptyTurnCount: 0 })") }],
        },
    ],
});
// --- no-full-history ----------------------------------------------------------------------------------------------
const keptHistory = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, `const history: ChatMessage[] = [];`, `export async function ask(client: ChatClient, q: string) {`, `  history.push({ role: "user", content: q });`, `  const reply = await client.chat(history);`, `  history.push({ role: "assistant", content: reply.text });`, `  return reply.text;`, `}`);
const throughLocals = (0, tester_1.code)(`import type { ChatMessage } from "../types";`, `import { sendChat } from "../llm/handler";`, `const log: ChatMessage[] = [];`, `export async function ask(q: string) {`, `  log.push({ role: "user", content: q });`, `  const answer = await sendChat({ messages: log });`, `  log.push({ role: "assistant", content: answer });`, `  return answer;`, `}`);
const windowedInWrapper = throughLocals.split("sendChat").join("sendRecent");
const parameterHistory = (0, tester_1.code)(`import type { ChatClient, ChatMessage } from "../types";`, `export async function ask(client: ChatClient, history: ChatMessage[]) {`, `  const reply = await client.chat(history);`, `  return reply.text;`, `}`);
const WHERE_MODULE = "a module-level array grown every call";
tester_1.ruleTester.run("no-full-history (through the project's interfaces and wrappers)", (0, tester_1.eslintRule)("no-full-history"), {
    valid: [
        { name: "a wrapper that may send a window", filename, code: windowedInWrapper },
        { name: "a history received as a parameter", filename, code: parameterHistory },
    ],
    invalid: [
        {
            name: "a module-level history sent through an interface method",
            filename,
            code: keptHistory,
            errors: [
                {
                    messageId: "fullHistory",
                    data: { name: "history", where: WHERE_MODULE, keepTurns: "8" },
                    ...at(keptHistory, "history", 2),
                    suggestions: [{ messageId: "sliceHistory", data: { name: "history", keepTurns: "8" }, output: edit(keptHistory, "client.chat(history)", "client.chat(history.slice(-8))") }],
                },
            ],
        },
        {
            name: "a wrapper that destructures, filters and maps before sending",
            filename,
            code: throughLocals,
            errors: [
                {
                    messageId: "fullHistory",
                    data: { name: "log", where: WHERE_MODULE, keepTurns: "8" },
                    ...at(throughLocals, "log", 2),
                    suggestions: [{ messageId: "sliceHistory", data: { name: "log", keepTurns: "8" }, output: edit(throughLocals, "messages: log }", "messages: log.slice(-8) }") }],
                },
            ],
        },
    ],
});
// --- require-max-tokens: a receiver typed by the project's own interface is not a value the project defines ----
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bareMaxTokens = (0, plugin_1.createPlugin)({}).rules["require-max-tokens"];
const openAiShaped = (0, tester_1.code)(`interface OpenAiLike { chat: { completions: { create(body: object): Promise<unknown> } } }`, `export async function answer(client: OpenAiLike) {`, `  return client.chat.completions.create({ model: "gpt-4o", messages: [] });`, `}`);
const projectObject = (0, tester_1.code)(`const client = { chat: { completions: { create: async (body: object) => body } } };`, `export async function answer() {`, `  return client.chat.completions.create({ model: "gpt-4o", messages: [] });`, `}`);
tester_1.ruleTester.run("require-max-tokens (an OpenAI-shaped interface of the project)", bareMaxTokens, {
    valid: [{ name: "an object literal the file defines (a test double)", filename, code: projectObject }],
    invalid: [
        {
            name: "a parameter typed by an interface still matches the OpenAI method path",
            filename,
            code: openAiShaped,
            errors: [
                {
                    messageId: "missingCap",
                    ...at(openAiShaped, "create", 1),
                    suggestions: [{ messageId: "addCap", output: edit(openAiShaped, `messages: [] }`, `messages: [], max_completion_tokens: 1024 }`) }],
                },
            ],
        },
    ],
});
//# sourceMappingURL=interface-wrappers.test.js.map