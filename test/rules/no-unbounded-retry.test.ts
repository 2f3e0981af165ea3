import fs from "node:fs";
import path from "node:path";
import * as espree from "espree";
import { code, eslintRule, ruleTester } from "./tester";
import { ASK, HEAD, USER_PICKS_MODEL } from "./retry-forms";

/**
 * no-unbounded-retry: retries of LLM calls (loops, recursion, retry libraries, SDK maxRetries) with no attempt
 * limit or more attempts than `maxAttempts` (default 5). Expected locations and fixes are written out by hand:
 * `at()` only turns "the `while` on line 4" into ESLint's line/column numbers.
 */

/** The line/column range of the `occurrence`-th `needle` in `source` (1-based, as ESLint reports). */
function at(source: string, needle: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = source.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" #${occurrence} not in test source`);
  }
  const before = source.slice(0, index).split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const lines = needle.split("\n");
  const endLine = line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + needle.length : lines[lines.length - 1]!.length + 1;
  return { line, column, endLine, endColumn };
}

/** Each SDK: two header lines (import, client) and a model call using `prompt`. */
interface Sdk {
  name: string;
  header: [string, string];
  call: string;
}

const SDKS: Sdk[] = [
  {
    name: "openai chat",
    header: [`import OpenAI from "openai";`, `const client = new OpenAI();`],
    call: `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] })`,
  },
  { name: "openai responses", header: [`import { OpenAI } from "openai";`, `const client = new OpenAI();`], call: `client.responses.create({ model: "gpt-4o", input: prompt })` },
  {
    name: "anthropic messages",
    header: [`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`],
    call: `anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: prompt }] })`,
  },
  { name: "ai generateText", header: [`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`], call: `generateText({ model: openai("gpt-4o"), prompt })` },
  {
    name: "langchain invoke",
    header: [`import { ChatAnthropic } from "@langchain/anthropic";`, `const model = new ChatAnthropic({ model: "claude-sonnet-4-5" });`],
    call: `model.invoke(prompt)`,
  },
  {
    name: "google generateContent",
    header: [`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`],
    call: `ai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt })`,
  },
  { name: "@openai/agents run", header: [`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "helper" });`], call: `run(agent, prompt)` },
];

const OPENAI = SDKS[0]!;
const ANTHROPIC = SDKS[2]!;
const AI = SDKS[3]!;
const LANGCHAIN = SDKS[4]!;
const GOOGLE = SDKS[5]!;

/** A retry loop: `header` around a try that returns the call; `after` lines follow the loop. */
function retryLoop(sdk: Sdk, header: string, after: string[] = []): string {
  return code(
    ...sdk.header,
    `async function ask(prompt: string) {`,
    `  ${header} {`,
    `    try {`,
    `      return await ${sdk.call};`,
    `    } catch (error) {`,
    `      console.warn("retrying", error);`,
    `    }`,
    `  }`,
    ...after,
    `}`,
  );
}

const CAP5 = "for (let attempt = 1; attempt <= 5; attempt++)";
/** A generic helper given an LLM callback in the same file (after the helper: its lines stay where they are). */
const LLM_USE = [
  `import OpenAI from "openai";`,
  `const client = new OpenAI();`,
  `export const ask = (prompt: string) => withRetry(() => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] }));`,
];
const LLM_FUNCTION_USE = [
  `import OpenAI from "openai";`,
  `const client = new OpenAI();`,
  `async function summarize() { return client.chat.completions.create({ model: "gpt-4o", messages: [] }); }`,
  `export const summary = () => withRetry(summarize);`,
];
const GAVE_UP_5 = `  throw new Error("Gave up after 5 attempts");`;

/** Invalid: an unbounded `while (true)` / `for (;;)` loop, with the counted-loop suggestion. */
function unboundedLoopCase(sdk: Sdk, header: "while (true)" | "for (;;)") {
  const source = retryLoop(sdk, header);
  return {
    code: source,
    errors: [
      {
        messageId: "loopUnbounded" as const,
        ...at(source, header === "for (;;)" ? "for" : "while"),
        data: { what: "a full model call", max: "5", attempts: "?", retries: "4" },
        suggestions: [{ messageId: "capLoop" as const, data: { max: "5" }, output: retryLoop(sdk, CAP5, [GAVE_UP_5]) }],
      },
    ],
  };
}

/** p-retry / async-retry around an OpenAI call, with the given options argument text ("" for none). */
function retryLibrary(lib: "p-retry" | "async-retry", options: string, operation = `() => client.chat.completions.create({ model: "gpt-4o", messages: [] })`): string {
  const name = lib === "p-retry" ? "pRetry" : "retry";
  return code(
    `import ${name} from "${lib}";`,
    `import OpenAI from "openai";`,
    `const client = new OpenAI();`,
    `export const answer = await ${name}(${operation}${options ? `, ${options}` : ""});`,
  );
}

