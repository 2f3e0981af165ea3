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

/** The range of a loop's keyword (`while`, `for`, `do`) at the start of `head`, the loop's first text (`while (true)`). */
function keywordAt(src: string, head: string): ReturnType<typeof at> {
  const range = at(src, head);
  const keyword = /^\w+/.exec(head)![0];
  return { ...range, endLine: range.line, endColumn: range.column + keyword.length };
}

/** `src` with the only occurrence of `from` replaced by `to`. */
function edit(src: string, from: string, to: string): string {
  const first = src.indexOf(from);
  if (first === -1 || src.indexOf(from, first + 1) !== -1) throw new Error(`edit needs exactly one occurrence of: ${from}`);
  return src.slice(0, first) + to + src.slice(first + from.length);
}

/** A frameworkTooHigh error with its full message data. */
function tooHigh(call: string, calls: number, why: string, fix: string, max = 25) {
  return { messageId: "frameworkTooHigh" as const, data: { call, calls: String(calls), why, max: String(max), fix } };
}

/** A frameworkUncapped error with its full message data. */
function uncapped(call: string, why: string, fix: string) {
  return { messageId: "frameworkUncapped" as const, data: { call, why, fix } };
}

const OPENAI = [`import OpenAI from "openai";`, `const client = new OpenAI();`];

// ---------------------------------------------------------------------------------------------------------------
// Hand-written agent loops and recursions
// ---------------------------------------------------------------------------------------------------------------

const whileTrueAgent = code(
  ...OPENAI,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", messages, tools });`,
  `    const msg = res.choices[0].message;`,
  `    messages.push(msg);`,
  `    if (!msg.tool_calls) return msg.content;`,
  `    for (const call of msg.tool_calls) messages.push(await runTool(call));`,
  `  }`,
  `}`,
);

const forEverAnthropic = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const anthropic = new Anthropic();`,
  `async function agent(task: string) {`,
  `  const messages: any[] = [{ role: "user", content: task }];`,
  `  for (;;) {`,
  `    const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages, tools });`,
  `    messages.push({ role: "assistant", content: res.content });`,
  `    if (res.stop_reason !== "tool_use") break;`,
  `    messages.push({ role: "user", content: await runTools(res.content) });`,
  `  }`,
  `}`,
);

const whileFlag = code(
  ...OPENAI,
  `async function agent(messages) {`,
  `  let done = false;`,
  `  while (!done) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(res.choices[0].message);`,
  `    done = res.choices[0].finish_reason === "stop";`,
  `  }`,
  `}`,
);

const doWhile = code(
  ...OPENAI,
  `async function agent(messages) {`,
  `  let res;`,
  `  do {`,
  `    res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(res.choices[0].message);`,
  `  } while (res.choices[0].message.tool_calls);`,
  `}`,
);

const counterNeverIncremented = code(
  ...OPENAI,
  `async function agent(messages) {`,
  `  let turns = 0;`,
  `  while (turns < 5) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(res.choices[0].message);`,
  `  }`,
  `}`,
);

const viaLocalHelper = code(
  ...OPENAI,
  `async function callModel(messages) {`,
  `  return client.chat.completions.create({ model: "gpt-4o", messages });`,
  `}`,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const r = await callModel(messages);`,
  `    messages.push(r.choices[0].message);`,
  `    if (!r.choices[0].message.tool_calls) return;`,
  `  }`,
  `}`,
);

const viaThisMethod = code(
  `import OpenAI from "openai";`,
  `class Agent {`,
  `  client = new OpenAI();`,
  `  messages: any[] = [];`,
  `  async step() {`,
  `    const res = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
  `    this.messages.push(res.choices[0].message);`,
  `    return res;`,
  `  }`,
  `  async run() {`,
  `    while (true) {`,
  `      const res = await this.step();`,
  `      if (!res.choices[0].message.tool_calls) return;`,
  `    }`,
  `  }`,
  `}`,
);

const aiSdkLoop = code(
  `import { generateText } from "ai";`,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const { response, toolCalls } = await generateText({ model, messages, tools });`,
  `    messages.push(...response.messages);`,
  `    if (toolCalls.length === 0) break;`,
  `  }`,
  `}`,
);

const langchainLoop = code(
  `import { ChatOpenAI } from "@langchain/openai";`,
  `const model = new ChatOpenAI({ model: "gpt-4o" }).bindTools(tools);`,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const ai = await model.invoke(messages);`,
  `    messages.push(ai);`,
  `    if (!ai.tool_calls?.length) return ai;`,
  `    for (const tc of ai.tool_calls) messages.push(await runTool(tc));`,
  `  }`,
  `}`,
);

const googleLoop = code(
  `import { GoogleGenAI } from "@google/genai";`,
  `const ai = new GoogleGenAI({});`,
  `async function agent(contents) {`,
  `  while (true) {`,
  `    const r = await ai.models.generateContent({ model: "gemini-2.5-flash", contents });`,
  `    contents.push(r.candidates[0].content);`,
  `    if (!r.functionCalls) break;`,
  `  }`,
  `}`,
);

const responsesLoop = code(
  ...OPENAI,
  `async function agent(input) {`,
  `  let previous;`,
  `  while (true) {`,
  `    const r = await client.responses.create({ model: "gpt-4o", input, previous_response_id: previous });`,
  `    previous = r.id;`,
  `    input = await runTools(r.output);`,
  `    if (!input.length) break;`,
  `  }`,
  `}`,
);

const agentsRunLoop = code(
  `import { Agent, run } from "@openai/agents";`,
  `const agent = new Agent({ name: "a" });`,
  `async function f(history) {`,
  `  while (true) {`,
  `    const result = await run(agent, history);`,
  `    history = result.history;`,
  `    if (result.finalOutput) break;`,
  `  }`,
  `}`,
);

const innerUncappedInCappedOuter = code(
  ...OPENAI,
  `async function f() {`,
  `  for (let t = 0; t < 3; t++) {`,
  `    const messages = [{ role: "user", content: "x" }];`,
  `    while (true) {`,
  `      const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `      messages.push(r.choices[0].message);`,
  `      if (!r.choices[0].message.tool_calls) break;`,
  `    }`,
  `  }`,
  `}`,
);

const readsAFileNotAPerson = code(
  ...OPENAI,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(r.choices[0].message);`,
  `    messages.push({ role: "tool", content: await db.read(r.id) });`,
  `    if (!r.choices[0].message.tool_calls) break;`,
  `  }`,
  `}`,
);

const untilValid = code(
  ...OPENAI,
  `async function f() {`,
  `  let ok = false;`,
  `  while (!ok) {`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "json" }] });`,
  `    ok = validate(r);`,
  `  }`,
  `}`,
);

const recursion = code(
  ...OPENAI,
  `async function runAgent(messages) {`,
  `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  const msg = res.choices[0].message;`,
  `  messages.push(msg);`,
  `  if (!msg.tool_calls) return msg.content;`,
  `  for (const c of msg.tool_calls) messages.push(await runTool(c));`,
  `  return runAgent(messages);`,
  `}`,
);

const recursionSpread = code(
  ...OPENAI,
  `async function runAgent(messages) {`,
  `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  const msg = res.choices[0].message;`,
  `  if (!msg.tool_calls) return msg.content;`,
  `  const results = await Promise.all(msg.tool_calls.map(runTool));`,
  `  return runAgent([...messages, msg, ...results]);`,
  `}`,
);

const recursionThis = code(
  `import OpenAI from "openai";`,
  `class Agent {`,
  `  client = new OpenAI();`,
  `  messages: any[] = [];`,
  `  async run(): Promise<string> {`,
  `    const res = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
  `    const msg = res.choices[0].message;`,
  `    this.messages.push(msg);`,
  `    if (!msg.tool_calls) return msg.content;`,
  `    return this.run();`,
  `  }`,
  `}`,
);

const recursionDepthUnchecked = code(
  ...OPENAI,
  `async function runAgent(messages, depth = 0) {`,
  `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  messages.push(res.choices[0].message);`,
  `  if (res.choices[0].message.tool_calls) return runAgent(messages, depth + 1);`,
  `}`,
);

const recursionComparisonDoesNotStop = code(
  ...OPENAI,
  `async function runAgent(messages) {`,
  `  if (messages.length > 1000) console.log("long conversation");`,
  `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  messages.push(res.choices[0].message);`,
  `  return runAgent(messages);`,
  `}`,
);

// ---------------------------------------------------------------------------------------------------------------
// Framework agents
// ---------------------------------------------------------------------------------------------------------------

const aiStepCount50 = code(`import { generateText, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: stepCountIs(50) });`);
const aiIsStepCount30 = code(`import { streamText, isStepCount } from "ai";`, `streamText({ model, prompt: "x", tools, stopWhen: isStepCount(30) });`);
const aiHasToolCallImported = code(`import { generateText, hasToolCall, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: hasToolCall("done") });`);
const aiHasToolCallArray = code(`import { generateText, hasToolCall, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: [hasToolCall("done"), hasToolCall("fail")] });`);
const aiHasToolCallNotImported = code(`import { generateText, hasToolCall } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: hasToolCall("done") });`);
const aiArray100 = code(`import { generateText, hasToolCall, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: [hasToolCall("done"), stepCountIs(100)] });`);
const aiMaxSteps40 = code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", tools, maxSteps: 40 });`);
const aiMaxStepsInfinity = code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", tools, maxSteps: Infinity });`);
const aiStepCountConst = code(`import { generateText, stepCountIs } from "ai";`, `const MAX_STEPS = 60;`, `await generateText({ model, prompt: "x", tools, stopWhen: stepCountIs(MAX_STEPS) });`);
const aiConstArray = code(`import { generateText, hasToolCall, stepCountIs } from "ai";`, `const stop = [hasToolCall("done"), stepCountIs(40)];`, `await generateText({ model, prompt: "x", tools, stopWhen: stop });`);
const agentsSpread = code(`import { run } from "@openai/agents";`, `const limits = { maxTurns: 60 };`, `await run(agent, "hi", { ...limits, context });`);
const toolLoopAgent40 = code(`import { ToolLoopAgent, stepCountIs } from "ai";`, `const agent = new ToolLoopAgent({ model, tools, stopWhen: stepCountIs(40) });`);
const toolLoopAgentHasToolCall = code(`import { ToolLoopAgent, hasToolCall } from "ai";`, `const agent = new ToolLoopAgent({ model, tools, stopWhen: hasToolCall("finish") });`);
const toolLoopAgentDefault = code(`import { ToolLoopAgent, stepCountIs } from "ai";`, `const agent = new ToolLoopAgent({ model, tools });`);
const toolLoopAgentDefaultNoImport = code(`import { Experimental_Agent as Agent } from "ai";`, `const agent = new Agent({ model, tools });`);
const executor100 = code(`import { AgentExecutor } from "langchain/agents";`, `const ex = new AgentExecutor({ agent, tools, maxIterations: 100 });`);
const executorFrom50 = code(`import { AgentExecutor } from "langchain/agents";`, `const ex = AgentExecutor.fromAgentAndTools({ agent, tools, maxIterations: 50 });`);
const executorInfinity = code(`import { AgentExecutor } from "langchain/agents";`, `const ex = new AgentExecutor({ agent, tools, maxIterations: Infinity });`);
const executorDefault = code(`import { AgentExecutor } from "langchain/agents";`, `const ex = new AgentExecutor({ agent, tools });`);
const graph100 = code(
  `import { createReactAgent } from "@langchain/langgraph/prebuilt";`,
  `const agent = createReactAgent({ llm, tools });`,
  `await agent.invoke({ messages: [] }, { recursionLimit: 100 });`,
);
const graphStream200 = code(`import { createAgent } from "langchain";`, `const agent = createAgent({ model: "openai:gpt-4o", tools });`, `await agent.stream({ messages: [] }, { recursionLimit: 200 });`);
const graphDefault = code(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools });`, `await agent.invoke({ messages: [] });`);
const graph40 = code(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools });`, `await agent.invoke({ messages: [] }, { recursionLimit: 40 });`);
const agentsNull = code(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a" });`, `await run(agent, "hi", { maxTurns: null });`);
const agents100 = code(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a" });`, `await run(agent, "hi", { maxTurns: 100 });`);
const runner30 = code(`import { Runner } from "@openai/agents";`, `const runner = new Runner();`, `await runner.run(agent, "hi", { maxTurns: 30 });`);
const toolRunnerNoMax = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const client = new Anthropic();`,
  `const runner = client.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [], tools });`,
);
const toolRunnerMultiline = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const client = new Anthropic();`,
  `const runner = client.beta.messages.toolRunner({`,
  `  model: "claude-sonnet-4-5",`,
  `  max_tokens: 1024,`,
  `  messages,`,
  `  tools,`,
  `});`,
);
const toolRunner50 = code(
  `import Anthropic from "@anthropic-ai/sdk";`,
  `const client = new Anthropic();`,
  `const runner = client.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [], tools, max_iterations: 50 });`,
);
const runTools50 = code(...OPENAI, `const runner = client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools }, { maxChatCompletions: 50 });`);
const runToolsInfinity = code(...OPENAI, `const runner = client.chat.completions.runTools({ model: "gpt-4o", messages: [], tools }, { maxChatCompletions: Infinity });`);