ruleTester.run("no-unbounded-retry", eslintRule("no-unbounded-retry"), {
  valid: [
    // Counted loops within the limit, for every SDK.
    ...SDKS.map((sdk) => ({ code: retryLoop(sdk, "for (let attempt = 0; attempt < 3; attempt++)", [`  throw new Error("failed");`]), name: `counted loop: ${sdk.name}` })),
    // Exactly at the limit: 5 attempts.
    { code: retryLoop(OPENAI, "for (let attempt = 1; attempt <= 5; attempt++)"), name: "1..5 is 5 attempts" },
    { code: retryLoop(ANTHROPIC, "for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++)").replace(`async function`, `const MAX_ATTEMPTS = 5;\nasync function`), name: "const bound of 5" },
    { code: retryLoop(AI, "for (let left = 5; left > 0; left--)"), name: "counting down from 5" },
    // A bound we cannot read (a parameter): bounded, count unknown.
    { code: retryLoop(GOOGLE, "for (let attempt = 0; attempt < maxAttempts; attempt++)").replace("ask(prompt: string)", "ask(prompt: string, maxAttempts: number)"), name: "parameter bound" },
    // while (true) with the attempt check in the catch.
    code(
      ...OPENAI.header,
      `const MAX_ATTEMPTS = 3;`,
      `async function ask(prompt: string) {`,
      `  let attempt = 0;`,
      `  while (true) {`,
      `    try {`,
      `      return await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      attempt++;`,
      `      if (attempt >= MAX_ATTEMPTS) throw error;`,
      `    }`,
      `  }`,
      `}`,
    ),
    // for (;;) with `if (++attempt > 4) throw` in the catch: about 4.
    code(
      ...LANGCHAIN.header,
      `async function ask(prompt: string) {`,
      `  let attempt = 0;`,
      `  for (;;) {`,
      `    try {`,
      `      return await ${LANGCHAIN.call};`,
      `    } catch (error) {`,
      `      if (++attempt > 4) throw error;`,
      `    }`,
      `  }`,
      `}`,
    ),
    // A flag loop that also counts.
    code(
      ...AI.header,
      `async function ask(prompt: string) {`,
      `  let done = false;`,
      `  let attempt = 0;`,
      `  let text = "";`,
      `  while (!done && attempt < 3) {`,
      `    attempt++;`,
      `    try {`,
      `      ({ text } = await ${AI.call});`,
      `      done = true;`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `  return text;`,
      `}`,
    ),
    // do-while with a counted condition.
    code(
      ...ANTHROPIC.header,
      `async function ask(prompt: string) {`,
      `  let attempt = 0;`,
      `  do {`,
      `    try {`,
      `      return await ${ANTHROPIC.call};`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  } while (++attempt < 3);`,
      `}`,
    ),
    // A time budget bounds the loop (not a count of attempts).
    code(
      ...OPENAI.header,
      `async function ask(prompt: string) {`,
      `  const start = Date.now();`,
      `  while (Date.now() - start < 30_000) {`,
      `    try {`,
      `      return await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      await sleep(1000 * 2 ** Math.floor((Date.now() - start) / 5000));`,
      `    }`,
      `  }`,
      `}`,
    ),
    // A schedule of delays indexed by the attempt bounds the loop: 3 delays, 4 attempts.
    code(
      ...OPENAI.header,
      `const RETRY_DELAYS_MS = [1000, 2000, 4000];`,
      `async function ask(prompt: string) {`,
      `  let attempt = 0;`,
      `  while (true) {`,
      `    try {`,
      `      return await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      const delayMs = RETRY_DELAYS_MS[attempt];`,
      `      if (delayMs === undefined) throw error;`,
      `      attempt += 1;`,
      `      await sleep(delayMs);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Recursion with an attempt parameter passed as attempt + 1 and compared: 0..3 = 4 attempts.
    code(
      ...OPENAI.header,
      `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    if (attempt >= 3) throw error;`,
      `    return ask(prompt, attempt + 1);`,
      `  }`,
      `}`,
    ),
    // Promise recursion with a checked attempt: 0..2 = 3 attempts.
    code(
      ...ANTHROPIC.header,
      `function ask(prompt: string, attempt = 0): Promise<unknown> {`,
      `  return ${ANTHROPIC.call}.catch((error) => (attempt < 2 ? ask(prompt, attempt + 1) : Promise.reject(error)));`,
      `}`,
    ),
    // Counting down: retries 3..0 = 4 attempts.
    code(
      ...GOOGLE.header,
      `async function ask(prompt: string, retries = 3): Promise<unknown> {`,
      `  try {`,
      `    return await ${GOOGLE.call};`,
      `  } catch (error) {`,
      `    if (retries <= 0) throw error;`,
      `    return ask(prompt, retries - 1);`,
      `  }`,
      `}`,
    ),
    // Destructured options with an attempt key.
    code(
      ...AI.header,
      `async function ask({ prompt, attempt = 0 }: { prompt: string; attempt?: number }): Promise<unknown> {`,
      `  try {`,
      `    return await ${AI.call};`,
      `  } catch (error) {`,
      `    if (attempt >= 2) throw error;`,
      `    return ask({ prompt, attempt: attempt + 1 });`,
      `  }`,
      `}`,
    ),
    // A deadline passed unchanged and checked against the clock.
    code(
      ...OPENAI.header,
      `async function ask(prompt: string, deadline: number): Promise<unknown> {`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    if (Date.now() > deadline) throw error;`,
      `    return ask(prompt, deadline);`,
      `  }`,
      `}`,
    ),
    // A failure counter kept in the module.
    code(
      ...OPENAI.header,
      `let failures = 0;`,
      `async function ask(prompt: string): Promise<unknown> {`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    if (++failures > 3) throw error;`,
      `    return ask(prompt);`,
      `  }`,
      `}`,
    ),
    // Generic helpers never given an LLM callback: not called anywhere visible, or only around other work.
    code(`export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`, `  try {`, `    return await fn();`, `  } catch {`, `    return withRetry(fn);`, `  }`, `}`),
    code(
      `import { execSync } from "node:child_process";`,
      `import OpenAI from "openai";`,
      `const client = new OpenAI();`,
      `async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
      `  for (;;) {`,
      `    try {`,
      `      return await fn();`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
      `async function cloneRepo(url: string) { execSync(\`git clone \${url}\`); }`,
      `export const clone = (url: string) => withRetry(() => cloneRepo(url));`,
      `export const refresh = () => withRetry(async () => fetch("https://api.github.com/app/installations"));`,
      `export const ask = async (prompt: string) => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }], max_tokens: 100 });`,
    ),
    code(`import pRetry from "p-retry";`, `export function withRetry<T>(fn: () => Promise<T>) {`, `  return pRetry(fn);`, `}`, `export const health = () => withRetry(() => fetch("https://example.com/health"));`),
    code(
      `export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
      `  try {`,
      `    return await fn();`,
      `  } catch {`,
      `    return withRetry(fn);`,
      `  }`,
      `}`,
      `const retryGit = <T,>(fn: () => Promise<T>) => withRetry(fn);`,
      `export const pull = () => retryGit(async () => "git pull");`,
    ),
    // Generic helpers with a bound.
    code(
      `export async function withRetry<T>(fn: () => Promise<T>, retries = 3): Promise<T> {`,
      `  for (let i = 0; i <= retries; i++) {`,
      `    try {`,
      `      return await fn();`,
      `    } catch (error) {`,
      `      if (i === retries) throw error;`,
      `    }`,
      `  }`,
      `  throw new Error("unreachable");`,
      `}`,
    ),
    code(
      `export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {`,
      `  try {`,
      `    return await fn();`,
      `  } catch (error) {`,
      `    if (attempts <= 1) throw error;`,
      `    return withRetry(fn, attempts - 1);`,
      `  }`,
      `}`,
    ),
    // Retry libraries within the limit, or around something that is not an LLM call, or with options we cannot see.
    retryLibrary("p-retry", "{ retries: 3 }"),
    retryLibrary("async-retry", "{ retries: 4, factor: 2 }"),
    retryLibrary("p-retry", "{ retries: 2, forever: false }"),
    code(`import pRetry from "p-retry";`, `const RETRIES = 2;`, `import { generateText } from "ai";`, `await pRetry(() => generateText({ model, prompt: "x" }), { retries: RETRIES });`),
    code(`import pRetry from "p-retry";`, `import { generateText } from "ai";`, `const options = { retries: 1 };`, `await pRetry(() => generateText({ model, prompt: "x" }), options);`),
    retryLibrary("p-retry", "getRetryOptions()"),
    retryLibrary("p-retry", "{ ...defaults }"),
    code(`import pRetry from "p-retry";`, `await pRetry(() => fetch("https://example.com/health"));`),
    code(`import pRetry from "p-retry";`, `await pRetry(() => fetch("https://example.com/health"), { forever: true });`),
    code(`import retry from "async-retry";`, `await retry(async () => db.query("select 1"), { retries: Infinity });`),
    // A local function that makes no LLM call.
    code(`import pRetry from "p-retry";`, `async function ping() { return fetch("/ping"); }`, `await pRetry(ping, { retries: 20 });`),
    // SDK maxRetries within the limit (N retries = N + 1 attempts), or unknown.
    code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 4 });`),
    code(`import Anthropic from "@anthropic-ai/sdk";`, `export const client = new Anthropic({ maxRetries: 2 });`),
    code(`import { ChatOpenAI } from "@langchain/openai";`, `export const model = new ChatOpenAI({ model: "gpt-4o", maxRetries: 3 });`),
    code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.chat.completions.create({ model: "gpt-4o", messages: [] }, { maxRetries: 4 });`),
    code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", maxRetries: 0 });`),
    code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: Number(process.env.RETRIES) });`),
    // maxRetries on something that is not an SDK client.
    code(`import { Queue } from "bullmq";`, `export const q = new Queue("jobs", { maxRetries: 50 });`),
    code(`class Job { constructor(readonly opts: { maxRetries: number }) {} }`, `export const job = new Job({ maxRetries: 50 });`),
    // Not retries: an agent loop without try/catch.
    code(
      ...OPENAI.header,
      `async function agent(messages: any[]) {`,
      `  while (true) {`,
      `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
      `    if (r.choices[0].finish_reason === "stop") return r;`,
      `    messages.push(r.choices[0].message);`,
      `  }`,
      `}`,
    ),
    // Polling with no LLM call.
    code(
      `async function waitForJob(id: string) {`,
      `  while (true) {`,
      `    try {`,
      `      const res = await fetch("/jobs/" + id);`,
      `      if (res.ok) return res.json();`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `    await sleep(1000);`,
      `  }`,
      `}`,
    ),
    // for-of over items, each in a try/catch.
    code(
      ...OPENAI.header,
      `async function all(prompts: string[]) {`,
      `  for (const prompt of prompts) {`,
      `    try {`,
      `      await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // The catch rethrows: no retry.
    code(
      ...OPENAI.header,
      `async function ask(prompt: string) {`,
      `  while (true) {`,
      `    try {`,
      `      return await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      console.error(error);`,
      `      throw error;`,
      `    }`,
      `  }`,
      `}`,
    ),
    // The catch breaks out, or ends the process.
    retryLoop(OPENAI, "while (true)").replace(`console.warn("retrying", error);`, `break;`),
    retryLoop(ANTHROPIC, "while (true)").replace(`console.warn("retrying", error);`, `process.exit(1);`),
    // A REPL: success does not leave the loop.
    code(
      ...OPENAI.header,
      `async function repl(rl: any) {`,
      `  while (true) {`,
      `    const prompt = await rl.question("> ");`,
      `    try {`,
      `      console.log(await ${OPENAI.call});`,
      `    } catch (error) {`,
      `      console.error(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Paging: the catch clears the flag the loop reads.
    code(
      ...OPENAI.header,
      `async function pages(prompt: string) {`,
      `  let more = true;`,
      `  while (more) {`,
      `    try {`,
      `      const r: any = await ${OPENAI.call};`,
      `      more = r.hasMore;`,
      `    } catch (error) {`,
      `      console.error(error);`,
      `      more = false;`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Falling back across a list of models: bounded by the list.
    code(
      `import OpenAI from "openai";`,
      `const client = new OpenAI();`,
      `const MODELS = ["gpt-4o", "gpt-4o-mini"];`,
      `async function ask(prompt: string) {`,
      `  for (let i = 0; i < MODELS.length; i++) {`,
      `    try {`,
      `      return await client.chat.completions.create({ model: MODELS[i], messages: [{ role: "user", content: prompt }] });`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Agent recursion (not from a catch) and a catch that calls another function.
    code(
      ...OPENAI.header,
      `async function step(prompt: string, depth: number): Promise<unknown> {`,
      `  const r = await ${OPENAI.call};`,
      `  if (depth > 0) return step(prompt, depth - 1);`,
      `  return r;`,
      `}`,
    ),
    code(
      ...OPENAI.header,
      `async function ask(prompt: string) {`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    return fallback(prompt);`,
      `  }`,
      `}`,
    ),
    // A traversal from the catch: the recursive call works on other data.
    code(
      ...OPENAI.header,
      `async function summarize(node: { text: string; children: any[] }): Promise<unknown> {`,
      `  const prompt = node.text;`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    return Promise.all(node.children.map((child) => summarize(child)));`,
      `  }`,
      `}`,
    ),
    // Generic helpers that are not retries: a poll helper (success is conditional) and a per-item runner.
    code(
      `export async function pollUntil(check: () => Promise<boolean>) {`,
      `  while (true) {`,
      `    try {`,
      `      if (await check()) return;`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `    await sleep(250);`,
      `  }`,
      `}`,
    ),
    code(
      `export async function each<T>(items: T[], fn: (item: T) => Promise<void>) {`,
      `  for (let i = 0; i < items.length; i++) {`,
      `    try {`,
      `      await fn(items[i]!);`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // `reject` of a Promise executor is not a callback the function was given: no generic retry here.
    code(
      `export async function readLine(stream: NodeJS.ReadableStream) {`,
      `  while (true) {`,
      `    try {`,
      `      return await new Promise<string>((resolve, reject) => {`,
      `        stream.once("data", resolve);`,
      `        setTimeout(() => reject(new Error("timeout")), 1000);`,
      `      });`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // A client that is not an LLM SDK, in a retry loop.
    retryLoop({ name: "twilio", header: [`import twilio from "twilio";`, `const t = twilio();`], call: `t.messages.create({ body: prompt, to: "+1" })` }, "while (true)"),
    // Options: a higher limit.
    { code: retryLoop(OPENAI, "for (let attempt = 0; attempt < 8; attempt++)"), options: [{ maxAttempts: 10 }] },
    { code: retryLibrary("p-retry", "{ retries: 9 }"), options: [{ maxAttempts: 10 }] },
    { code: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 9 });`), options: [{ maxAttempts: 10 }] },
    // JavaScript with ESLint's default parser (espree).
    {
      code: code(
        `import OpenAI from "openai";`,
        `const client = new OpenAI();`,
        `export async function ask(prompt) {`,
        `  for (let attempt = 0; attempt < 3; attempt++) {`,
        `    try {`,
        `      return await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  }`,
        `}`,
      ),
      filename: "ask.mjs",
      languageOptions: { parser: espree },
    },
  ],
  invalid: [
    // while (true) for every SDK, for (;;) for a few.
    ...SDKS.map((sdk) => ({ ...unboundedLoopCase(sdk, "while (true)"), name: `while (true): ${sdk.name}` })),
    ...[OPENAI, LANGCHAIN, GOOGLE].map((sdk) => ({ ...unboundedLoopCase(sdk, "for (;;)"), name: `for (;;): ${sdk.name}` })),
    // A local helper that makes the call, then `this.method()`.
    (() => {
      const source = (header: string, after: string[] = []) =>
        code(
          ...OPENAI.header,
          `function callModel(prompt: string) {`,
          `  return ${OPENAI.call};`,
          `}`,
          `export async function ask(prompt: string) {`,
          `  ${header} {`,
          `    try {`,
          `      return await callModel(prompt);`,
          `    } catch (error) {`,
          `      console.warn(error);`,
          `    }`,
          `  }`,
          ...after,
          `}`,
        );
      return {
        code: source("while (true)"),
        errors: [{ messageId: "loopUnbounded" as const, line: 7, column: 3, endLine: 7, endColumn: 8, suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [GAVE_UP_5]) }] }],
      };
    })(),
    (() => {
      const source = (header: string, after: string[] = []) =>
        code(
          `import Anthropic from "@anthropic-ai/sdk";`,
          `export class Bot {`,
          `  private anthropic = new Anthropic();`,
          `  private call(prompt: string) {`,
          `    return this.anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: prompt }] });`,
          `  }`,
          `  async ask(prompt: string) {`,
          `    ${header} {`,
          `      try {`,
          `        return await this.call(prompt);`,
          `      } catch (error) {`,
          `        console.warn(error);`,
          `      }`,
          `    }`,
          ...after,
          `  }`,
          `}`,
        );
      return {
        code: source("for (;;)"),
        errors: [
          {
            messageId: "loopUnbounded" as const,
            line: 8,
            column: 5,
            endColumn: 8,
            suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [`    throw new Error("Gave up after 5 attempts");`]) }],
          },
        ],
      };
    })(),
    // do-while and `while (!done)` flag loops: reported, with no header rewrite to offer.
    {
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string) {`,
        `  let ok = false;`,
        `  let result: unknown;`,
        `  do {`,
        `    try {`,
        `      result = await ${OPENAI.call};`,
        `      ok = true;`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  } while (!ok);`,
        `  return result;`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 6, column: 3, endLine: 6, endColumn: 5, suggestions: [] }],
    },
    {
      code: code(
        ...AI.header,
        `async function ask(prompt: string) {`,
        `  let done = false;`,
        `  let text = "";`,
        `  while (!done) {`,
        `    try {`,
        `      ({ text } = await ${AI.call});`,
        `      done = true;`,
        `    } catch (error) {`,
        `      done = false;`,
        `    }`,
        `  }`,
        `  return text;`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 6, column: 3, endColumn: 8, suggestions: [] }],
    },
    {
      // for (; !done; ): rewriting the header would drop the condition, so no suggestion.
      code: code(
        ...GOOGLE.header,
        `async function ask(prompt: string) {`,
        `  let done = false;`,
        `  for (; !done; ) {`,
        `    try {`,
        `      await ${GOOGLE.call};`,
        `      done = true;`,
        `    } catch (error) {}`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 5, column: 3, endColumn: 6, suggestions: [] }],
    },
    // Counted loops above the limit.
    {
      code: retryLoop(OPENAI, "for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++)").replace(`async function`, `const MAX_ATTEMPTS = 10;\nasync function`),
      errors: [{ messageId: "loopTooMany", line: 5, column: 3, endColumn: 6, data: { what: "a full model call", attempts: "10", max: "5", retries: "4" }, suggestions: [] }],
    },
    {
      // 0..5 is six attempts.
      code: retryLoop(ANTHROPIC, "for (let attempt = 0; attempt <= 5; attempt++)"),
      errors: [{ messageId: "loopTooMany", line: 4, column: 3, data: { what: "a full model call", attempts: "6", max: "5", retries: "4" }, suggestions: [] }],
    },
    {
      code: retryLoop(LANGCHAIN, "for (let left = 8; left > 0; left--)"),
      errors: [{ messageId: "loopTooMany", line: 4, column: 3, data: { what: "a full model call", attempts: "8", max: "5", retries: "4" }, suggestions: [] }],
    },
    {
      code: code(
        ...GOOGLE.header,
        `async function ask(prompt: string) {`,
        `  let attempt = 0;`,
        `  while (attempt < 20) {`,
        `    attempt++;`,
        `    try {`,
        `      return await ${GOOGLE.call};`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "loopTooMany", line: 5, column: 3, endColumn: 8, data: { what: "a full model call", attempts: "20", max: "5", retries: "4" }, suggestions: [] }],
    },
    {
      // while (true) with a check in the catch above the limit.
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string) {`,
        `  let attempt = 0;`,
        `  while (true) {`,
        `    try {`,
        `      return await ${OPENAI.call};`,
        `    } catch (error) {`,
        `      if (++attempt >= 8) throw error;`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "loopTooMany", line: 5, column: 3, endColumn: 8, data: { what: "a full model call", attempts: "8", max: "5", retries: "4" }, suggestions: [] }],
    },
    {
      // A schedule of 8 delays: 9 attempts.
      code: code(
        ...ANTHROPIC.header,
        `const DELAYS = [100, 200, 400, 800, 1600, 3200, 6400, 12800];`,
        `async function ask(prompt: string) {`,
        `  for (let attempt = 0; ; attempt++) {`,
        `    try {`,
        `      return await ${ANTHROPIC.call};`,
        `    } catch (error) {`,
        `      const wait = DELAYS[attempt];`,
        `      if (wait === undefined) throw error;`,
        `      await sleep(wait);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "loopTooMany", line: 5, column: 3, endColumn: 6, data: { what: "a full model call", attempts: "9", max: "5", retries: "4" }, suggestions: [] }],
    },
    (() => {
      // Retrying only on 429 with `continue`, rethrowing the rest: still unbounded on 429.
      const source = (header: string, after: string[] = []) =>
        code(
          ...OPENAI.header,
          `async function ask(prompt: string) {`,
          `  ${header} {`,
          `    try {`,
          `      return await ${OPENAI.call};`,
          `    } catch (error: any) {`,
          `      if (error.status === 429) continue;`,
          `      throw error;`,
          `    }`,
          `  }`,
          ...after,
          `}`,
        );
      return { code: source("while (true)"), errors: [{ messageId: "loopUnbounded" as const, line: 4, column: 3, suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [GAVE_UP_5]) }] }] };
    })(),
    {
      // Success leaves with `break`: a throw after the loop would run after success too, so no suggestion.
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string) {`,
        `  let result: unknown;`,
        `  while (true) {`,
        `    try {`,
        `      result = await ${OPENAI.call};`,
        `      break;`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  }`,
        `  return result;`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 5, column: 3, suggestions: [] }],
    },
    {
      // Success leaves with `break` after the try.
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string) {`,
        `  let result: unknown;`,
        `  for (;;) {`,
        `    try {`,
        `      result = await ${OPENAI.call};`,
        `    } catch (error) {`,
        `      continue;`,
        `    }`,
        `    break;`,
        `  }`,
        `  return result;`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 5, column: 3, endColumn: 6, suggestions: [] }],
    },
    {
      // The loop is the whole body of an `if`: a throw after it would escape the `if`, so no suggestion.
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string, retry: boolean) {`,
        `  if (retry)`,
        `    while (true) {`,
        `      try {`,
        `        return await ${OPENAI.call};`,
        `      } catch (error) {}`,
        `    }`,
        `}`,
      ),
      errors: [{ messageId: "loopUnbounded", line: 5, column: 5, suggestions: [] }],
    },
    (() => {
      // `attempt` is taken: the suggested counter gets another name.
      const source = (header: string, after: string[] = []) =>
        code(
          ...OPENAI.header,
          `async function ask(prompt: string) {`,
          `  let attempt = 0;`,
          `  ${header} {`,
          `    attempt++;`,
          `    try {`,
          `      return await ${OPENAI.call};`,
          `    } catch (error) {`,
          `      console.warn("attempt", attempt, error);`,
          `    }`,
          `  }`,
          ...after,
          `}`,
        );
      return {
        code: source("while (true)"),
        errors: [
          {
            messageId: "loopUnbounded" as const,
            line: 5,
            column: 3,
            suggestions: [{ messageId: "capLoop" as const, output: source("for (let attemptNumber = 1; attemptNumber <= 5; attemptNumber++)", [GAVE_UP_5]) }],
          },
        ],
      };
    })(),
    (() => {
      // A labelled loop whose success path returns.
      const source = (header: string, after: string[] = []) =>
        code(
          ...ANTHROPIC.header,
          `async function ask(prompt: string) {`,
          `  retrying: ${header} {`,
          `    try {`,
          `      return await ${ANTHROPIC.call};`,
          `    } catch (error) {`,
          `      continue retrying;`,
          `    }`,
          `  }`,
          ...after,
          `}`,
        );
      return { code: source("while (true)"), errors: [{ messageId: "loopUnbounded" as const, line: 4, column: 13, endColumn: 18, suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [GAVE_UP_5]) }] }] };
    })(),
    // Recursion from a catch with no attempt argument.
    {
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string): Promise<unknown> {`,
        `  try {`,
        `    return await ${OPENAI.call};`,
        `  } catch (error) {`,
        `    return ask(prompt);`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 7, column: 12, endLine: 7, endColumn: 23, data: { name: "ask", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      // An attempt passed but never compared.
      code: code(
        ...ANTHROPIC.header,
        `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
        `  try {`,
        `    return await ${ANTHROPIC.call};`,
        `  } catch (error) {`,
        `    console.warn("attempt", attempt, error);`,
        `    return ask(prompt, attempt + 1);`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 8, column: 12, endColumn: 36 }],
    },
    {
      // Compared, but `attempt++` passes the old value: the check never trips.
      code: code(
        ...AI.header,
        `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
        `  try {`,
        `    return await ${AI.call};`,
        `  } catch (error) {`,
        `    if (attempt >= 3) throw error;`,
        `    return ask(prompt, attempt++);`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 8, column: 12 }],
    },
    {
      // attempt 0..10 is 11 attempts.
      code: code(
        ...GOOGLE.header,
        `const MAX_RETRIES = 10;`,
        `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
        `  try {`,
        `    return await ${GOOGLE.call};`,
        `  } catch (error) {`,
        `    if (attempt >= MAX_RETRIES) throw error;`,
        `    return ask(prompt, attempt + 1);`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionTooMany", line: 9, column: 12, data: { name: "ask", what: "a full model call", attempts: "11", max: "5", retries: "4" } }],
    },
    {
      // Promise recursion through .catch.
      code: code(...ANTHROPIC.header, `export function ask(prompt: string): Promise<unknown> {`, `  return ${ANTHROPIC.call}.catch(() => ask(prompt));`, `}`),
      // "  return " + the call + ".catch(() => " comes before `ask`.
      errors: [{ messageId: "recursionUnbounded", line: 4, column: 9 + ANTHROPIC.call.length + 13 + 1, endColumn: 9 + ANTHROPIC.call.length + 13 + 1 + "ask(prompt)".length }],
    },
    {
      // .then(onFulfilled, onRejected) recursion, and a const arrow.
      code: code(...OPENAI.header, `const ask = (prompt: string): Promise<unknown> =>`, `  ${OPENAI.call}.then((r) => r, () => ask(prompt));`),
      errors: [{ messageId: "recursionUnbounded", ...at(code(...OPENAI.header, `const ask = (prompt: string): Promise<unknown> =>`, `  ${OPENAI.call}.then((r) => r, () => ask(prompt));`), "ask(prompt)") }],
    },
    {
      // this.ask() from a catch in a class method.
      code: code(
        `import OpenAI from "openai";`,
        `export class Bot {`,
        `  constructor(private client: OpenAI) {}`,
        `  async ask(prompt: string): Promise<unknown> {`,
        `    try {`,
        `      return await this.client.responses.create({ model: "gpt-4o", input: prompt });`,
        `    } catch (error) {`,
        `      return this.ask(prompt);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 8, column: 19, endColumn: 30 }],
    },
    {
      // LangChain chat model through a local helper, recursion with a sleep.
      code: code(
        ...LANGCHAIN.header,
        `const complete = (prompt: string) => ${LANGCHAIN.call};`,
        `export async function ask(prompt: string): Promise<unknown> {`,
        `  try {`,
        `    return await complete(prompt);`,
        `  } catch {`,
        `    await new Promise((resolve) => setTimeout(resolve, 1000));`,
        `    return ask(prompt);`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 12 }],
    },
    // Generic retry helpers, judged where the file gives them an LLM callback.
    (() => {
      const source = (header: string, after: string[] = []) =>
        code(
          `export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
          `  ${header} {`,
          `    try {`,
          `      return await fn();`,
          `    } catch (error) {`,
          `      console.warn(error);`,
          `    }`,
          `  }`,
          ...after,
          `}`,
          ...LLM_USE,
        );
      return {
        code: source("while (true)"),
        errors: [
          {
            messageId: "loopUnbounded" as const,
            line: 2,
            column: 3,
            data: { what: "a rerun of its callback (a full model call, as given at line 12)", max: "5", attempts: "?", retries: "4" },
            suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [GAVE_UP_5]) }],
          },
        ],
      };
    })(),
    {
      code: code(`export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`, `  try {`, `    return await fn();`, `  } catch {`, `    return withRetry(fn);`, `  }`, `}`, ...LLM_USE),
      errors: [{ messageId: "recursionUnbounded", line: 5, column: 12, endColumn: 25, data: { name: "withRetry", what: "a rerun of its callback (a full model call, as given at line 10)", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      // A local function that makes the model call, passed by name.
      code: code(`import pRetry from "p-retry";`, `export function withRetry<T>(fn: () => Promise<T>) {`, `  return pRetry(fn);`, `}`, ...LLM_FUNCTION_USE),
      errors: [
        {
          messageId: "libraryTooMany",
          line: 3,
          column: 10,
          endColumn: 16,
          suggestions: [{ messageId: "setRetries", output: code(`import pRetry from "p-retry";`, `export function withRetry<T>(fn: () => Promise<T>) {`, `  return pRetry(fn, { retries: 4 });`, `}`, ...LLM_FUNCTION_USE) }],
        },
      ],
    },
    {
      // Given the callback of another helper, which the file gives a model call.
      code: code(
        `export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
        `  try {`,
        `    return await fn();`,
        `  } catch {`,
        `    return withRetry(fn);`,
        `  }`,
        `}`,
        `const retryLlm = <T,>(fn: () => Promise<T>) => withRetry(fn);`,
        ...LLM_USE.map((line) => line.replace("withRetry(", "retryLlm(")),
      ),
      errors: [{ messageId: "recursionUnbounded", line: 5, column: 12, data: { name: "withRetry", what: "a rerun of its callback (a full model call, as given at line 8)", max: "5", attempts: "?", retries: "4" } }],
    },
    (() => {
      // A class method that retries the operation it is given, used by the class for a model call.
      const source = (header: string, after: string[] = []) =>
        code(
          `import OpenAI from "openai";`,
          `export class Agent {`,
          `  private client = new OpenAI();`,
          `  private async retry<T>(label: string, operation: () => Promise<T>): Promise<T> {`,
          `    ${header} {`,
          `      try {`,
          `        return await operation();`,
          `      } catch (error) {`,
          `        console.warn(label, error);`,
          `      }`,
          `    }`,
          ...after,
          `  }`,
          `  async ask(prompt: string) {`,
          `    return this.retry("ask", () => this.client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] }));`,
          `  }`,
          `}`,
        );
      return {
        code: source("for (;;)"),
        errors: [
          {
            messageId: "loopUnbounded" as const,
            line: 5,
            column: 5,
            data: { what: "a rerun of its callback (a full model call, as given at line 14)", max: "5", attempts: "?", retries: "4" },
            suggestions: [{ messageId: "capLoop" as const, output: source(CAP5, [`  ${GAVE_UP_5}`]) }],
          },
        ],
      };
    })(),
    // Retry libraries.
    {
      // p-retry's default is 10 retries: 11 attempts.
      code: retryLibrary("p-retry", ""),
      errors: [
        {
          messageId: "libraryTooMany",
          line: 4,
          column: 29,
          endColumn: 35,
          data: { library: "p-retry", why: "the default 10 retries", attempts: "11", max: "5", retries: "4", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", data: { key: "retries", retries: "4" }, output: retryLibrary("p-retry", "{ retries: 4 }") }],
        },
      ],
    },
    {
      code: retryLibrary("p-retry", "{ retries: Infinity }"),
      errors: [{ messageId: "libraryUnbounded", ...at(retryLibrary("p-retry", "{ retries: Infinity }"), "retries: Infinity"), data: { library: "p-retry", why: "retries: Infinity", retries: "4", max: "5", attempts: "?", what: "a full model call" }, suggestions: [{ messageId: "setRetries", output: retryLibrary("p-retry", "{ retries: 4 }") }] }],
    },
    {
      code: retryLibrary("p-retry", "{ forever: true, minTimeout: 500 }"),
      errors: [{ messageId: "libraryUnbounded", ...at(retryLibrary("p-retry", "{ forever: true, minTimeout: 500 }"), "forever: true"), data: { library: "p-retry", why: "forever: true", retries: "4", max: "5", attempts: "?", what: "a full model call" }, suggestions: [{ messageId: "setRetries", output: retryLibrary("p-retry", "{ retries: 4, minTimeout: 500 }") }] }],
    },
    {
      // forever beside retries: replacing it would duplicate the key.
      code: retryLibrary("async-retry", "{ retries: 3, forever: true }"),
      errors: [{ messageId: "libraryUnbounded", ...at(retryLibrary("async-retry", "{ retries: 3, forever: true }"), "forever: true"), suggestions: [] }],
    },
    {
      code: retryLibrary("async-retry", "{ retries: 20 }", `async () => client.chat.completions.create({ model: "gpt-4o", messages: [] })`),
      errors: [
        {
          messageId: "libraryTooMany",
          ...at(retryLibrary("async-retry", "{ retries: 20 }", `async () => client.chat.completions.create({ model: "gpt-4o", messages: [] })`), "retries: 20"),
          data: { library: "async-retry", why: "retries: 20", attempts: "21", max: "5", retries: "4", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", output: retryLibrary("async-retry", "{ retries: 4 }", `async () => client.chat.completions.create({ model: "gpt-4o", messages: [] })`) }],
        },
      ],
    },
    {
      // Options without retries: the default applies; the suggestion adds the key.
      code: retryLibrary("async-retry", "{ factor: 1 }"),
      errors: [{ messageId: "libraryTooMany", line: 4, column: 29, endColumn: 34, suggestions: [{ messageId: "setRetries", output: retryLibrary("async-retry", "{ factor: 1, retries: 4 }") }] }],
    },
    {
      // A named local function as the operation; retries from a const.
      code: code(`import pRetry from "p-retry";`, `import { generateText } from "ai";`, `const RETRIES = 8;`, `async function summarize() { return generateText({ model, prompt: "x" }); }`, `await pRetry(summarize, { retries: RETRIES });`),
      errors: [
        {
          messageId: "libraryTooMany",
          line: 5,
          column: 27,
          endColumn: 43,
          data: { library: "p-retry", why: "retries: 8", attempts: "9", max: "5", retries: "4", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", output: code(`import pRetry from "p-retry";`, `import { generateText } from "ai";`, `const RETRIES = 8;`, `async function summarize() { return generateText({ model, prompt: "x" }); }`, `await pRetry(summarize, { retries: 4 });`) }],
        },
      ],
    },
    // SDK maxRetries above the limit.
    {
      code: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 10 });`),
      errors: [
        {
          messageId: "optionTooMany",
          line: 2,
          column: 36,
          endColumn: 50,
          data: { value: "10", attempts: "11", max: "5", retries: "4" },
          suggestions: [{ messageId: "setRetries", data: { key: "maxRetries", retries: "4" }, output: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 4 });`) }],
        },
      ],
    },
    {
      // maxRetries 5 is 6 attempts.
      code: code(`import Anthropic from "@anthropic-ai/sdk";`, `export const client = new Anthropic({ apiKey: process.env.KEY, maxRetries: 5 });`),
      errors: [{ messageId: "optionTooMany", line: 2, column: 64, endColumn: 77, data: { value: "5", attempts: "6", max: "5", retries: "4" }, suggestions: [{ messageId: "setRetries", output: code(`import Anthropic from "@anthropic-ai/sdk";`, `export const client = new Anthropic({ apiKey: process.env.KEY, maxRetries: 4 });`) }] }],
    },
    {
      code: code(`import { ChatOpenAI } from "@langchain/openai";`, `export const model = new ChatOpenAI({`, `  model: "gpt-4o",`, `  maxRetries: 8,`, `});`),
      errors: [{ messageId: "optionTooMany", line: 4, column: 3, endColumn: 16, suggestions: [{ messageId: "setRetries", output: code(`import { ChatOpenAI } from "@langchain/openai";`, `export const model = new ChatOpenAI({`, `  model: "gpt-4o",`, `  maxRetries: 4,`, `});`) }] }],
    },
    {
      // Per-request options of openai.
      code: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.chat.completions.create({ model: "gpt-4o", messages: [] }, { maxRetries: 10 });`),
      errors: [{ messageId: "optionTooMany", line: 3, column: 75, endColumn: 89, suggestions: [{ messageId: "setRetries", output: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.chat.completions.create({ model: "gpt-4o", messages: [] }, { maxRetries: 4 });`) }] }],
    },
    {
      // Per-request options of anthropic and of openai responses.
      code: code(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `await a.messages.create({ model: "m", max_tokens: 5, messages: [] }, { maxRetries: 6, timeout: 1000 });`),
      errors: [{ messageId: "optionTooMany", line: 3, column: 72, endColumn: 85, suggestions: [{ messageId: "setRetries", output: code(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `await a.messages.create({ model: "m", max_tokens: 5, messages: [] }, { maxRetries: 4, timeout: 1000 });`) }] }],
    },
    {
      code: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.responses.create({ model: "gpt-4o", input: "x" }, { maxRetries: 7 });`),
      errors: [{ messageId: "optionTooMany", line: 3, column: 66, suggestions: [{ messageId: "setRetries", output: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.responses.create({ model: "gpt-4o", input: "x" }, { maxRetries: 4 });`) }] }],
    },
    {
      code: code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", maxRetries: 7 });`),
      errors: [{ messageId: "optionTooMany", line: 2, column: 42, endColumn: 55, data: { value: "7", attempts: "8", max: "5", retries: "4" }, suggestions: [{ messageId: "setRetries", output: code(`import { generateText } from "ai";`, `await generateText({ model, prompt: "x", maxRetries: 4 });`) }] }],
    },
    {
      code: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: Infinity });`),
      errors: [{ messageId: "optionTooMany", line: 2, column: 36, data: { value: "Infinity", attempts: "unlimited", max: "5", retries: "4" }, suggestions: [{ messageId: "setRetries", output: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 4 });`) }] }],
    },
    {
      // A shorthand property from a const.
      code: code(`import OpenAI from "openai";`, `const maxRetries = 9;`, `export const client = new OpenAI({ maxRetries });`),
      errors: [{ messageId: "optionTooMany", line: 3, column: 36, endColumn: 46, data: { value: "9", attempts: "10", max: "5", retries: "4" }, suggestions: [{ messageId: "setRetries", output: code(`import OpenAI from "openai";`, `const maxRetries = 9;`, `export const client = new OpenAI({ maxRetries: 4 });`) }] }],
    },
    // Options: maxAttempts 3.
    {
      code: retryLoop(OPENAI, "for (let attempt = 0; attempt < 4; attempt++)"),
      options: [{ maxAttempts: 3 }],
      errors: [{ messageId: "loopTooMany", line: 4, column: 3, data: { what: "a full model call", attempts: "4", max: "3", retries: "2" }, suggestions: [] }],
    },
    {
      code: retryLoop(ANTHROPIC, "while (true)"),
      options: [{ maxAttempts: 3 }],
      errors: [{ messageId: "loopUnbounded", line: 4, column: 3, suggestions: [{ messageId: "capLoop", data: { max: "3" }, output: retryLoop(ANTHROPIC, "for (let attempt = 1; attempt <= 3; attempt++)", [`  throw new Error("Gave up after 3 attempts");`]) }] }],
    },
    {
      code: retryLibrary("p-retry", "{ retries: 3 }"),
      options: [{ maxAttempts: 3 }],
      errors: [{ messageId: "libraryTooMany", ...at(retryLibrary("p-retry", "{ retries: 3 }"), "retries: 3"), data: { library: "p-retry", why: "retries: 3", attempts: "4", max: "3", retries: "2", what: "a full model call" }, suggestions: [{ messageId: "setRetries", output: retryLibrary("p-retry", "{ retries: 2 }") }] }],
    },
    {
      code: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 3 });`),
      options: [{ maxAttempts: 3 }],
      errors: [{ messageId: "optionTooMany", line: 2, column: 36, data: { value: "3", attempts: "4", max: "3", retries: "2" }, suggestions: [{ messageId: "setRetries", output: code(`import OpenAI from "openai";`, `export const client = new OpenAI({ maxRetries: 2 });`) }] }],
    },
    // Options: maxAttempts 10.
    {
      code: retryLibrary("p-retry", ""),
      options: [{ maxAttempts: 10 }],
      errors: [{ messageId: "libraryTooMany", line: 4, column: 29, data: { library: "p-retry", why: "the default 10 retries", attempts: "11", max: "10", retries: "9", what: "a full model call" }, suggestions: [{ messageId: "setRetries", output: retryLibrary("p-retry", "{ retries: 9 }") }] }],
    },
    {
      code: retryLoop(GOOGLE, "for (let attempt = 0; attempt < 12; attempt++)"),
      options: [{ maxAttempts: 10 }],
      errors: [{ messageId: "loopTooMany", line: 4, column: 3, data: { what: "a full model call", attempts: "12", max: "10", retries: "9" }, suggestions: [] }],
    },
    {
      code: retryLoop(OPENAI, "while (true)"),
      options: [{ maxAttempts: 10 }],
      errors: [{ messageId: "loopUnbounded", line: 4, column: 3, suggestions: [{ messageId: "capLoop", data: { max: "10" }, output: retryLoop(OPENAI, "for (let attempt = 1; attempt <= 10; attempt++)", [`  throw new Error("Gave up after 10 attempts");`]) }] }],
    },
    // JavaScript with ESLint's default parser (espree).
    {
      code: code(
        `import OpenAI from "openai";`,
        `const client = new OpenAI();`,
        `export async function ask(prompt) {`,
        `  while (true) {`,
        `    try {`,
        `      return await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  }`,
        `}`,
      ),
      filename: "ask.mjs",
      languageOptions: { parser: espree },
      errors: [
        {
          messageId: "loopUnbounded",
          line: 4,
          column: 3,
          endColumn: 8,
          suggestions: [
            {
              messageId: "capLoop",
              output: code(
                `import OpenAI from "openai";`,
                `const client = new OpenAI();`,
                `export async function ask(prompt) {`,
                `  for (let attempt = 1; attempt <= 5; attempt++) {`,
                `    try {`,
                `      return await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });`,
                `    } catch (error) {`,
                `      console.warn(error);`,
                `    }`,
                `  }`,
                `  throw new Error("Gave up after 5 attempts");`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: code(`const pRetry = require("p-retry");`, `const Anthropic = require("@anthropic-ai/sdk");`, `const anthropic = new Anthropic({ maxRetries: 10 });`, `module.exports = () => pRetry(() => anthropic.messages.create({ model: "m", max_tokens: 5, messages: [] }), { forever: true });`),
      filename: "ask.cjs",
      languageOptions: { parser: espree },
      errors: [
        {
          messageId: "optionTooMany",
          line: 3,
          column: 35,
          endColumn: 49,
          suggestions: [
            {
              messageId: "setRetries",
              output: code(`const pRetry = require("p-retry");`, `const Anthropic = require("@anthropic-ai/sdk");`, `const anthropic = new Anthropic({ maxRetries: 4 });`, `module.exports = () => pRetry(() => anthropic.messages.create({ model: "m", max_tokens: 5, messages: [] }), { forever: true });`),
            },
          ],
        },
        {
          messageId: "libraryUnbounded",
          line: 4,
          column: 111,
          endColumn: 124,
          suggestions: [
            {
              messageId: "setRetries",
              output: code(`const pRetry = require("p-retry");`, `const Anthropic = require("@anthropic-ai/sdk");`, `const anthropic = new Anthropic({ maxRetries: 10 });`, `module.exports = () => pRetry(() => anthropic.messages.create({ model: "m", max_tokens: 5, messages: [] }), { retries: 4 });`),
            },
          ],
        },
      ],
    },
  ],
});

// --- SDK surfaces, part 2: clients whose maxRetries the SDK honours (groq-sdk, together-ai, Cerebras: default 2) ---
ruleTester.run("no-unbounded-retry (OpenAI-shaped SDKs)", eslintRule("no-unbounded-retry"), {
  valid: [
    code(`import Groq from "groq-sdk";`, `export const groq = new Groq({ maxRetries: 3 });`),
    code(`import Together from "together-ai";`, `export const together = new Together({ maxRetries: 4 });`),
    // portkey-ai has no maxRetries option (one retry, hard-coded; gateway retries are configured in its config)
    code(`import Portkey from "portkey-ai";`, `export const portkey = new Portkey({ apiKey: "k", maxRetries: 10 });`),
    // not an SDK: an app's own class
    code(`class Groq { constructor(readonly o: { maxRetries: number }) {} }`, `export const g = new Groq({ maxRetries: 50 });`),
  ],
  invalid: [
    {
      code: code(`import Groq from "groq-sdk";`, `export const groq = new Groq({ maxRetries: 10 });`),
      errors: [
        {
          messageId: "optionTooMany",
          ...at(code(`import Groq from "groq-sdk";`, `export const groq = new Groq({ maxRetries: 10 });`), "maxRetries: 10"),
          data: { value: "10", attempts: "11", max: "5", retries: "4" },
          suggestions: [{ messageId: "setRetries", data: { key: "maxRetries", retries: "4" }, output: code(`import Groq from "groq-sdk";`, `export const groq = new Groq({ maxRetries: 4 });`) }],
        },
      ],
    },
    {
      // per-request options of Cerebras
      code: code(`import Cerebras from "@cerebras/cerebras_cloud_sdk";`, `const c = new Cerebras();`, `await c.chat.completions.create({ model: "llama3.1-8b", messages: [] }, { maxRetries: 8 });`),
      errors: [
        {
          messageId: "optionTooMany",
          line: 3,
          column: 75,
          endColumn: 88,
          suggestions: [
            {
              messageId: "setRetries",
              output: code(`import Cerebras from "@cerebras/cerebras_cloud_sdk";`, `const c = new Cerebras();`, `await c.chat.completions.create({ model: "llama3.1-8b", messages: [] }, { maxRetries: 4 });`),
            },
          ],
        },
      ],
    },
    {
      // the Assistants API's runs take per-request options too
      code: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.beta.threads.runs.create(threadId, { assistant_id: "a", max_completion_tokens: 9 }, { maxRetries: 6 });`),
      errors: [
        {
          messageId: "optionTooMany",
          line: 3,
          column: 100,
          endColumn: 113,
          suggestions: [
            {
              messageId: "setRetries",
              output: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.beta.threads.runs.create(threadId, { assistant_id: "a", max_completion_tokens: 9 }, { maxRetries: 4 });`),
            },
          ],
        },
      ],
    },
  ],
});

// --- cohere-ai: maxRetries on the client and per request (default 2) ---
ruleTester.run("no-unbounded-retry (cohere-ai)", eslintRule("no-unbounded-retry"), {
  valid: [code(`import { CohereClientV2 } from "cohere-ai";`, `export const cohere = new CohereClientV2({ token: "t", maxRetries: 3 });`)],
  invalid: [
    {
      code: code(`import { CohereClientV2 } from "cohere-ai";`, `const cohere = new CohereClientV2({ token: "t" });`, `await cohere.chat({ model: "m", messages: [], maxTokens: 9 }, { maxRetries: 12 });`),
      errors: [
        {
          messageId: "optionTooMany",
          ...at(code(`import { CohereClientV2 } from "cohere-ai";`, `const cohere = new CohereClientV2({ token: "t" });`, `await cohere.chat({ model: "m", messages: [], maxTokens: 9 }, { maxRetries: 12 });`), "maxRetries: 12"),
          data: { value: "12", attempts: "13", max: "5", retries: "4" },
          suggestions: [
            {
              messageId: "setRetries",
              data: { key: "maxRetries", retries: "4" },
              output: code(`import { CohereClientV2 } from "cohere-ai";`, `const cohere = new CohereClientV2({ token: "t" });`, `await cohere.chat({ model: "m", messages: [], maxTokens: 9 }, { maxRetries: 4 });`),
            },
          ],
        },
      ],
    },
  ],
});

// Retries as production code writes them: re-scheduled with setTimeout, put back on a queue, recursion through a
// method or an options object, regenerated until the reply parses; and SDK settings that count attempts.

const requeue = (pushLine: string, extra: string[] = []): string =>
  code(...HEAD, `const queue: string[] = [];`, `export async function work() {`, `  while (queue.length) {`, `    const job = queue.shift()!;`, `    try {`, `      await ${ASK};`, `    } catch (e) {`, ...extra, `      ${pushLine}`, `    }`, `  }`, `}`);

const bullmq = (addLine: string): string =>
  code(...HEAD, `export async function handle(job: string, jobs: { add(name: string, data: unknown, opts?: object): Promise<void> }) {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    ${addLine}`, `  }`, `}`);

const untilParses = (header: string): string =>
  code(...HEAD, `export async function extract(job: string) {`, `  ${header} {`, `    const reply = await ${ASK};`, `    try {`, `      return JSON.parse(reply.choices[0]!.message.content!);`, `    } catch {}`, `  }`, `}`);

const untilValid = (condition: string, counter = false): string =>
  code(
    ...HEAD,
    `declare function isValid(x: unknown): boolean;`,
    `export async function answer(job: string) {`,
    `  let result;`,
    ...(counter ? [`  let tries = 0;`] : []),
    `  do {`,
    `    result = await ${ASK};`,
    ...(counter ? [`    tries++;`] : []),
    `  } while (${condition});`,
    `  return result;`,
    `}`,
  );

const reschedule = (catchBody: string): string =>
  code(...HEAD, `export async function send(job: string): Promise<void> {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    ${catchBody}`, `  }`, `}`);

const optionsRecursion = (guard: string): string =>
  code(
    ...HEAD,
    `export async function generate(options: { job: string; numRetries?: number }): Promise<unknown> {`,
    `  const { job, numRetries = 0 } = options;`,
    `  try {`,
    `    return await ${ASK};`,
    `  } catch (e) {`,
    `    ${guard}`,
    `      return generate({ job, numRetries: numRetries - 1 });`,
    `    }`,
    `    throw e;`,
    `  }`,
    `}`,
  );

/** A fallback: on a tool-support error, the same function once more without tools; the flag it sets stops it there. */
const FALLBACK_WITHOUT_TOOLS = code(
  ...HEAD,
  `export async function handleChat(params: { prompt: string; skipTools?: boolean }): Promise<unknown> {`,
  `  const { skipTools = false } = params;`,
  `  try {`,
  `    return await ${ASK};`,
  `  } catch (error) {`,
  `    if (!skipTools && String(error).includes("tools")) {`,
  `      return await handleChat({ ...params, skipTools: true });`,
  `    }`,
  `    throw error;`,
  `  }`,
  `}`,
);

ruleTester.run("no-unbounded-retry (production forms)", eslintRule("no-unbounded-retry"), {
  valid: [
    FALLBACK_WITHOUT_TOOLS,
    // A count on the job, compared before it goes back.
    requeue(`if (job.length < 3) queue.push(job);`),
    // A dead-letter list is no queue the job came from.
    code(...HEAD, `const failed: string[] = [];`, `export async function work(job: string) {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    failed.push(job);`, `  }`, `}`),
    // The queue's own attempts option (BullMQ-shaped) bounds it.
    bullmq(`await jobs.add("summarise", job, { attempts: 3, backoff: { type: "exponential", delay: 1000 } });`),
    // Lists that are no queue: a job set aside, or marked.
    code(...HEAD, `const pendingErrors: string[] = [];`, `const doneTasks = new Set<string>();`, `export async function work(job: string) {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    pendingErrors.push(job);`, `    doneTasks.add(job);`, `  }`, `}`),
    // A loop that feeds the reply back is an agent loop (require-iteration-cap's), not a regeneration.
    code(
      ...HEAD,
      `declare function isDone(x: unknown): boolean;`,
      `export async function agent(messages: any[]) {`,
      `  let response;`,
      `  do {`,
      `    response = await client.chat.completions.create({ model: "gpt-4o", messages });`,
      `    messages.push(response.choices[0]!.message);`,
      `  } while (!isDone(response));`,
      `}`,
    ),
    // A capped parse loop.
    untilParses("for (let i = 0; i < 3; i++)"),
    untilValid("!isValid(result) && tries < 3", true),
    // Recursion bounded through an options object (node-DeepResearch's ObjectGeneratorSafe).
    optionsRecursion(`if (numRetries > 0) {`),
    // A retry with a replacement the failure path awaits (a model the user picks: opencommit).
    USER_PICKS_MODEL,
    // A rescheduled retry with a checked count.
    code(...HEAD, `export async function send(job: string, attempt = 0): Promise<void> {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    if (attempt < 3) setTimeout(() => send(job, attempt + 1), 1000 * 2 ** attempt);`, `  }`, `}`),
    // A count kept on the job, checked before the call is re-scheduled.
    code(
      ...HEAD,
      `export class Worker {`,
      `  process(job: { text: string; attempts: number }): void {`,
      `    client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] }).catch(() => {`,
      `      job.attempts++;`,
      `      if (job.attempts < 3) setTimeout(() => this.process(job), 1000 * 2 ** job.attempts);`,
      `    });`,
      `  }`,
      `}`,
    ),
    // Bedrock: maxAttempts counts the first try; 5 attempts are within the limit of 5.
    code(`import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";`, `export const bedrock = new BedrockRuntimeClient({ region: "us-east-1", maxAttempts: 5 });`),
  ],
  invalid: [
    // The same fallback when the call does not set the flag the guard tests: it can call itself forever.
    {
      code: FALLBACK_WITHOUT_TOOLS.replace("skipTools: true });", "skipTools: false });"),
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 20 }],
    },
    {
      code: reschedule(`setTimeout(() => send(job), 1000);`),
      errors: [{ messageId: "recursionUnbounded", ...at(reschedule(`setTimeout(() => send(job), 1000);`), "send(job)"), data: { name: "send", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      // Re-scheduled through a method, from a .catch() callback.
      code: code(...HEAD, `export class Worker {`, `  process(job: string): void {`, `    ${ASK}.catch(() => {`, `      setTimeout(() => this.process(job), 1000);`, `    });`, `  }`, `}`),
      errors: [{ messageId: "recursionUnbounded", line: 6, column: 29, endColumn: 41, data: { name: "process", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      // From an error event's handler.
      code: code(...HEAD, `export function stream(job: string): void {`, `  const s = client.chat.completions.stream({ model: "gpt-4o", messages: [{ role: "user", content: job }] });`, `  s.on("error", () => setTimeout(() => stream(job), 500));`, `}`),
      errors: [{ messageId: "recursionUnbounded", line: 5, column: 40, endColumn: 51 }],
    },
    {
      // The count is passed on but never compared.
      code: code(
        ...HEAD,
        `export class Task {`,
        `  async attemptApiRequest(job: string, retryAttempt = 0): Promise<unknown> {`,
        `    try {`,
        `      return await ${ASK};`,
        `    } catch (e) {`,
        `      await new Promise((r) => setTimeout(r, 1000 * Math.pow(2, retryAttempt)));`,
        `      return this.attemptApiRequest(job, retryAttempt + 1);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 19, endColumn: 59, data: { name: "attemptApiRequest", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      code: optionsRecursion(`if (e) {`),
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 14, endColumn: 59 }],
    },
    {
      // A count kept on the job but never compared.
      code: code(
        ...HEAD,
        `export class Worker {`,
        `  process(job: { text: string; attempts: number }): void {`,
        `    client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] }).catch(() => {`,
        `      job.attempts++;`,
        `      setTimeout(() => this.process(job), 1000);`,
        `    });`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "recursionUnbounded", line: 7, column: 29, endColumn: 41, data: { name: "process", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      code: requeue(`queue.push(job);`),
      errors: [{ messageId: "requeueUnbounded", ...at(requeue(`queue.push(job);`), "push(job)"), data: { queue: "queue", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      // A queue under another name: the job was taken from it.
      code: code(...HEAD, `const inbox: string[] = [];`, `export async function work() {`, `  const job = inbox.pop()!;`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    inbox.unshift(job);`, `  }`, `}`),
      errors: [{ messageId: "requeueUnbounded", line: 9, column: 11, endColumn: 23, data: { queue: "inbox", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      code: bullmq(`await jobs.add("summarise", job);`),
      errors: [{ messageId: "requeueUnbounded", line: 7, column: 16, endColumn: 37, data: { queue: "jobs", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    {
      code: bullmq(`await jobs.add("summarise", job, { attempts: 10 });`),
      errors: [{ messageId: "requeueTooMany", line: 7, column: 16, data: { queue: "jobs", what: "a full model call", max: "5", attempts: "10", retries: "4" } }],
    },
    {
      code: untilParses("while (true)"),
      errors: [
        {
          messageId: "regenerateUnbounded",
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: "capLoop",
              data: { max: "5" },
              output: code(
                ...HEAD,
                `export async function extract(job: string) {`,
                `  for (let attempt = 1; attempt <= 5; attempt++) {`,
                `    const reply = await ${ASK};`,
                `    try {`,
                `      return JSON.parse(reply.choices[0]!.message.content!);`,
                `    } catch {}`,
                `  }`,
                `  throw new Error("Gave up after 5 attempts");`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: untilValid("!isValid(result)"),
      errors: [{ messageId: "regenerateUnbounded", line: 6, column: 3, endColumn: 5, suggestions: [] }],
    },
    {
      code: untilValid("!isValid(result) && tries < 8", true),
      errors: [{ messageId: "regenerateTooMany", line: 7, column: 3, data: { attempts: "8", max: "5", what: "a full model call", retries: "4" }, suggestions: [] }],
    },
    {
      // Bedrock's maxAttempts counts attempts: 8 is 8 attempts, and the fix sets 5, not 4.
      code: code(`import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";`, `export const bedrock = new BedrockRuntimeClient({ region: "us-east-1", maxAttempts: 8 });`),
      errors: [
        {
          messageId: "attemptsOptionTooMany",
          line: 2,
          column: 72,
          endColumn: 86,
          data: { key: "maxAttempts", value: "8", attempts: "8", max: "5", retries: "4" },
          suggestions: [{ messageId: "setRetries", data: { key: "maxAttempts", retries: "5" }, output: code(`import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";`, `export const bedrock = new BedrockRuntimeClient({ region: "us-east-1", maxAttempts: 5 });`) }],
        },
      ],
    },
  ],
});

// --- LlamaIndex.TS: maxRetries is handed to the openai client (default 10, dist/index.js:979) ---
ruleTester.run("no-unbounded-retry (LlamaIndex.TS)", eslintRule("no-unbounded-retry"), {
  valid: [
    code(`import { OpenAI } from "@llamaindex/openai";`, `export const llm = new OpenAI({ model: "gpt-4o", maxRetries: 3 });`),
    // @openrouter/sdk retries are bounded by time (retryConfig), with no maxRetries key
    code(`import { OpenRouter } from "@openrouter/sdk";`, `export const client = new OpenRouter({ apiKey: "k", maxRetries: 50 });`),
  ],
  invalid: [
    {
      code: code(`import { OpenAI } from "@llamaindex/openai";`, `export const llm = new OpenAI({ model: "gpt-4o", maxRetries: 12 });`),
      errors: [
        {
          messageId: "optionTooMany",
          line: 2,
          column: 50,
          endColumn: 64,
          data: { value: "12", attempts: "13", max: "5", retries: "4" },
          suggestions: [{ messageId: "setRetries", data: { key: "maxRetries", retries: "4" }, output: code(`import { OpenAI } from "@llamaindex/openai";`, `export const llm = new OpenAI({ model: "gpt-4o", maxRetries: 4 });`) }],
        },
      ],
    },
  ],
});

// --- A named function expression retrying through its own name (`module.exports = async function f() { ... f() }`) ---
const selfNamed = (args: string) =>
  code(
    `const OpenAI = require("openai");`,
    `const openai = new OpenAI();`,
    `module.exports = async function completeChat(messages, delayMs = 0) {`,
    `  return openai.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages }).catch((err) => {`,
    `    if (err.status === 429) return completeChat(${args});`,
    `  });`,
    `};`,
  );
ruleTester.run("no-unbounded-retry (named function expression)", eslintRule("no-unbounded-retry"), {
  valid: [
    // The inner name is another function: not the expression calling itself.
    code(
      `const OpenAI = require("openai");`,
      `const openai = new OpenAI();`,
      `function completeChat(messages) { return messages.length; }`,
      `module.exports = async function ask(messages) {`,
      `  return openai.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages }).catch(() => completeChat(messages));`,
      `};`,
    ),
    { code: selfNamed("messages, delayMs + 1").replace("if (err.status === 429)", "if (err.status === 429 && delayMs < 3)"), languageOptions: { parser: espree } },
  ],
  invalid: [
    {
      code: selfNamed("messages, (delayMs || 2000) * 2"),
      languageOptions: { parser: espree },
      errors: [{ messageId: "recursionUnbounded", line: 5, column: 36, data: { name: "completeChat", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
  ],
});

// --- requests to the app's own endpoints: a retry is a model call when the route it reaches makes one ---
const OWN_ENDPOINTS = `${__dirname}/../../../test/fixtures/projects/own-endpoints`;
const ownRetry = (url: string, guard = "") =>
  code(
    `export async function send(body: unknown) {`,
    `  for (;;) {`,
    `    try {`,
    `      return await fetch(${url}, { method: "POST", body: JSON.stringify(body) });`,
    `    } catch (e) {`,
    `      ${guard}await new Promise((r) => setTimeout(r, 1000));`,
    `    }`,
    `  }`,
    `}`,
  );
const timeoutRecursion = (check: string) =>
  code(
    `export default async function call(name: string, data: unknown) {`,
    `  let attempts = 0;`,
    `  return attempt();`,
    `  async function attempt(): Promise<unknown> {`,
    `    try {`,
    `      attempts++;`,
    `      return await (await fetch(\`/.netlify/functions/\${name}\`, { method: "POST", body: JSON.stringify(data) })).json();`,
    `    } catch (error) {`,
    `      ${check}`,
    `      if (attempts < 3) return attempt();`,
    `      throw error;`,
    `    }`,
    `  }`,
    `}`,
  );
ruleTester.run("no-unbounded-retry (requests to the app's own LLM endpoints)", eslintRule("no-unbounded-retry"), {
  valid: [
    // /api/login makes no model call.
    { code: ownRetry(`"/api/login"`), filename: `${OWN_ENDPOINTS}/next/components/send.ts` },
    // No route of the project serves /api/nothing; another host is not the app's own endpoint.
    { code: ownRetry(`"/api/nothing"`), filename: `${OWN_ENDPOINTS}/next/components/send.ts` },
    { code: ownRetry(`"https://example.com/api/chat"`), filename: `${OWN_ENDPOINTS}/next/components/send.ts` },
    // Every path back checks the counter.
    { code: timeoutRecursion(`if (String(error).includes("TimeoutErr") && attempts < 5) return attempt();`), filename: `${OWN_ENDPOINTS}/netlify/src/lib/call.ts` },
  ],
  invalid: [
    {
      code: ownRetry(`"/api/chat"`),
      filename: `${OWN_ENDPOINTS}/next/components/send.ts`,
      errors: [
        {
          messageId: "loopUnbounded",
          line: 2,
          column: 3,
          data: { what: "a request to /api/chat, the app's own endpoint that makes a model call", max: "5", attempts: "?", retries: "4" },
          suggestions: [
            {
              messageId: "capLoop",
              data: { max: "5" },
              output: ownRetry(`"/api/chat"`).replace("  for (;;) {", "  for (let attempt = 1; attempt <= 5; attempt++) {").replace(/\n}\n?$/, '\n  throw new Error("Gave up after 5 attempts");\n}'),
            },
          ],
        },
      ],
    },
    {
      code: timeoutRecursion(`if (String(error).includes("TimeoutErr")) return attempt();`),
      filename: `${OWN_ENDPOINTS}/netlify/src/lib/call.ts`,
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 56, data: { name: "attempt", what: "a request to /.netlify/functions/*, the app's own endpoint that makes a model call", max: "5", attempts: "?", retries: "4" } }],
    },
  ],
});

// --- exponential-backoff: backOff(request, { numOfAttempts }) counts attempts, first try included (default 10) ---
const backOffCall = (options: string, operation = `() => client.chat.completions.create({ model: "gpt-4o", messages: [] })`): string =>
  code(`import { backOff } from "exponential-backoff";`, `import OpenAI from "openai";`, `const client = new OpenAI();`, `export const answer = await backOff(${operation}${options ? `, ${options}` : ""});`);

ruleTester.run("no-unbounded-retry (exponential-backoff)", eslintRule("no-unbounded-retry"), {
  valid: [
    { name: "5 attempts: at the limit", code: backOffCall("{ numOfAttempts: 5 }") },
    { name: "3 attempts and a slower start", code: backOffCall("{ numOfAttempts: 3, startingDelay: 500 }") },
    { name: "not an LLM call", code: backOffCall("", `() => fetch("https://example.com/health")`) },
    { name: "options we cannot see", code: backOffCall("options").replace("export const", "declare const options: object;\nexport const") },
    { name: "retries is not its key: the default 10 attempts are reported, not this", code: backOffCall("{ numOfAttempts: 4, retries: 50 }") },
    { name: "another module's backOff", code: backOffCall("").replace(`from "exponential-backoff"`, `from "./backoff"`) },
  ],
  invalid: [
    {
      name: "the default: 10 attempts",
      code: backOffCall(""),
      errors: [
        {
          messageId: "libraryAttemptsTooMany",
          ...at(backOffCall(""), "backOff", 2),
          data: { library: "exponential-backoff", why: "the default 10 attempts", attempts: "10", max: "5", key: "numOfAttempts", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", data: { key: "numOfAttempts", retries: "5" }, output: backOffCall("{ numOfAttempts: 5 }") }],
        },
      ],
    },
    {
      name: "numOfAttempts: 50",
      code: backOffCall("{ numOfAttempts: 50, startingDelay: 200 }"),
      errors: [
        {
          messageId: "libraryAttemptsTooMany",
          ...at(backOffCall("{ numOfAttempts: 50, startingDelay: 200 }"), "numOfAttempts: 50"),
          data: { library: "exponential-backoff", why: "numOfAttempts: 50", attempts: "50", max: "5", key: "numOfAttempts", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", data: { key: "numOfAttempts", retries: "5" }, output: backOffCall("{ numOfAttempts: 5, startingDelay: 200 }") }],
        },
      ],
    },
    {
      name: "numOfAttempts: Infinity",
      code: backOffCall("{ numOfAttempts: Infinity }"),
      errors: [
        {
          messageId: "libraryAttemptsUnbounded",
          ...at(backOffCall("{ numOfAttempts: Infinity }"), "numOfAttempts: Infinity"),
          data: { library: "exponential-backoff", why: "numOfAttempts: Infinity", attempts: "?", max: "5", key: "numOfAttempts", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", output: backOffCall("{ numOfAttempts: 5 }") }],
        },
      ],
    },
    {
      name: "a limit option of 3 allows 3 attempts",
      code: backOffCall("{ numOfAttempts: 4 }"),
      options: [{ maxAttempts: 3 }],
      errors: [{ messageId: "libraryAttemptsTooMany", data: { library: "exponential-backoff", why: "numOfAttempts: 4", attempts: "4", max: "3", key: "numOfAttempts", what: "a full model call" }, suggestions: [{ messageId: "setRetries", output: backOffCall("{ numOfAttempts: 3 }") }] }],
    },
  ],
});

// --- A failed job put back on its queue with a count kept on the job that nothing compares ---
const requeueCounted = (check: string): string =>
  code(
    ...HEAD,
    `const queue: { text: string; attempts: number }[] = [];`,
    `export async function work() {`,
    `  while (queue.length) {`,
    `    const job = queue.shift()!;`,
    `    try {`,
    `      await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job.text }] });`,
    `    } catch (e) {`,
    `      job.attempts = (job.attempts ?? 0) + 1;`,
    `      ${check}queue.push(job);`,
    `    }`,
    `  }`,
    `}`,
  );
ruleTester.run("no-unbounded-retry (requeue with a count never compared)", eslintRule("no-unbounded-retry"), {
  valid: [{ name: "the count compared before the job goes back", code: requeueCounted("if (job.attempts < 3) ") }],
  invalid: [
    {
      name: "the count is kept but never compared",
      code: requeueCounted(""),
      errors: [{ messageId: "requeueUnbounded", ...at(requeueCounted(""), "push(job)"), data: { queue: "queue", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
  ],
});

// --- axios-retry: axiosRetry(client, { retries = 3, retryCondition }) retries every request of the client ---
const axiosRetried = (options: string, url = `"https://api.openai.com/v1/chat/completions"`): string =>
  code(
    `import axios from "axios";`,
    `import axiosRetry from "axios-retry";`,
    `const http = axios.create();`,
    `axiosRetry(http, ${options});`,
    `export const ask = (prompt: string) => http.post(${url}, { model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: prompt }] });`,
  );
ruleTester.run("no-unbounded-retry (axios-retry)", eslintRule("no-unbounded-retry"), {
  valid: [
    { name: "the default 3 retries: 4 attempts", code: axiosRetried(`{ retryCondition: (e) => e.response?.status === 429 }`) },
    { name: "no retryCondition: the default retries a model's POST only on network errors", code: axiosRetried(`{ retries: 20 }`) },
    { name: "a client that sends no model request", code: axiosRetried(`{ retries: 20, retryCondition: () => true }`, `"https://example.com/api/items"`) },
  ],
  invalid: [
    {
      name: "retries: 20 with a condition that retries model requests",
      code: axiosRetried(`{ retries: 20, retryCondition: () => true }`),
      errors: [
        {
          messageId: "libraryTooMany",
          ...at(axiosRetried(`{ retries: 20, retryCondition: () => true }`), "retries: 20"),
          data: { library: "axios-retry", why: "retries: 20", attempts: "21", max: "5", retries: "4", what: "a full model call" },
          suggestions: [{ messageId: "setRetries", data: { key: "retries", retries: "4" }, output: axiosRetried(`{ retries: 4, retryCondition: () => true }`) }],
        },
      ],
    },
  ],
});

// --- Regenerations as production code writes them: the same request until the reply parses or validates ---
const REGEN_HEAD = [...HEAD, `import { z } from "zod";`, `const Answer = z.object({ text: z.string() });`];
const ASK_PROMPT = `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] })`;
const regenFlag = code(...REGEN_HEAD, `declare function validate(x: unknown): boolean;`, `export async function f(prompt: string) {`, `  let ok = false;`, `  while (!ok) {`, `    const r = await ${ASK_PROMPT};`, `    ok = validate(r);`, `  }`, `}`);
const regenSafeParse = code(
  ...REGEN_HEAD,
  `export async function f(prompt: string) {`,
  `  let parsed;`,
  `  do {`,
  `    const r = await ${ASK_PROMPT};`,
  `    parsed = Answer.safeParse(JSON.parse(r.choices[0]!.message.content ?? "{}"));`,
  `  } while (!parsed.success);`,
  `  return parsed.data;`,
  `}`,
);
const regenWhileTrue = (header = "while (true)") =>
  code(
    ...REGEN_HEAD,
    `export async function f(prompt: string) {`,
    `  ${header} {`,
    `    const r = await ${ASK_PROMPT};`,
    `    const parsed = Answer.safeParse(r.choices[0]!.message.content);`,
    `    if (parsed.success) return parsed.data;`,
    `  }`,
    `}`,
  );
const regenRecursion = (guard: string, args = "prompt") =>
  code(
    ...REGEN_HEAD,
    `export async function f(prompt: string): Promise<unknown> {`,
    `  const r = await ${ASK_PROMPT};`,
    `  const parsed = Answer.safeParse(r.choices[0]!.message.content);`,
    `  if (${guard}) return f(${args});`,
    `  return parsed.data;`,
    `}`,
  );
const regenFromCatch = code(
  ...REGEN_HEAD,
  `export async function f(prompt: string): Promise<unknown> {`,
  `  const r = await ${ASK_PROMPT};`,
  `  try {`,
  `    return JSON.parse(r.choices[0]!.message.content!);`,
  `  } catch {`,
  `    return f(prompt);`,
  `  }`,
  `}`,
);
ruleTester.run("no-unbounded-retry (regenerations: the same request until the reply passes)", eslintRule("no-unbounded-retry"), {
  valid: [
    { name: "a counted while (true) regeneration", code: regenWhileTrue("for (let attempt = 0; attempt < 3; attempt++)") },
    {
      name: "the reply is fed back: an agent loop (require-iteration-cap's)",
      code: code(...REGEN_HEAD, `export async function f(messages: any[]) {`, `  while (true) {`, `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`, `    if (r.choices[0]!.finish_reason === "stop") return r;`, `    await runTools(r, messages);`, `  }`, `}`, `declare function runTools(r: unknown, m: any[]): Promise<void>;`),
    },
    {
      name: "each pass takes the next job: not the same request",
      code: code(...REGEN_HEAD, `declare const queue: { next(): Promise<string> };`, `export async function f() {`, `  while (true) {`, `    const prompt = await queue.next();`, `    const r = await ${ASK_PROMPT};`, `    if (r.choices.length) return r;`, `  }`, `}`),
    },
    { name: "the recursion passes another prompt", code: regenRecursion("!parsed.success", "`${prompt} (answer in JSON)`") },
    { name: "the recursion's guard reads no reply", code: regenRecursion("prompt.length > 10000") },
    { name: "a person is asked each pass", code: code(...REGEN_HEAD, `declare const rl: { question(q: string): Promise<string> };`, `export async function f(prompt: string) {`, `  while (true) {`, `    const r = await ${ASK_PROMPT};`, `    const parsed = Answer.safeParse(r.choices[0]!.message.content);`, `    if (parsed.success) return parsed.data;`, `    await rl.question("again?");`, `  }`, `}`) },
  ],
  invalid: [
    { name: "while (!ok) with a validated flag", code: regenFlag, errors: [{ messageId: "regenerateUnbounded", ...at(regenFlag, "while") }] },
    { name: "do ... while (!parsed.success)", code: regenSafeParse, errors: [{ messageId: "regenerateUnbounded", line: 7, column: 3, endColumn: 5 }] },
    {
      name: "while (true) until safeParse succeeds",
      code: regenWhileTrue(),
      errors: [
        {
          messageId: "regenerateUnbounded",
          ...at(regenWhileTrue(), "while"),
          suggestions: [
            {
              messageId: "capLoop",
              output: code(
                ...REGEN_HEAD,
                `export async function f(prompt: string) {`,
                `  for (let attempt = 1; attempt <= 5; attempt++) {`,
                `    const r = await ${ASK_PROMPT};`,
                `    const parsed = Answer.safeParse(r.choices[0]!.message.content);`,
                `    if (parsed.success) return parsed.data;`,
                `  }`,
                `  throw new Error("Gave up after 5 attempts");`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      name: "recursion with the same arguments while the reply fails its check",
      code: regenRecursion("!parsed.success"),
      errors: [{ messageId: "recursionUnbounded", ...at(regenRecursion("!parsed.success"), "f(prompt)"), data: { name: "f", what: "a full model call", max: "5", attempts: "?", retries: "4" } }],
    },
    { name: "recursion from the catch of JSON.parse", code: regenFromCatch, errors: [{ messageId: "recursionUnbounded", ...at(regenFromCatch, "f(prompt)") }] },
  ],
});

// --- generic retry helpers across files: judged where the project gives them an LLM callback ---
const HELPERS = path.resolve(__dirname, "../../../test/fixtures/projects/retry-helpers");
const helperFile = (rel: string): { code: string; filename: string } => {
  const filename = path.join(HELPERS, rel);
  return { code: fs.readFileSync(filename, "utf8"), filename };
};
ruleTester.run("no-unbounded-retry (generic retry helpers across files)", eslintRule("no-unbounded-retry"), {
  valid: [
    // Given only git commands in production code (a test file's model call does not count).
    helperFile("src/lib/git-retry.ts"),
    // Imported by nothing.
    helperFile("src/lib/unused-retry.ts"),
  ],
  invalid: [
    {
      // Imported through a tsconfig path by src/summarize.ts, which gives it a model call.
      ...helperFile("src/lib/retry.ts"),
      errors: [{ messageId: "recursionUnbounded", line: 9, column: 12, data: { name: "withRetry", what: "a rerun of its callback (a full model call, as given at summarize.ts:7)", max: "5", attempts: "?", retries: "4" } }],
    },
    (() => {
      // A base class's method, called by a subclass in another module with a model call.
      const file = helperFile("src/agents/base-agent.ts");
      return {
        ...file,
        errors: [
          {
            messageId: "loopUnbounded" as const,
            line: 4,
            column: 5,
            data: { what: "a rerun of its callback (a full model call, as given at writer.ts:8)", max: "5", attempts: "?", retries: "4" },
            suggestions: [
              {
                messageId: "capLoop" as const,
                output: file.code.replace("    for (;;) {", `    ${CAP5} {`).replace("        console.warn(error);\n      }\n    }\n", `        console.warn(error);\n      }\n    }\n    ${GAVE_UP_5.trim()}\n`),
              },
            ],
          },
        ],
      };
    })(),
  ],
});