const retryWrappedAgent = code(
  ...OPENAI,
  `import pRetry from "p-retry";`,
  `async function agent(messages) {`,
  `  while (true) {`,
  `    const r = await pRetry(() => client.chat.completions.create({ model: "gpt-4o", messages }), { retries: 3 });`,
  `    messages.push(r.choices[0].message);`,
  `    if (!r.choices[0].message.tool_calls) return;`,
  `  }`,
  `}`,
);

const checkOfAConstant = code(
  ...OPENAI,
  `async function agent(messages, steps) {`,
  `  while (true) {`,
  `    if (steps > 10) break;`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `    messages.push(r.choices[0].message);`,
  `  }`,
  `}`,
);

const classFieldLoop = code(
  `import OpenAI from "openai";`,
  `class A {`,
  `  client = new OpenAI();`,
  `  messages = [];`,
  `  async run() {`,
  `    while (true) {`,
  `      const r = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
  `      this.messages.push(r.choices[0].message);`,
  `      if (r.choices[0].finish_reason === "stop") return;`,
  `    }`,
  `  }`,
  `}`,
);

const streamingAgent = code(
  ...OPENAI,
  `export const agent = async (messages) => {`,
  `  while (true) {`,
  `    const stream = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });`,
  `    let content = "";`,
  `    for await (const chunk of stream) content += chunk.choices[0]?.delta?.content ?? "";`,
  `    messages.push({ role: "assistant", content });`,
  `    if (!content.includes("CALL")) break;`,
  `  }`,
  `};`,
);

const arrowRecursion = code(
  ...OPENAI,
  `const runAgent = async (messages) => {`,
  `  const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  messages.push(r.choices[0].message);`,
  `  return r.choices[0].message.tool_calls ? runAgent(messages) : r;`,
  `};`,
);

const agentInsideRepl = code(
  ...OPENAI,
  `import readline from "node:readline/promises";`,
  `const rl = readline.createInterface({ input: process.stdin });`,
  `async function chat() {`,
  `  const messages = [];`,
  `  while (true) {`,
  `    messages.push({ role: "user", content: await rl.question("> ") });`,
  `    while (true) {`,
  `      const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `      messages.push(r.choices[0].message);`,
  `      if (!r.choices[0].message.tool_calls) break;`,
  `    }`,
  `  }`,
  `}`,
);

const stateObjectAgent = code(
  ...OPENAI,
  `async function agent(task) {`,
  `  const state = { messages: [{ role: "user", content: task }] };`,
  `  while (true) {`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: state.messages });`,
  `    state.messages.push(r.choices[0].message);`,
  `    if (!r.choices[0].message.tool_calls) return;`,
  `  }`,
  `}`,
);

const thisStateAgent = code(
  `import OpenAI from "openai";`,
  `class A {`,
  `  client = new OpenAI();`,
  `  state = { messages: [] };`,
  `  async run() {`,
  `    for (;;) {`,
  `      const r = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.state.messages });`,
  `      this.state.messages.push(r.choices[0].message);`,
  `      if (!r.choices[0].message.tool_calls) return;`,
  `    }`,
  `  }`,
  `}`,
);

const recursionStateCheck = code(
  ...OPENAI,
  `async function runAgent(messages, status = "running") {`,
  `  if (status === "done") return null;`,
  `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
  `  messages.push(res.choices[0].message);`,
  `  return runAgent(messages, res.choices[0].finish_reason === "stop" ? "done" : "running");`,
  `}`,
);

// ---------------------------------------------------------------------------------------------------------------
// In-repo agent runtimes whose cap is the caller's option, and loops on the model's stop reason
// ---------------------------------------------------------------------------------------------------------------

const RUNTIME = [
  ...OPENAI,
  `async function runAgent(task: string, opts: { maxSteps?: number; model?: string } = {}) {`,
  `  const maxSteps = opts.maxSteps ?? Infinity;`,
  `  const messages: any[] = [{ role: "user", content: task }];`,
  `  for (let step = 0; step < maxSteps; step++) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
  `    messages.push(res.choices[0].message);`,
  `    if (res.choices[0].finish_reason !== "tool_calls") return res;`,
  `  }`,
  `}`,
];
const runtimeNoOptions = code(...RUNTIME, `export const go = (t: string) => runAgent(t);`);
const runtimeOtherOptions = code(...RUNTIME, `export const go = (t: string) => runAgent(t, { model: "gpt-4o-mini" });`);
const runtimeInfinity = code(...RUNTIME, `export const go = (t: string) => runAgent(t, { maxSteps: Infinity });`);
const positionalRuntime = code(
  ...OPENAI,
  `async function runAgent(task: string, maxSteps?: number) {`,
  `  const messages: any[] = [{ role: "user", content: task }];`,
  `  for (let step = 0; step < (maxSteps ?? Infinity); step++) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
  `    messages.push(res.choices[0].message);`,
  `    if (res.choices[0].finish_reason !== "tool_calls") return res;`,
  `  }`,
  `}`,
  `export const go = (t: string) => runAgent(t);`,
);
const stopReasonLoop = code(
  ...OPENAI,
  `export async function loop() {`,
  `  while (true) {`,
  `    const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: nextMessages(), tools });`,
  `    if (r.choices[0].finish_reason !== "tool_calls") break;`,
  `    await runTools(r.choices[0].message.tool_calls);`,
  `  }`,
  `}`,
);

const EXIT_CHECK_RUNTIME = [
  ...OPENAI,
  `async function runAgent(task: string, opts: { maxSteps?: number } = {}) {`,
  `  const messages: any[] = [{ role: "user", content: task }];`,
  `  let steps = 0;`,
  `  while (true) {`,
  `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
  `    messages.push(res.choices[0].message);`,
  `    if (++steps >= opts.maxSteps) break;`,
  `  }`,
  `}`,
];
const exitCheckRuntime = code(...EXIT_CHECK_RUNTIME, `export const go = (t: string) => runAgent(t);`);

ruleTester.run("require-iteration-cap", eslintRule("require-iteration-cap"), {
  valid: [
    {
      name: "recursion guarded by a depth check inside an inline callback (deep-research)",
      code: code(
        ...OPENAI,
        `export async function research(query: string, depth: number): Promise<any> {`,
        `  const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: query }] });`,
        `  return Promise.all([1, 2].map(async (i) => {`,
        `    const follow = r.choices[0].message.content + i;`,
        `    const newDepth = depth - 1;`,
        `    if (newDepth > 0) return research(follow, newDepth);`,
        `    return follow;`,
        `  }));`,
        `}`,
      ),
    },
    {
      name: "recursion a person confirms each round",
      code: code(
        ...OPENAI,
        `export async function generate(diff: string): Promise<void> {`,
        `  const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: diff }] });`,
        `  const again = await confirm({ message: "Regenerate?" });`,
        `  if (again) await generate(diff + r.choices[0].message.content);`,
        `}`,
      ),
    },
    // --- agent runtimes of the project ---
    { name: "a runtime run with maxSteps", code: code(...RUNTIME, `export const go = (t: string) => runAgent(t, { maxSteps: 8 });`) },
    {
      name: "a runtime whose maxSteps has a default",
      code: code(
        ...OPENAI,
        `async function runAgent(task: string, { maxSteps = 10 }: { maxSteps?: number } = {}) {`,
        `  const messages: any[] = [{ role: "user", content: task }];`,
        `  for (let step = 0; step < maxSteps; step++) {`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
        `export const go = (t: string) => runAgent(t);`,
      ),
    },
    {
      name: "a runtime with opts.maxSteps ?? 20",
      code: code(...RUNTIME.map((l) => l.replace("?? Infinity", "?? 20")), `export const go = (t: string) => runAgent(t);`),
    },
    {
      name: "a runtime whose loop condition compares an unset maxSteps (step < undefined never runs the loop)",
      code: code(...RUNTIME.map((l) => l.replace(" ?? Infinity", "")), `export const go = (t: string) => runAgent(t);`),
    },
    { name: "a runtime with an exit check on maxSteps, run with it", code: code(...EXIT_CHECK_RUNTIME, `export const go = (t: string) => runAgent(t, { maxSteps: 8 });`) },
    { name: "a runtime run with options we cannot see", code: code(...RUNTIME, `export const go = (t: string, o: any) => runAgent(t, o);`) },
    {
      name: "a loop on the stop reason with a step cap",
      code: code(
        ...OPENAI,
        `export async function loop() {`,
        `  for (let i = 0; i < MAX_STEPS; i++) {`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: nextMessages(), tools });`,
        `    if (r.choices[0].finish_reason !== "tool_calls") break;`,
        `  }`,
        `}`,
      ),
    },
    // --- capped hand-written loops ---
    {
      name: "for loop with a bound",
      code: code(
        ...OPENAI,
        `async function agent(messages) {`,
        `  for (let i = 0; i < 10; i++) {`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `    if (!res.choices[0].message.tool_calls) break;`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "while (turns < 5) with turns++",
      code: code(
        ...OPENAI,
        `async function agent(messages) {`,
        `  let turns = 0;`,
        `  while (turns < 5) {`,
        `    turns++;`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "if (++steps > MAX) break",
      code: code(
        ...OPENAI,
        `const MAX = 8;`,
        `async function agent(messages) {`,
        `  let steps = 0;`,
        `  while (true) {`,
        `    if (++steps > MAX) break;`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "for (;;) with if (steps++ >= 10) throw",
      code: code(
        `import Anthropic from "@anthropic-ai/sdk";`,
        `const anthropic = new Anthropic();`,
        `async function agent(messages) {`,
        `  let steps = 0;`,
        `  for (;;) {`,
        `    if (steps++ >= 10) throw new Error("too many steps");`,
        `    const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });`,
        `    messages.push({ role: "assistant", content: res.content });`,
        `    if (res.stop_reason !== "tool_use") return res;`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "time budget checked in the body",
      code: code(
        ...OPENAI,
        `async function agent(messages) {`,
        `  const start = Date.now();`,
        `  while (true) {`,
        `    if (Date.now() - start > 60_000) throw new Error("budget");`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "time budget in the loop condition",
      code: code(
        ...OPENAI,
        `async function agent(messages, deadline: number) {`,
        `  while (Date.now() < deadline) {`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "the length of the growing conversation is a counter",
      code: code(
        ...OPENAI,
        `async function agent(messages) {`,
        `  while (true) {`,
        `    if (messages.length > 40) break;`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "while (messages.length < 50)",
      code: code(
        ...OPENAI,
        `async function agent(messages) {`,
        `  while (messages.length < 50) {`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "for (let step = 0; ; step++) with if (step >= MAX) break",
      code: code(
        ...OPENAI,
        `const MAX = 10;`,
        `async function agent(messages) {`,
        `  for (let step = 0; ; step++) {`,
        `    if (step >= MAX) break;`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "a field counter: if (++this.steps > 10) throw",
      code: code(
        `import OpenAI from "openai";`,
        `class A {`,
        `  client = new OpenAI();`,
        `  steps = 0;`,
        `  messages = [];`,
        `  async run() {`,
        `    while (true) {`,
        `      if (++this.steps > 10) throw new Error("cap");`,
        `      const r = await this.client.chat.completions.create({ model: "gpt-4o", messages: this.messages });`,
        `      this.messages.push(r.choices[0].message);`,
        `    }`,
        `  }`,
        `}`,
      ),
    },
    // --- not agent loops ---
    {
      name: "chat REPL reading a person with rl.question",
      code: code(
        ...OPENAI,
        `import readline from "node:readline/promises";`,
        `const rl = readline.createInterface({ input: process.stdin, output: process.stdout });`,
        `async function chat() {`,
        `  const messages = [];`,
        `  while (true) {`,
        `    const q = await rl.question("> ");`,
        `    messages.push({ role: "user", content: q });`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "chat REPL with @inquirer/prompts input()",
      code: code(
        ...OPENAI,
        `import { input } from "@inquirer/prompts";`,
        `async function chat() {`,
        `  const messages = [];`,
        `  while (true) {`,
        `    const q = await input({ message: ">" });`,
        `    messages.push({ role: "user", content: q });`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    messages.push(r.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "worker loop that does not feed results back",
      code: code(
        ...OPENAI,
        `async function worker() {`,
        `  while (true) {`,
        `    const job = await queue.next();`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] });`,
        `    await save(job.id, res);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "worker loop that logs results it never sends back",
      code: code(
        ...OPENAI,
        `async function worker(state) {`,
        `  while (true) {`,
        `    const job = await queue.next();`,
        `    const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] });`,
        `    state.log.push(r.id);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "worker loop that reassigns its input from a queue",
      code: code(
        ...OPENAI,
        `async function worker() {`,
        `  let job = await queue.next();`,
        `  while (job) {`,
        `    await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] });`,
        `    job = await queue.next();`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "pagination: the cursor comes from the data source, not the model",
      code: code(
        ...OPENAI,
        `async function summarizeAll() {`,
        `  let cursor = await firstPage();`,
        `  while (cursor) {`,
        `    const page = await fetchPage(cursor);`,
        `    await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: page.text }] });`,
        `    cursor = page.next;`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "worker loop around a capped agent whose messages are fresh each task",
      code: code(
        ...OPENAI,
        `async function worker() {`,
        `  while (true) {`,
        `    const task = await queue.pop();`,
        `    const messages = [{ role: "user", content: task }];`,
        `    for (let i = 0; i < 10; i++) {`,
        `      const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `      messages.push(r.choices[0].message);`,
        `      if (!r.choices[0].message.tool_calls) break;`,
        `    }`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "for-of over a finite list",
      code: code(
        ...OPENAI,
        `async function f(items, messages) {`,
        `  for (const item of items) {`,
        `    const res = await client.chat.completions.create({ model: "gpt-4o", messages: [...messages, item] });`,
        `    messages.push(res.choices[0].message);`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "retry loop (no-unbounded-retry's business)",
      code: code(
        ...OPENAI,
        `async function f(messages) {`,
        `  while (true) {`,
        `    try {`,
        `      return await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `    } catch (e) {`,
        `      await sleep(1000);`,
        `    }`,
        `  }`,
        `}`,
      ),
    },
    {
      name: "look-alike that is not an LLM (twilio messages.create)",
      code: code(
        `import twilio from "twilio";`,
        `const t = twilio();`,
        `async function f(log) {`,
        `  while (true) {`,
        `    const m = await t.messages.create({ body: log.join(), to: "+1" });`,
        `    log.push(m.sid);`,
        `  }`,
        `}`,
      ),
    },
    // --- capped or bounded recursion ---
    {
      name: "recursion with a checked depth parameter",
      code: code(
        ...OPENAI,
        `async function runAgent(messages, depth = 0) {`,
        `  if (depth >= 10) throw new Error("too deep");`,
        `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  const msg = res.choices[0].message;`,
        `  messages.push(msg);`,
        `  if (!msg.tool_calls) return msg.content;`,
        `  return runAgent(messages, depth + 1);`,
        `}`,
      ),
    },
    {
      name: "recursion guarded by a conditional on the step",
      code: code(
        ...OPENAI,
        `const MAX_STEPS = 10;`,
        `async function runAgent(messages, step) {`,
        `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  messages.push(res.choices[0].message);`,
        `  return step < MAX_STEPS ? runAgent(messages, step + 1) : res;`,
        `}`,
      ),
    },
    {
      name: "recursion with depth === MAX",
      code: code(
        ...OPENAI,
        `const MAX = 8;`,
        `async function runAgent(messages, depth = 0) {`,
        `  if (depth === MAX) return null;`,
        `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  messages.push(res.choices[0].message);`,
        `  return runAgent(messages, depth + 1);`,
        `}`,
      ),
    },
    {
      name: "recursion with a deadline",
      code: code(
        ...OPENAI,
        `async function runAgent(messages, deadline) {`,
        `  if (Date.now() > deadline) return;`,
        `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  messages.push(res.choices[0].message);`,
        `  return runAgent(messages, deadline);`,
        `}`,
      ),
    },
    {
      name: "recursion over the parts of its input (a tree) is bounded by the input",
      code: code(
        ...OPENAI,
        `async function summarize(node) {`,
        `  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: node.text }] });`,
        `  for (const child of node.children) await summarize(child);`,
        `  return r;`,
        `}`,
      ),
    },
    {
      name: "retry recursion from a catch (no-unbounded-retry's business)",
      code: code(
        ...OPENAI,
        `async function ask(messages) {`,
        `  try {`,
        `    return await client.chat.completions.create({ model: "gpt-4o", messages });`,
        `  } catch {`,
        `    return ask(messages);`,
        `  }`,
        `}`,
      ),
    },
    // The same request until the reply validates: a regeneration (no-unbounded-retry's), nothing fed back.
    { name: "regenerate until valid (no-unbounded-retry's)", code: untilValid },
    // --- framework agents within the cap ---
    code(`import { generateText, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: stepCountIs(10) });`),
    { name: "stepCountIs at the limit", code: code(`import { generateText, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: stepCountIs(25) });`) },
    code(`import { generateText, hasToolCall, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: [hasToolCall("done"), stepCountIs(5)] });`),
    { name: "AI SDK default: one step", code: code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", tools });`) },
    code(`import { streamText } from "ai";`, `streamText({ model, prompt: "x", tools, maxSteps: 5 });`),
    { name: "custom stopWhen may count steps", code: code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", tools, stopWhen: ({ steps }) => steps.length > 8 });`) },
    { name: "options we cannot see", code: code(`import { generateText } from "ai";`, `await generateText(options);`) },
    { name: "ToolLoopAgent default 20 steps", code: code(`import { ToolLoopAgent } from "ai";`, `const agent = new ToolLoopAgent({ model, tools });`) },
    code(`import { ToolLoopAgent, stepCountIs } from "ai";`, `const agent = new ToolLoopAgent({ model, tools, stopWhen: stepCountIs(15) });`),
    { name: "AgentExecutor default 15", code: executorDefault },
    code(`import { AgentExecutor } from "langchain/agents";`, `const ex = new AgentExecutor({ agent, tools, maxIterations: 10 });`),
    { name: "LangGraph default recursionLimit 25", code: graphDefault },
    { name: "recursionLimit 50 is about 25 model calls", code: code(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools });`, `await agent.invoke({ messages: [] }, { recursionLimit: 50 });`) },
    { name: "LangGraph config we cannot see", code: code(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools });`, `await agent.invoke({ messages: [] }, config);`) },
    { name: "@openai/agents default maxTurns 10", code: code(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a" });`, `await run(agent, "hi");`) },
    code(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a" });`, `await run(agent, "hi", { maxTurns: 25 });`),
    code(`import { Runner } from "@openai/agents";`, `const runner = new Runner();`, `await runner.run(agent, "hi", { maxTurns: 5 });`),
    code(`import Anthropic from "@anthropic-ai/sdk";`, `const client = new Anthropic();`, `client.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [], tools, max_iterations: 5 });`),
    { name: "toolRunner params we cannot see", code: code(`import Anthropic from "@anthropic-ai/sdk";`, `const client = new Anthropic();`, `client.beta.messages.toolRunner(params);`) },
    { name: "runTools default 10", code: code(...OPENAI, `client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools });`) },
    code(...OPENAI, `client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools }, { maxChatCompletions: 20 });`),
    { name: "no tools: one step whatever stopWhen says", code: code(`import { generateText, stepCountIs } from "ai";`, `await generateText({ model, prompt: "x", stopWhen: stepCountIs(100) });`) },
    { name: "a step count in a spread const", code: code(`import { generateText, stepCountIs } from "ai";`, `const loop = { tools, stopWhen: stepCountIs(8) };`, `await generateText({ model, prompt: "x", ...loop });`) },
    { name: "options spread from something unknown", code: code(`import { run } from "@openai/agents";`, `export const go = (agent, opts) => run(agent, "hi", { ...opts });`) },
    // --- options ---
    { name: "maxIterations 50 allows stepCountIs(40)", code: toolLoopAgent40, options: [{ maxIterations: 50 }] },
    { name: "maxIterations 100 allows recursionLimit 200", code: graphStream200, options: [{ maxIterations: 100 }] },
  ],
  invalid: [
    // --- agent runtimes of the project ---
    {
      name: "a runtime (opts.maxSteps ?? Infinity) run without options",
      code: runtimeNoOptions,
      errors: [{ messageId: "runtimeUncapped", data: { name: "runAgent", why: "maxSteps is not passed and has no default", cap: "maxSteps" }, ...at(runtimeNoOptions, "runAgent(t)"), suggestions: [] }],
    },
    {
      name: "a runtime run with options that leave maxSteps out",
      code: runtimeOtherOptions,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "runAgent", why: "maxSteps is not set and has no default", cap: "maxSteps" },
          ...at(runtimeOtherOptions, `runAgent(t, { model: "gpt-4o-mini" })`),
          suggestions: [{ messageId: "addCap", data: { text: "maxSteps: 10" }, output: edit(runtimeOtherOptions, `{ model: "gpt-4o-mini" }`, `{ model: "gpt-4o-mini", maxSteps: 10 }`) }],
        },
      ],
    },
    {
      name: "a runtime run with maxSteps: Infinity",
      code: runtimeInfinity,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "runAgent", why: "maxSteps: Infinity", cap: "maxSteps" },
          ...at(runtimeInfinity, `runAgent(t, { maxSteps: Infinity })`),
          suggestions: [{ messageId: "setCap", data: { text: "maxSteps: 10" }, output: edit(runtimeInfinity, `{ maxSteps: Infinity }`, `{ maxSteps: 10 }`) }],
        },
      ],
    },
    {
      name: "a runtime with an optional positional maxSteps, run without it",
      code: positionalRuntime,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "runAgent", why: "maxSteps is not passed and has no default", cap: "maxSteps" },
          ...at(positionalRuntime, "runAgent(t)"),
          suggestions: [{ messageId: "addCap", data: { text: "10" }, output: edit(positionalRuntime, "runAgent(t)", "runAgent(t, 10)") }],
        },
      ],
    },
    {
      name: "a runtime whose exit check reads an unset maxSteps (steps >= undefined never breaks)",
      code: exitCheckRuntime,
      errors: [{ messageId: "runtimeUncapped", data: { name: "runAgent", why: "maxSteps is not passed and has no default", cap: "maxSteps" }, ...at(exitCheckRuntime, "runAgent(t)"), suggestions: [] }],
    },
    { name: "a loop that exits on the model's finish_reason", code: stopReasonLoop, errors: [{ messageId: "loopUncapped", ...at(stopReasonLoop, "while") }] },
    // --- hand-written loops ---
    { code: whileTrueAgent, errors: [{ messageId: "loopUncapped", ...at(whileTrueAgent, "while") }] },
    { code: forEverAnthropic, errors: [{ messageId: "loopUncapped", ...keywordAt(forEverAnthropic, "for (;;)") }] },
    { code: whileFlag, errors: [{ messageId: "loopUncapped", ...at(whileFlag, "while") }] },
    { code: doWhile, errors: [{ messageId: "loopUncapped", line: 5, column: 3, endLine: 5, endColumn: 5 }] },
    { code: counterNeverIncremented, errors: [{ messageId: "loopUncapped", ...at(counterNeverIncremented, "while") }] },
    { code: viaLocalHelper, errors: [{ messageId: "loopUncapped", ...at(viaLocalHelper, "while") }] },
    { code: viaThisMethod, errors: [{ messageId: "loopUncapped", ...at(viaThisMethod, "while") }] },
    { code: aiSdkLoop, errors: [{ messageId: "loopUncapped", ...at(aiSdkLoop, "while") }] },
    { code: langchainLoop, errors: [{ messageId: "loopUncapped", ...at(langchainLoop, "while") }] },
    { code: googleLoop, errors: [{ messageId: "loopUncapped", ...at(googleLoop, "while") }] },
    { code: responsesLoop, errors: [{ messageId: "loopUncapped", ...at(responsesLoop, "while") }] },
    { code: agentsRunLoop, errors: [{ messageId: "loopUncapped", ...at(agentsRunLoop, "while") }] },
    { code: innerUncappedInCappedOuter, errors: [{ messageId: "loopUncapped", ...at(innerUncappedInCappedOuter, "while") }] },
    { code: readsAFileNotAPerson, errors: [{ messageId: "loopUncapped", ...at(readsAFileNotAPerson, "while") }] },
    { name: "a retry wrapper inside the agent loop", code: retryWrappedAgent, errors: [{ messageId: "loopUncapped", ...at(retryWrappedAgent, "while") }] },
    { name: "a check of something the loop never changes is not a cap", code: checkOfAConstant, errors: [{ messageId: "loopUncapped", ...at(checkOfAConstant, "while") }] },
    { name: "a conversation in a state object", code: stateObjectAgent, errors: [{ messageId: "loopUncapped", ...at(stateObjectAgent, "while") }] },
    { name: "a conversation in this.state", code: thisStateAgent, errors: [{ messageId: "loopUncapped", ...keywordAt(thisStateAgent, "for (;;)") }] },
    { name: "a class field conversation", code: classFieldLoop, errors: [{ messageId: "loopUncapped", ...at(classFieldLoop, "while") }] },
    { name: "a streaming agent loop (for await over the stream is not user input)", code: streamingAgent, errors: [{ messageId: "loopUncapped", ...at(streamingAgent, "while") }] },
    { name: "an uncapped agent loop inside a chat REPL", code: agentInsideRepl, errors: [{ messageId: "loopUncapped", ...at(agentInsideRepl, "while", 1) }] },
    // --- recursion ---
    { code: recursion, errors: [{ messageId: "recursionUncapped", data: { name: "runAgent" }, ...at(recursion, "runAgent(messages)", 1) }] },
    { code: recursionSpread, errors: [{ messageId: "recursionUncapped", data: { name: "runAgent" }, ...at(recursionSpread, "runAgent([...messages, msg, ...results])") }] },
    { code: recursionThis, errors: [{ messageId: "recursionUncapped", data: { name: "run" }, ...at(recursionThis, "run()", 1) }] },
    { code: recursionDepthUnchecked, errors: [{ messageId: "recursionUncapped", ...at(recursionDepthUnchecked, "runAgent(messages, depth + 1)") }] },
    { code: recursionComparisonDoesNotStop, errors: [{ messageId: "recursionUncapped", ...at(recursionComparisonDoesNotStop, "runAgent(messages)", 1) }] },
    {
      name: "a state check (status === \"done\") is not a depth limit",
      code: recursionStateCheck,
      errors: [{ messageId: "recursionUncapped", data: { name: "runAgent" }, ...at(recursionStateCheck, `runAgent(messages, res.choices[0].finish_reason === "stop" ? "done" : "running")`) }],
    },
    { name: "recursion of a const arrow function", code: arrowRecursion, errors: [{ messageId: "recursionUncapped", data: { name: "runAgent" }, ...at(arrowRecursion, "runAgent(messages)") }] },
    // --- AI SDK ---
    {
      code: aiStepCount50,
      errors: [
        {
          ...tooHigh("generateText()", 50, "stepCountIs(50)", "Use stopWhen: stepCountIs(10)."),
          ...at(aiStepCount50, "stopWhen: stepCountIs(50)"),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(10)" }, output: edit(aiStepCount50, "stepCountIs(50)", "stepCountIs(10)") }],
        },
      ],
    },
    {
      name: "AI SDK v7 isStepCount",
      code: aiIsStepCount30,
      errors: [
        {
          ...tooHigh("streamText()", 30, "isStepCount(30)", "Use stopWhen: isStepCount(10)."),
          ...at(aiIsStepCount30, "stopWhen: isStepCount(30)"),
          suggestions: [{ messageId: "setCap", data: { text: "isStepCount(10)" }, output: edit(aiIsStepCount30, "isStepCount(30)", "isStepCount(10)") }],
        },
      ],
    },
    {
      name: "hasToolCall alone is uncapped (stepCountIs imported: suggestion)",
      code: aiHasToolCallImported,
      errors: [
        {
          ...uncapped("generateText()", "stopWhen has no step count", "Add stepCountIs(10) to stopWhen."),
          ...at(aiHasToolCallImported, `stopWhen: hasToolCall("done")`),
          suggestions: [
            {
              messageId: "addCap",
              data: { text: "stepCountIs(10)" },
              output: edit(aiHasToolCallImported, `stopWhen: hasToolCall("done")`, `stopWhen: [hasToolCall("done"), stepCountIs(10)]`),
            },
          ],
        },
      ],
    },
    {
      name: "an array of hasToolCall conditions is uncapped",
      code: aiHasToolCallArray,
      errors: [
        {
          ...uncapped("generateText()", "stopWhen has no step count", "Add stepCountIs(10) to stopWhen."),
          ...at(aiHasToolCallArray, `stopWhen: [hasToolCall("done"), hasToolCall("fail")]`),
          suggestions: [{ messageId: "addCap", data: { text: "stepCountIs(10)" }, output: edit(aiHasToolCallArray, `hasToolCall("fail")]`, `hasToolCall("fail"), stepCountIs(10)]`) }],
        },
      ],
    },
    {
      name: "hasToolCall alone, stepCountIs not imported: no suggestion",
      code: aiHasToolCallNotImported,
      errors: [
        {
          ...uncapped("generateText()", "stopWhen has no step count", "Add stepCountIs(10) to stopWhen."),
          ...at(aiHasToolCallNotImported, `stopWhen: hasToolCall("done")`),
          suggestions: [],
        },
      ],
    },
    {
      name: "arrays stop at the first condition met: stepCountIs(100) is the cap",
      code: aiArray100,
      errors: [
        {
          ...tooHigh("generateText()", 100, "stepCountIs(100)", "Use stopWhen: stepCountIs(10)."),
          ...at(aiArray100, `stopWhen: [hasToolCall("done"), stepCountIs(100)]`),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(10)" }, output: edit(aiArray100, "stepCountIs(100)", "stepCountIs(10)") }],
        },
      ],
    },
    {
      name: "AI SDK v4 maxSteps",
      code: aiMaxSteps40,
      errors: [
        {
          ...tooHigh("generateText()", 40, "maxSteps: 40", "Set maxSteps: 10 or lower."),
          ...at(aiMaxSteps40, "maxSteps: 40"),
          suggestions: [{ messageId: "setCap", data: { text: "maxSteps: 10" }, output: edit(aiMaxSteps40, "maxSteps: 40", "maxSteps: 10") }],
        },
      ],
    },
    {
      code: aiMaxStepsInfinity,
      errors: [
        {
          ...uncapped("generateText()", "maxSteps: Infinity", "Set maxSteps: 10 or lower."),
          ...at(aiMaxStepsInfinity, "maxSteps: Infinity"),
          suggestions: [{ messageId: "setCap", data: { text: "maxSteps: 10" }, output: edit(aiMaxStepsInfinity, "maxSteps: Infinity", "maxSteps: 10") }],
        },
      ],
    },
    {
      name: "step counts in a const array",
      code: aiConstArray,
      errors: [
        {
          ...tooHigh("generateText()", 40, "stepCountIs(40)", "Use stopWhen: stepCountIs(10)."),
          ...at(aiConstArray, "stopWhen: stop"),
          suggestions: [],
        },
      ],
    },
    {
      name: "maxTurns in a spread const",
      code: agentsSpread,
      errors: [
        {
          ...tooHigh("run()", 60, "maxTurns: 60", "Set maxTurns: 10 or lower."),
          ...at(agentsSpread, "maxTurns: 60"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 10" }, output: edit(agentsSpread, "maxTurns: 60", "maxTurns: 10") }],
        },
      ],
    },
    {
      name: "step count through a const",
      code: aiStepCountConst,
      errors: [
        {
          ...tooHigh("generateText()", 60, "stepCountIs(60)", "Use stopWhen: stepCountIs(10)."),
          ...at(aiStepCountConst, "stopWhen: stepCountIs(MAX_STEPS)"),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(10)" }, output: edit(aiStepCountConst, "stepCountIs(MAX_STEPS)", "stepCountIs(10)") }],
        },
      ],
    },
    {
      code: toolLoopAgent40,
      errors: [
        {
          ...tooHigh("new ToolLoopAgent()", 40, "stepCountIs(40)", "Use stopWhen: stepCountIs(10)."),
          ...at(toolLoopAgent40, "stopWhen: stepCountIs(40)"),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(10)" }, output: edit(toolLoopAgent40, "stepCountIs(40)", "stepCountIs(10)") }],
        },
      ],
    },
    {
      code: toolLoopAgentHasToolCall,
      errors: [
        {
          ...uncapped("new ToolLoopAgent()", "stopWhen has no step count", "Add stepCountIs(10) to stopWhen."),
          ...at(toolLoopAgentHasToolCall, `stopWhen: hasToolCall("finish")`),
          suggestions: [],
        },
      ],
    },
    // --- LangChain / LangGraph ---
    {
      code: executor100,
      errors: [
        {
          ...tooHigh("new AgentExecutor()", 100, "maxIterations: 100", "Set maxIterations: 10 or lower."),
          ...at(executor100, "maxIterations: 100"),
          suggestions: [{ messageId: "setCap", data: { text: "maxIterations: 10" }, output: edit(executor100, "maxIterations: 100", "maxIterations: 10") }],
        },
      ],
    },
    {
      code: executorFrom50,
      errors: [
        {
          ...tooHigh("AgentExecutor.fromAgentAndTools()", 50, "maxIterations: 50", "Set maxIterations: 10 or lower."),
          ...at(executorFrom50, "maxIterations: 50"),
          suggestions: [{ messageId: "setCap", data: { text: "maxIterations: 10" }, output: edit(executorFrom50, "maxIterations: 50", "maxIterations: 10") }],
        },
      ],
    },
    {
      code: executorInfinity,
      errors: [
        {
          ...uncapped("new AgentExecutor()", "maxIterations: Infinity", "Set maxIterations: 10 or lower."),
          ...at(executorInfinity, "maxIterations: Infinity"),
          suggestions: [{ messageId: "setCap", data: { text: "maxIterations: 10" }, output: edit(executorInfinity, "maxIterations: Infinity", "maxIterations: 10") }],
        },
      ],
    },
    {
      name: "recursionLimit 100 is about 50 model calls",
      code: graph100,
      errors: [
        {
          ...tooHigh("agent.invoke()", 50, "recursionLimit: 100", "Set recursionLimit: 20 or lower."),
          ...at(graph100, "recursionLimit: 100"),
          suggestions: [{ messageId: "setCap", data: { text: "recursionLimit: 20" }, output: edit(graph100, "recursionLimit: 100", "recursionLimit: 20") }],
        },
      ],
    },
    {
      name: "langchain createAgent stream with recursionLimit 200",
      code: graphStream200,
      errors: [
        {
          ...tooHigh("agent.stream()", 100, "recursionLimit: 200", "Set recursionLimit: 20 or lower."),
          ...at(graphStream200, "recursionLimit: 200"),
          suggestions: [{ messageId: "setCap", data: { text: "recursionLimit: 20" }, output: edit(graphStream200, "recursionLimit: 200", "recursionLimit: 20") }],
        },
      ],
    },
    // --- @openai/agents ---
    {
      name: "maxTurns: null disables the cap",
      code: agentsNull,
      errors: [
        {
          ...uncapped("run()", "maxTurns: null disables the cap", "Set maxTurns: 10 or lower."),
          ...at(agentsNull, "maxTurns: null"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 10" }, output: edit(agentsNull, "maxTurns: null", "maxTurns: 10") }],
        },
      ],
    },
    {
      code: agents100,
      errors: [
        {
          ...tooHigh("run()", 100, "maxTurns: 100", "Set maxTurns: 10 or lower."),
          ...at(agents100, "maxTurns: 100"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 10" }, output: edit(agents100, "maxTurns: 100", "maxTurns: 10") }],
        },
      ],
    },
    {
      code: runner30,
      errors: [
        {
          ...tooHigh("runner.run()", 30, "maxTurns: 30", "Set maxTurns: 10 or lower."),
          ...at(runner30, "maxTurns: 30"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 10" }, output: edit(runner30, "maxTurns: 30", "maxTurns: 10") }],
        },
      ],
    },
    // --- Anthropic toolRunner: no default ---
    {
      code: toolRunnerNoMax,
      errors: [
        {
          ...uncapped("client.beta.messages.toolRunner()", "max_iterations is not set and has no default", "Set max_iterations: 10 or lower."),
          ...at(toolRunnerNoMax, "toolRunner"),
          suggestions: [{ messageId: "addCap", data: { text: "max_iterations: 10" }, output: edit(toolRunnerNoMax, "tools });", "tools, max_iterations: 10 });") }],
        },
      ],
    },
    {
      name: "toolRunner with a multi-line object",
      code: toolRunnerMultiline,
      errors: [
        {
          ...uncapped("client.beta.messages.toolRunner()", "max_iterations is not set and has no default", "Set max_iterations: 10 or lower."),
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 47,
          suggestions: [{ messageId: "addCap", data: { text: "max_iterations: 10" }, output: edit(toolRunnerMultiline, "  tools,\n", "  tools,\n  max_iterations: 10,\n") }],
        },
      ],
    },
    {
      code: toolRunner50,
      errors: [
        {
          ...tooHigh("client.beta.messages.toolRunner()", 50, "max_iterations: 50", "Set max_iterations: 10 or lower."),
          ...at(toolRunner50, "max_iterations: 50"),
          suggestions: [{ messageId: "setCap", data: { text: "max_iterations: 10" }, output: edit(toolRunner50, "max_iterations: 50", "max_iterations: 10") }],
        },
      ],
    },
    // --- openai runTools ---
    {
      code: runTools50,
      errors: [
        {
          ...tooHigh("client.beta.chat.completions.runTools()", 50, "maxChatCompletions: 50", "Set maxChatCompletions: 10 or lower."),
          ...at(runTools50, "maxChatCompletions: 50"),
          suggestions: [{ messageId: "setCap", data: { text: "maxChatCompletions: 10" }, output: edit(runTools50, "maxChatCompletions: 50", "maxChatCompletions: 10") }],
        },
      ],
    },
    {
      code: runToolsInfinity,
      errors: [
        {
          ...uncapped("client.chat.completions.runTools()", "maxChatCompletions: Infinity", "Set maxChatCompletions: 10 or lower."),
          ...at(runToolsInfinity, "maxChatCompletions: Infinity"),
          suggestions: [
            { messageId: "setCap", data: { text: "maxChatCompletions: 10" }, output: edit(runToolsInfinity, "maxChatCompletions: Infinity", "maxChatCompletions: 10") },
          ],
        },
      ],
    },
    // --- options: maxIterations ---
    {
      name: "maxIterations 10: ToolLoopAgent's default of 20 steps is too high",
      code: toolLoopAgentDefault,
      options: [{ maxIterations: 10 }],
      errors: [
        {
          ...tooHigh("new ToolLoopAgent()", 20, "default of 20 steps", "Use stopWhen: stepCountIs(10).", 10),
          ...at(toolLoopAgentDefault, "new ToolLoopAgent"),
          suggestions: [
            { messageId: "addCap", data: { text: "stopWhen: stepCountIs(10)" }, output: edit(toolLoopAgentDefault, "tools });", "tools, stopWhen: stepCountIs(10) });") },
          ],
        },
      ],
    },
    {
      name: "maxIterations 10: Experimental_Agent default, nothing imported to suggest",
      code: toolLoopAgentDefaultNoImport,
      options: [{ maxIterations: 10 }],
      errors: [
        {
          ...tooHigh("new Agent()", 20, "default of 20 steps", "Use stopWhen: stepCountIs(10).", 10),
          ...at(toolLoopAgentDefaultNoImport, "new Agent"),
          suggestions: [],
        },
      ],
    },
    {
      name: "maxIterations 10: AgentExecutor's default of 15",
      code: executorDefault,
      options: [{ maxIterations: 10 }],
      errors: [
        {
          ...tooHigh("new AgentExecutor()", 15, "default maxIterations 15", "Set maxIterations: 10 or lower.", 10),
          ...at(executorDefault, "new AgentExecutor"),
          suggestions: [],
        },
      ],
    },
    {
      name: "maxIterations 10: LangGraph's default recursionLimit 25 is about 13 model calls",
      code: graphDefault,
      options: [{ maxIterations: 10 }],
      errors: [
        {
          ...tooHigh("agent.invoke()", 13, "default recursionLimit 25", "Set recursionLimit: 20 or lower.", 10),
          ...at(graphDefault, "invoke"),
          suggestions: [],
        },
      ],
    },
    {
      name: "maxIterations 10: recursionLimit 40 is about 20 model calls",
      code: graph40,
      options: [{ maxIterations: 10 }],
      errors: [
        {
          ...tooHigh("agent.invoke()", 20, "recursionLimit: 40", "Set recursionLimit: 20 or lower.", 10),
          ...at(graph40, "recursionLimit: 40"),
          suggestions: [{ messageId: "setCap", data: { text: "recursionLimit: 20" }, output: edit(graph40, "recursionLimit: 40", "recursionLimit: 20") }],
        },
      ],
    },
    {
      name: "maxIterations 5: the suggested maxTurns follows the option",
      code: agents100,
      options: [{ maxIterations: 5 }],
      errors: [
        {
          ...tooHigh("run()", 100, "maxTurns: 100", "Set maxTurns: 5 or lower.", 5),
          ...at(agents100, "maxTurns: 100"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 5" }, output: edit(agents100, "maxTurns: 100", "maxTurns: 5") }],
        },
      ],
    },
    {
      name: "maxIterations 5: the suggested step count follows the option",
      code: aiStepCount50,
      options: [{ maxIterations: 5 }],
      errors: [
        {
          ...tooHigh("generateText()", 50, "stepCountIs(50)", "Use stopWhen: stepCountIs(5).", 5),
          ...at(aiStepCount50, "stopWhen: stepCountIs(50)"),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(5)" }, output: edit(aiStepCount50, "stepCountIs(50)", "stepCountIs(5)") }],
        },
      ],
    },
    {
      name: "maxIterations 5: the suggested recursionLimit is twice the calls",
      code: graph40,
      options: [{ maxIterations: 5 }],
      errors: [
        {
          ...tooHigh("agent.invoke()", 20, "recursionLimit: 40", "Set recursionLimit: 10 or lower.", 5),
          ...at(graph40, "recursionLimit: 40"),
          suggestions: [{ messageId: "setCap", data: { text: "recursionLimit: 10" }, output: edit(graph40, "recursionLimit: 40", "recursionLimit: 10") }],
        },
      ],
    },
  ],
});

// --- Mastra and Genkit agent loops: a step cap per run (default 5 in both) ---
const MASTRA = `import { Agent } from "@mastra/core/agent";\nconst agent = new Agent({ name: "a", instructions: "i", model });`;
const GENKIT = `import { genkit } from "genkit";\nconst ai = genkit({ plugins: [] });`;
const mastra40 = code(MASTRA, `await agent.generate("hi", { maxSteps: 40 });`);
const genkit99 = code(GENKIT, `await ai.generate({ prompt: "hi", tools: [lookup], maxTurns: 99 });`);

const claudeNoCap = `import { query } from "@anthropic-ai/claude-agent-sdk";\nfor await (const m of query({ prompt: "p", options: { model: "claude-sonnet-4-5" } })) console.log(m);`;
const claudeBare = `import { query } from "@anthropic-ai/claude-agent-sdk";\nfor await (const m of query({ prompt: "p" })) console.log(m);`;

ruleTester.run("require-iteration-cap (Mastra, Genkit)", eslintRule("require-iteration-cap"), {
  valid: [
    // the defaults (5) are within the limit
    code(MASTRA, `await agent.generate("hi");`),
    code(MASTRA, `await agent.stream([{ role: "user", content: "hi" }], { maxSteps: 8 });`),
    code(GENKIT, `await ai.generate({ prompt: "hi", tools: [lookup] });`),
    // a Mastra 0.x agent network: 10 routing steps per agent by default (finite), or an agent list it cannot count
    code(`import { AgentNetwork } from "@mastra/core/network";`, `const network = new AgentNetwork({ name: "n", agents: [a, b], model, instructions: "i" });`, `await network.generate("hi");`),
    code(`import { AgentNetwork } from "@mastra/core/network";`, `const network = new AgentNetwork({ name: "n", agents, model, instructions: "i" });`, `await network.stream("hi");`),
    // the Claude Agent SDK: maxTurns within the limit, or a budget in USD (a budget is a cap)
    code(`import { query } from "@anthropic-ai/claude-agent-sdk";`, `for await (const m of query({ prompt: "p", options: { maxTurns: 8 } })) console.log(m);`),
    code(`import { query } from "@anthropic-ai/claude-agent-sdk";`, `for await (const m of query({ prompt: "p", options: { maxBudgetUsd: 2 } })) console.log(m);`),
    code(GENKIT, `await ai.generate("hi");`),
    // an app's own generate()
    code(`const agent = { generate: async (p: string, o: object) => [p, o] };`, `await agent.generate("hi", { maxSteps: 400 });`),
  ],
  invalid: [
    {
      code: mastra40,
      errors: [
        {
          ...tooHigh("agent.generate()", 40, "maxSteps: 40", "Set maxSteps: 10 or lower."),
          ...at(mastra40, "maxSteps: 40"),
          suggestions: [{ messageId: "setCap", data: { text: "maxSteps: 10" }, output: edit(mastra40, "maxSteps: 40", "maxSteps: 10") }],
        },
      ],
    },
    {
      code: genkit99,
      errors: [
        {
          ...tooHigh("ai.generate()", 99, "maxTurns: 99", "Set maxTurns: 10 or lower."),
          ...at(genkit99, "maxTurns: 99"),
          suggestions: [{ messageId: "setCap", data: { text: "maxTurns: 10" }, output: edit(genkit99, "maxTurns: 99", "maxTurns: 10") }],
        },
      ],
    },
    // The Claude Agent SDK: no maxTurns and no budget; the suggestion adds the key inside options.
    {
      code: claudeNoCap,
      errors: [
        {
          ...uncapped("query()", "options.maxTurns is not set and has no default", "Set options.maxTurns: 10 or lower."),
          ...at(claudeNoCap, "query", 1),
          suggestions: [
            {
              messageId: "addCap",
              data: { text: "options.maxTurns: 10" },
              output: claudeNoCap.replace('options: { model: "claude-sonnet-4-5" }', 'options: { model: "claude-sonnet-4-5", maxTurns: 10 }'),
            },
          ],
        },
      ],
    },
    // No options at all: the suggestion adds options with the cap.
    {
      code: claudeBare,
      errors: [
        {
          ...uncapped("query()", "options.maxTurns is not set and has no default", "Set options.maxTurns: 10 or lower."),
          ...at(claudeBare, "query", 1),
          suggestions: [{ messageId: "addCap", data: { text: "options.maxTurns: 10" }, output: claudeBare.replace('{ prompt: "p" }', '{ prompt: "p", options: { maxTurns: 10 } }') }],
        },
      ],
    },
  ],
});

// --- LlamaIndex.TS workflow agents: no step option at all, only a timeout ---
const LI_AGENT = [`import { OpenAI } from "@llamaindex/openai";`, `import { agent } from "@llamaindex/workflow";`, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 100 });`];
const liRun = code(...LI_AGENT, `const a = agent({ llm, tools: [lookup], timeout: 30 });`, `await a.run("hi");`);

ruleTester.run("require-iteration-cap (LlamaIndex.TS)", eslintRule("require-iteration-cap"), {
  valid: [
    // one LLM call, no agent
    code(...LI_AGENT, `await llm.chat({ messages: [] });`),
    // an app's own agent()
    code(`const agent = (o: object) => ({ run: async (q: string) => [o, q] });`, `await agent({ tools: [] }).run("hi");`),
  ],
  invalid: [
    {
      code: liRun,
      errors: [
        {
          ...uncapped(
            "a.run()",
            "LlamaIndex workflow agents have no step limit, only a timeout",
            "Stop the run yourself after a few tool calls (count them in the tools or the event stream) and keep the timeout short.",
          ),
          ...at(liRun, "run", 0),
          suggestions: [],
        },
      ],
    },
  ],
});

// --- @openrouter/sdk callModel: stopWhen, default stepCountIs(5) ---
const OR_HEAD = [`import { OpenRouter } from "@openrouter/sdk";`, `import { hasToolCall, stepCountIs } from "@openrouter/sdk/lib/stop-conditions.js";`, `const client = new OpenRouter({ apiKey: "k" });`];
const orSteps50 = code(...OR_HEAD, `await client.callModel({ model: "openai/gpt-4o", input: "x", tools, stopWhen: stepCountIs(50) });`);
const orHasToolCall = code(...OR_HEAD, `await client.callModel({ model: "openai/gpt-4o", input: "x", tools, stopWhen: hasToolCall("done") });`);

ruleTester.run("require-iteration-cap (OpenRouter callModel)", eslintRule("require-iteration-cap"), {
  valid: [
    // the default of 5 steps, and one step without tools
    code(...OR_HEAD, `await client.callModel({ model: "openai/gpt-4o", input: "x", tools });`),
    code(...OR_HEAD, `await client.callModel({ model: "openai/gpt-4o", input: "x", stopWhen: hasToolCall("done") });`),
    code(...OR_HEAD, `await client.callModel({ model: "openai/gpt-4o", input: "x", tools, stopWhen: [hasToolCall("done"), stepCountIs(8)] });`),
  ],
  invalid: [
    {
      code: orSteps50,
      errors: [
        {
          ...tooHigh("client.callModel()", 50, "stepCountIs(50)", "Use stopWhen: stepCountIs(10)."),
          ...at(orSteps50, "stopWhen: stepCountIs(50)"),
          suggestions: [{ messageId: "setCap", data: { text: "stepCountIs(10)" }, output: edit(orSteps50, "stepCountIs(50)", "stepCountIs(10)") }],
        },
      ],
    },
    {
      code: orHasToolCall,
      errors: [
        {
          ...uncapped("client.callModel()", "stopWhen has no step count", "Add stepCountIs(10) to stopWhen."),
          ...at(orHasToolCall, `stopWhen: hasToolCall("done")`),
          suggestions: [{ messageId: "addCap", data: { text: "stepCountIs(10)" }, output: edit(orHasToolCall, `hasToolCall("done") })`, `[hasToolCall("done"), stepCountIs(10)] })`) }],
        },
      ],
    },
  ],
});

// --- a person at a terminal prompt decides each round (prompt libraries are data: @clack/prompts, inquirer, ...) ---
const reviewed = (head: string, ask: string) =>
  code(
    ...OPENAI,
    head,
    `async function runAgent(messages) {`,
    `  const res = await client.chat.completions.create({ model: "gpt-4o", messages });`,
    `  const msg = res.choices[0].message;`,
    `  messages.push(msg);`,
    `  const feedback = ${ask};`,
    `  if (feedback === "good") return msg.content;`,
    `  messages.push({ role: "user", content: feedback });`,
    `  return runAgent(messages);`,
    `}`,
  );
ruleTester.run("require-iteration-cap (a person prompted at a terminal each round)", eslintRule("require-iteration-cap"), {
  valid: [
    reviewed(`import { text } from "@clack/prompts";`, `await text({ message: "How does it look?" })`),
    reviewed(`import * as p from "@clack/prompts";`, `await p.text({ message: "How does it look?" })`),
    reviewed(`import { input } from "@inquirer/prompts";`, `await input({ message: "Feedback?" })`),
    reviewed(`import inquirer from "inquirer";`, `(await inquirer.prompt([{ name: "f" }])).f`),
  ],
  invalid: [
    // The same name from the app itself reads no person.
    {
      code: reviewed(`import { text } from "./llm-text";`, `await text(msg.content)`),
      errors: [{ messageId: "recursionUncapped", data: { name: "runAgent" }, ...at(reviewed(`import { text } from "./llm-text";`, `await text(msg.content)`), "runAgent(messages)", 1) }],
    },
  ],
});

/** langchain 0.0.x's executor factories: their result's call/invoke runs the agent with the factory's cap. */
const legacyDefault = code(
  `import { initializeAgentExecutor } from "langchain/agents";`,
  `const executor = await initializeAgentExecutor(tools, model, "zero-shot-react-description", true);`,
  `await executor.call({ input: "q" });`,
);
const legacyOptions = (cap: string) =>
  code(
    `import { initializeAgentExecutorWithOptions } from "langchain/agents";`,
    `const executor = await initializeAgentExecutorWithOptions(tools, model, { agentType: "zero-shot-react-description", ${cap} });`,
    `await executor.invoke({ input: "q" });`,
  );

ruleTester.run("require-iteration-cap (langchain initializeAgentExecutor)", eslintRule("require-iteration-cap"), {
  valid: [
    { name: "initializeAgentExecutor: default maxIterations 15", code: legacyDefault },
    { name: "initializeAgentExecutorWithOptions: maxIterations 5", code: legacyOptions("maxIterations: 5") },
    { name: "initializeAgentExecutorWithOptions: default 15", code: legacyOptions("verbose: true") },
  ],
  invalid: [
    {
      name: "initializeAgentExecutorWithOptions: maxIterations Infinity",
      code: legacyOptions("maxIterations: Infinity"),
      errors: [
        {
          ...uncapped("initializeAgentExecutorWithOptions()", "maxIterations: Infinity", "Set maxIterations: 10 or lower."),
          ...at(legacyOptions("maxIterations: Infinity"), "maxIterations: Infinity"),
          suggestions: [{ messageId: "setCap", data: { text: "maxIterations: 10" }, output: legacyOptions("maxIterations: 10") }],
        },
      ],
    },
  ],
});

/**
 * An agent class of the project that keeps its caller's cap in a field (`this.maxIterations = opts.maxIterations`, no
 * default) and stops its run() loop only there: made without one, its runs are uncapped.
 */
const agentClass = (ctor: string, check: string, use: string[]) =>
  code(
    `import Anthropic from "@anthropic-ai/sdk";`,
    `const anthropic = new Anthropic();`,
    `export class Agent {`,
    `  private maxIterations?: number;`,
    ctor,
    `  async run(messages: Anthropic.MessageParam[]) {`,
    `    for (let i = 0; ; i++) {`,
    `      ${check}`,
    `      const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1000, messages });`,
    `      if (res.stop_reason !== "tool_use") return res;`,
    `      messages.push({ role: "assistant", content: res.content });`,
    `    }`,
    `    return undefined;`,
    `  }`,
    `}`,
    `export async function use(task: Anthropic.MessageParam[], given: Agent) {`,
    ...use.map((line) => `  ${line}`),
    `}`,
  );
const FIELD_FROM_OPTIONS = `  constructor(opts: { maxIterations?: number; model?: string } = {}) { this.maxIterations = opts.maxIterations; }`;
const EXIT_CHECK = `if (this.maxIterations && i >= this.maxIterations) break;`;
const classNoCap = agentClass(FIELD_FROM_OPTIONS, EXIT_CHECK, [`await new Agent().run(task);`]);
const classOtherOptions = agentClass(FIELD_FROM_OPTIONS, EXIT_CHECK, [`const agent = new Agent({ model: "claude-haiku-4-5" });`, `await agent.run(task);`]);
const classInfinity = agentClass(FIELD_FROM_OPTIONS, EXIT_CHECK, [`const agent = new Agent({ maxIterations: Infinity });`, `await agent.run(task);`]);
/** `this.opts.maxSteps` with `opts` a parameter property. */
const classOptsField = code(
  `import OpenAI from "openai";`,
  `const client = new OpenAI();`,
  `export class Runner {`,
  `  constructor(private opts: { maxSteps?: number } = {}) {}`,
  `  async run(messages: OpenAI.ChatCompletionMessageParam[]) {`,
  `    for (let step = 0; step < (this.opts.maxSteps ?? Infinity); step++) {`,
  `      const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages });`,
  `      messages.push(res.choices[0]!.message);`,
  `      if (res.choices[0]!.finish_reason !== "tool_calls") return res;`,
  `    }`,
  `    return undefined;`,
  `  }`,
  `}`,
  `export class Service {`,
  `  private runner = new Runner();`,
  `  async handle() {`,
  `    await this.runner.run([]);`,
  `    await new Runner({ maxSteps: 8 }).run([]);`,
  `  }`,
  `}`,
);

/** A condition that holds whenever the cap is unset: `!maxIterations || i < maxIterations`. */
const unsetSkipsCheck = (guard: string, use: string) =>
  code(
    ...OPENAI,
    `async function runAgent(task: string, opts: { maxIterations?: number } = {}) {`,
    `  const messages: any[] = [{ role: "user", content: task }];`,
    `  for (let i = 0; ${guard}; i++) {`,
    `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools });`,
    `    messages.push(res.choices[0].message);`,
    `    if (res.choices[0].finish_reason !== "tool_calls") return res;`,
    `  }`,
    `}`,
    `export const go = (t: string) => ${use};`,
  );

ruleTester.run("require-iteration-cap (agent classes that keep their caller's cap)", eslintRule("require-iteration-cap"), {
  valid: [
    { name: "!cap || i < cap, run with a cap", code: unsetSkipsCheck("!opts.maxIterations || i < opts.maxIterations", "runAgent(t, { maxIterations: 8 })") },
    { name: "a plain i < cap stops at once when unset", code: unsetSkipsCheck("i < (opts.maxIterations as number)", "runAgent(t)") },
    { name: "made with a cap", code: agentClass(FIELD_FROM_OPTIONS, EXIT_CHECK, [`await new Agent({ maxIterations: 8 }).run(task);`]) },
    {
      name: "a default in the constructor",
      code: agentClass(`  constructor(opts: { maxIterations?: number } = {}) { this.maxIterations = opts.maxIterations ?? 10; }`, EXIT_CHECK, [`await new Agent().run(task);`]),
    },
    {
      name: "a default in the destructured parameter",
      code: agentClass(`  constructor({ maxIterations = 10 }: { maxIterations?: number } = {}) { this.maxIterations = maxIterations; }`, EXIT_CHECK, [`await new Agent().run(task);`]),
    },
    {
      name: "the field is set elsewhere too: its value cannot be told",
      code: agentClass(`${FIELD_FROM_OPTIONS}\n  limit(n: number) { this.maxIterations = n; }`, EXIT_CHECK, [`await new Agent().run(task);`]),
    },
    { name: "an instance made elsewhere (a parameter)", code: agentClass(FIELD_FROM_OPTIONS, EXIT_CHECK, [`await given.run(task);`]) },
    {
      name: "compared in the loop's condition, an unset cap stops the loop at once (i < undefined)",
      code: agentClass(FIELD_FROM_OPTIONS, `if (!(i < (this.maxIterations as number))) break;`, [`await new Agent().run(task);`]).replace(`for (let i = 0; ; i++) {\n      if (!(i < (this.maxIterations as number))) break;`, `for (let i = 0; i < (this.maxIterations as number); i++) {`),
    },
  ],
  invalid: [
    {
      name: "!cap || i < cap, run without one",
      code: unsetSkipsCheck("!opts.maxIterations || i < opts.maxIterations", "runAgent(t)"),
      errors: [{ messageId: "runtimeUncapped", data: { name: "runAgent", why: "maxIterations is not passed and has no default", cap: "maxIterations" }, ...at(unsetSkipsCheck("!opts.maxIterations || i < opts.maxIterations", "runAgent(t)"), "runAgent(t)") }],
    },
    {
      name: "cap === undefined || i < cap, run with other options",
      code: unsetSkipsCheck("opts.maxIterations === undefined || i < opts.maxIterations", "runAgent(t, {})"),
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "runAgent", why: "maxIterations is not set and has no default", cap: "maxIterations" },
          suggestions: [{ messageId: "addCap", data: { text: "maxIterations: 10" }, output: unsetSkipsCheck("opts.maxIterations === undefined || i < opts.maxIterations", "runAgent(t, { maxIterations: 10 })") }],
        },
      ],
    },
    {
      name: "made with no options",
      code: classNoCap,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "run", why: "maxIterations is not passed and has no default", cap: "maxIterations" },
          ...at(classNoCap, "run(task)"),
          suggestions: [],
        },
      ],
    },
    {
      name: "made with options that leave the cap out (a const)",
      code: classOtherOptions,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "run", why: "maxIterations is not set and has no default", cap: "maxIterations" },
          ...at(classOtherOptions, "run(task)"),
          suggestions: [{ messageId: "addCap", data: { text: "maxIterations: 10" }, output: edit(classOtherOptions, `{ model: "claude-haiku-4-5" }`, `{ model: "claude-haiku-4-5", maxIterations: 10 }`) }],
        },
      ],
    },
    {
      name: "made with maxIterations: Infinity",
      code: classInfinity,
      errors: [
        {
          messageId: "runtimeUncapped",
          data: { name: "run", why: "maxIterations: Infinity", cap: "maxIterations" },
          ...at(classInfinity, "run(task)"),
          suggestions: [{ messageId: "setCap", data: { text: "maxIterations: 10" }, output: edit(classInfinity, `maxIterations: Infinity`, `maxIterations: 10`) }],
        },
      ],
    },
    {
      name: "this.opts.maxSteps ?? Infinity, the instance kept in a field",
      code: classOptsField,
      errors: [{ messageId: "runtimeUncapped", data: { name: "run", why: "maxSteps is not passed and has no default", cap: "maxSteps" }, ...at(classOptsField, "run([])", 0), suggestions: [] }],
    },
  ],
});

/** Assistants runs: a loop or a recursion on `requires_action` that submits tool outputs is an agent loop. */
const requiresActionLoop = code(
  ...OPENAI,
  `declare function execute(calls: unknown): Promise<{ tool_call_id: string; output: string }[]>;`,
  `export async function runThread(threadId: string, assistantId: string) {`,
  `  let run = await client.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistantId, max_completion_tokens: 500 });`,
  `  while (run.status === "requires_action") {`,
  `    const outputs = await execute(run.required_action!.submit_tool_outputs.tool_calls);`,
  `    run = await client.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: threadId, tool_outputs: outputs });`,
  `  }`,
  `  return run;`,
  `}`,
);
const requiresActionRecursion = (guard: string) =>
  code(
    ...OPENAI,
    `declare function execute(calls: unknown): Promise<{ tool_call_id: string; output: string }[]>;`,
    `export async function handleRun(threadId: string, run: any, step = 0): Promise<unknown> {`,
    `  if (${guard}) {`,
    `    const outputs = await execute(run.required_action.submit_tool_outputs.tool_calls);`,
    `    const next = await client.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: threadId, tool_outputs: outputs });`,
    `    return handleRun(threadId, next, step + 1);`,
    `  }`,
    `  return run;`,
    `}`,
  );
/** 5ire's NextChatService.chat(): after running a tool, the method calls itself with the messages and the tool's result. */
const methodToolRecursion = (guard: string) =>
  code(
    ...OPENAI,
    `declare function callTool(call: unknown): Promise<string>;`,
    `export class ChatService {`,
    `  async chat(messages: any[], depth = 0): Promise<void> {`,
    `    const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages, tools: [] });`,
    `    const msg = res.choices[0]!.message;`,
    `    if (${guard}) {`,
    `      const result = await callTool(msg.tool_calls![0]);`,
    `      const messagesWithTool = [...messages, msg, { role: "tool", tool_call_id: msg.tool_calls![0]!.id, content: result }];`,
    `      await this.chat(messagesWithTool, depth + 1);`,
    `    }`,
    `  }`,
    `}`,
  );
ruleTester.run("require-iteration-cap (requires_action and method recursion after a tool)", eslintRule("require-iteration-cap"), {
  valid: [
    { name: "requires_action recursion with a step check", code: requiresActionRecursion(`run.status === "requires_action" && step < 8`) },
    { name: "method recursion with a depth check", code: methodToolRecursion(`msg.tool_calls?.length && depth < 10`) },
  ],
  invalid: [
    { name: "while (run.status === 'requires_action')", code: requiresActionLoop, errors: [{ messageId: "loopUncapped", ...at(requiresActionLoop, "while") }] },
    {
      name: "recursion on requires_action with no step check",
      code: requiresActionRecursion(`run.status === "requires_action"`),
      errors: [{ messageId: "recursionUncapped", data: { name: "handleRun" }, ...at(requiresActionRecursion(`run.status === "requires_action"`), "handleRun(threadId, next, step + 1)") }],
    },
    {
      name: "this.chat(messagesWithTool) after a tool, no depth check",
      code: methodToolRecursion(`msg.tool_calls?.length`),
      errors: [{ messageId: "recursionUncapped", data: { name: "chat" }, ...at(methodToolRecursion(`msg.tool_calls?.length`), "chat(messagesWithTool, depth + 1)") }],
    },
  ],
});
