import * as espree from "espree";
import { at, code, eslintRule, ruleTester } from "./tester";
import { ASK, HEAD, USER_PICKS_MODEL } from "./retry-forms";

/** A generic helper given an LLM callback in the same file (after the helper: its lines stay where they are). */
const LLM_USE = [
  `import OpenAI from "openai";`,
  `const client = new OpenAI();`,
  `export const ask = (prompt: string) => withRetry(() => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] }));`,
];

/**
 * require-retry-backoff: a retry of an LLM call (or a generic retry helper) whose wait between attempts does not
 * grow: no wait, or a constant one. Retry libraries back off by default unless `factor` is 1 or less.
 */

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
    header: [`import { ChatOpenAI } from "@langchain/openai";`, `const model = new ChatOpenAI({ model: "gpt-4o" });`],
    call: `model.invoke(prompt)`,
  },
  {
    name: "google generateContent",
    header: [`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`],
    call: `ai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt })`,
  },
];

const OPENAI = SDKS[0]!;
const RESPONSES = SDKS[1]!;
const ANTHROPIC = SDKS[2]!;
const AI = SDKS[3]!;
const LANGCHAIN = SDKS[4]!;
const GOOGLE = SDKS[5]!;

const COUNTED = "for (let attempt = 0; attempt < 3; attempt++)";

/**
 * A retry loop (function on line 3, loop header on line 4): `header` around a try returning the call; `onFailure`
 * lines run in the catch.
 */
function retryLoop(sdk: Sdk, header: string, onFailure: string[], extra: string[] = []): string {
  return code(
    ...sdk.header,
    `async function ask(prompt: string) {`,
    `  ${header} {`,
    `    try {`,
    `      return await ${sdk.call};`,
    `    } catch (error) {`,
    ...onFailure.map((l) => `      ${l}`),
    `    }`,
    `  }`,
    ...extra,
    `}`,
  );
}

/** Invalid: a constant wait in a counted loop, with the suggestion to grow it with the counter. */
function constantCase(sdk: Sdk, wait: (ms: string) => string, ms: string, delayText: string) {
  return {
    code: retryLoop(sdk, COUNTED, [wait(ms)]),
    errors: [
      {
        messageId: "constantDelay" as const,
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 6,
        data: { delay: delayText },
        suggestions: [{ messageId: "growDelay" as const, data: { expr: `${ms} * 2 ** attempt` }, output: retryLoop(sdk, COUNTED, [wait(`${ms} * 2 ** attempt`)]) }],
      },
    ],
  };
}

const sleep = (ms: string): string => `await sleep(${ms});`;
const promiseTimeout = (ms: string): string => `await new Promise((resolve) => setTimeout(resolve, ${ms}));`;

function retryLibrary(lib: "p-retry" | "async-retry", options: string, operation = `() => client.chat.completions.create({ model: "gpt-4o", messages: [] })`): string {
  const name = lib === "p-retry" ? "pRetry" : "retry";
  return code(`import ${name} from "${lib}";`, `import OpenAI from "openai";`, `const client = new OpenAI();`, `export const answer = await ${name}(${operation}${options ? `, ${options}` : ""});`);
}

ruleTester.run("require-retry-backoff", eslintRule("require-retry-backoff"), {
  valid: [
    // Exponential backoff with the counter, for every SDK.
    ...SDKS.map((sdk) => ({ code: retryLoop(sdk, COUNTED, [`await sleep(1000 * 2 ** attempt);`]), name: `2 ** attempt: ${sdk.name}` })),
    // Math.pow, a backoff helper, a linear wait, a wait computed by a function we cannot see.
    retryLoop(OPENAI, COUNTED, [`await sleep(Math.pow(2, attempt) * 250);`]),
    retryLoop(ANTHROPIC, COUNTED, [`await sleep(backoff(attempt));`]),
    retryLoop(AI, COUNTED, [`await delay(exponentialDelay(attempt, { base: 500 }));`]),
    retryLoop(LANGCHAIN, COUNTED, [`await sleep(1000 * (attempt + 1));`]),
    retryLoop(GOOGLE, COUNTED, [`await sleep(getRetryDelay(error));`]),
    retryLoop(RESPONSES, COUNTED, [`await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));`]),
    // The wait is computed on each attempt into a local, or read from a schedule indexed by the attempt.
    retryLoop(ANTHROPIC, COUNTED, [`const delay = calculateRetryDelay(config, attempt);`, `if (delay > 0) await sleep(delay);`]),
    retryLoop(GOOGLE, COUNTED, [`const wait = SCHEDULE[attempt];`, `await sleep(wait);`]).replace("async function", "const SCHEDULE = [500, 1000, 2000];\nasync function"),
    // A local helper that waits, called on the failure path.
    code(
      ...AI.header,
      `async function onFailure(error: unknown, attempt: number) {`,
      `  console.warn(error);`,
      `  await sleep(1000 * 2 ** attempt);`,
      `}`,
      `async function ask(prompt: string) {`,
      `  for (let attempt = 0; attempt < 3; attempt++) {`,
      `    try {`,
      `      return await ${AI.call};`,
      `    } catch (error) {`,
      `      await onFailure(error, attempt);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // A wait on a condition, not a number of milliseconds: not judged.
    retryLoop(OPENAI, COUNTED, [`await waitFor(() => limiter.ready());`]),
    code(`import { setTimeout } from "node:timers/promises";`, ...retryLoop(OPENAI, COUNTED, [`await setTimeout(100 * 2 ** attempt);`]).split("\n")),
    // A delay variable doubled after each failure, in an unbounded loop (unbounded is the other rule's business).
    code(
      ...LANGCHAIN.header,
      `async function ask(prompt: string) {`,
      `  let delayMs = 500;`,
      `  while (true) {`,
      `    try {`,
      `      return await ${LANGCHAIN.call};`,
      `    } catch (error) {`,
      `      await sleep(delayMs);`,
      `      delayMs *= 2;`,
      `    }`,
      `  }`,
      `}`,
    ),
    code(
      ...GOOGLE.header,
      `async function ask(prompt: string) {`,
      `  let wait = 250;`,
      `  for (let attempt = 0; attempt < 4; attempt++) {`,
      `    try {`,
      `      return await ${GOOGLE.call};`,
      `    } catch (error) {`,
      `      await new Promise((resolve) => setTimeout(resolve, wait));`,
      `      wait = Math.min(wait * 2, 8_000);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // The wait comes first in the loop body, or first in the try block before the call.
    code(
      ...OPENAI.header,
      `async function ask(prompt: string) {`,
      `  for (let attempt = 0; attempt < 3; attempt++) {`,
      `    if (attempt > 0) await sleep(2 ** attempt * 1000);`,
      `    try {`,
      `      return await ${OPENAI.call};`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    code(
      ...ANTHROPIC.header,
      `async function ask(prompt: string) {`,
      `  for (let attempt = 0; attempt < 3; attempt++) {`,
      `    try {`,
      `      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 1000));`,
      `      return await ${ANTHROPIC.call};`,
      `    } catch (error) {`,
      `      console.warn(error);`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Recursion that backs off, on the failure path or before the try.
    code(
      ...OPENAI.header,
      `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
      `  try {`,
      `    return await ${OPENAI.call};`,
      `  } catch (error) {`,
      `    if (attempt >= 3) throw error;`,
      `    await sleep(500 * 2 ** attempt);`,
      `    return ask(prompt, attempt + 1);`,
      `  }`,
      `}`,
    ),
    code(
      ...AI.header,
      `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
      `  if (attempt > 0) await sleep(1000 * 2 ** attempt);`,
      `  try {`,
      `    return await ${AI.call};`,
      `  } catch (error) {`,
      `    if (attempt >= 3) throw error;`,
      `    return ask(prompt, attempt + 1);`,
      `  }`,
      `}`,
    ),
    code(
      ...ANTHROPIC.header,
      `function ask(prompt: string, attempt = 0): Promise<unknown> {`,
      `  return ${ANTHROPIC.call}.catch(() => sleep(2 ** attempt * 100).then(() => ask(prompt, attempt + 1)));`,
      `}`,
    ),
    // A generic helper no code of the file gives a model call: not judged.
    code(
      `export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
      `  for (;;) {`,
      `    try {`,
      `      return await fn();`,
      `    } catch (err) {`,
      `      await new Promise((resolve) => setTimeout(resolve, 250));`,
      `    }`,
      `  }`,
      `}`,
      `export const ping = () => withRetry(() => fetch("https://example.com/health"));`,
    ),
    // A generic helper that backs off.
    code(
      `export async function withRetry<T>(fn: () => Promise<T>, retries = 3): Promise<T> {`,
      `  for (let i = 0; ; i++) {`,
      `    try {`,
      `      return await fn();`,
      `    } catch (error) {`,
      `      if (i >= retries) throw error;`,
      `      await new Promise((resolve) => setTimeout(resolve, 2 ** i * 100));`,
      `    }`,
      `  }`,
      `}`,
    ),
    // Retry libraries back off by default (factor 2).
    retryLibrary("p-retry", "{ retries: 3 }"),
    retryLibrary("p-retry", ""),
    retryLibrary("async-retry", "{ retries: 3, factor: 2, minTimeout: 1000 }"),
    retryLibrary("async-retry", "{ retries: 3, factor: 1.5 }"),
    // factor 1 on something that is not an LLM call, or a factor we cannot read.
    code(`import pRetry from "p-retry";`, `await pRetry(() => fetch("https://example.com"), { retries: 3, factor: 1 });`),
    retryLibrary("p-retry", "{ retries: 3, factor: config.factor }"),
    // Not retries: polling with no LLM call, an agent loop, a poll helper for callbacks, a fallback across models.
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
    code(
      ...OPENAI.header,
      `async function agent(messages: any[]) {`,
      `  for (let step = 0; step < 10; step++) {`,
      `    const r = await client.chat.completions.create({ model: "gpt-4o", messages });`,
      `    if (r.choices[0].finish_reason === "stop") return r;`,
      `    messages.push(r.choices[0].message);`,
      `    await sleep(100);`,
      `  }`,
      `}`,
    ),
    code(
      `export async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000) {`,
      `  const deadline = Date.now() + timeoutMs;`,
      `  while (Date.now() < deadline) {`,
      `    try {`,
      `      if (await check()) return;`,
      `    } catch {}`,
      `    await sleep(100);`,
      `  }`,
      `  throw new Error("timed out");`,
      `}`,
    ),
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
    // The catch rethrows: one attempt, nothing to wait for.
    retryLoop(OPENAI, "while (true)", [`await sleep(1000);`, `throw error;`]),
    // JavaScript with ESLint's default parser (espree).
    {
      code: code(
        `import Anthropic from "@anthropic-ai/sdk";`,
        `const anthropic = new Anthropic();`,
        `export async function ask(prompt) {`,
        `  for (let attempt = 0; attempt < 3; attempt++) {`,
        `    try {`,
        `      return await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: prompt }] });`,
        `    } catch (error) {`,
        `      await sleep(1000 * 2 ** attempt);`,
        `    }`,
        `  }`,
        `}`,
      ),
      filename: "ask.mjs",
      languageOptions: { parser: espree },
    },
  ],
  invalid: [
    // No wait at all, for every SDK.
    ...SDKS.map((sdk) => ({
      code: retryLoop(sdk, COUNTED, [`console.warn("retrying", error);`]),
      name: `no delay: ${sdk.name}`,
      errors: [{ messageId: "noDelay" as const, line: 4, column: 3, endLine: 4, endColumn: 6, suggestions: [] }],
    })),
    // A constant wait: literal, Promise+setTimeout, a const, a property; seconds and milliseconds in the message.
    { ...constantCase(OPENAI, sleep, "1000", "of 1 s"), name: "sleep(1000)" },
    { ...constantCase(ANTHROPIC, promiseTimeout, "1500", "of 1.5 s"), name: "new Promise(setTimeout 1500)" },
    { ...constantCase(AI, sleep, "250", "of 250 ms"), name: "sleep(250)" },
    {
      code: retryLoop(GOOGLE, COUNTED, [`await sleep(RETRY_DELAY);`]).replace("async function", "const RETRY_DELAY = 2_000;\nasync function"),
      errors: [
        {
          messageId: "constantDelay",
          line: 5,
          column: 3,
          data: { delay: "of 2 s" },
          suggestions: [{ messageId: "growDelay", data: { expr: "RETRY_DELAY * 2 ** attempt" }, output: retryLoop(GOOGLE, COUNTED, [`await sleep(RETRY_DELAY * 2 ** attempt);`]).replace("async function", "const RETRY_DELAY = 2_000;\nasync function") }],
        },
      ],
    },
    {
      // A constant kept in a local: still constant.
      code: retryLoop(AI, COUNTED, [`const delay = 1000;`, `await sleep(delay);`]),
      errors: [
        {
          messageId: "constantDelay",
          line: 4,
          column: 3,
          data: { delay: "of 1 s" },
          suggestions: [{ messageId: "growDelay", data: { expr: "delay * 2 ** attempt" }, output: retryLoop(AI, COUNTED, [`const delay = 1000;`, `await sleep(delay * 2 ** attempt);`]) }],
        },
      ],
    },
    {
      // A local helper that makes no wait does not count as one.
      code: code(
        ...AI.header,
        `function logFailure(error: unknown) {`,
        `  console.warn(error);`,
        `}`,
        `async function ask(prompt: string) {`,
        `  for (let attempt = 0; attempt < 3; attempt++) {`,
        `    try {`,
        `      return await ${AI.call};`,
        `    } catch (error) {`,
        `      logFailure(error);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "noDelay", line: 7, column: 3, suggestions: [] }],
    },
    {
      // A delay we cannot read: named in the message, no parentheses needed around a property.
      code: retryLoop(LANGCHAIN, COUNTED, [`await sleep(options.retryDelayMs);`]).replace("ask(prompt: string)", "ask(prompt: string, options: { retryDelayMs: number })"),
      errors: [
        {
          messageId: "constantDelay",
          line: 4,
          column: 3,
          data: { delay: "of options.retryDelayMs" },
          suggestions: [
            {
              messageId: "growDelay",
              output: retryLoop(LANGCHAIN, COUNTED, [`await sleep(options.retryDelayMs * 2 ** attempt);`]).replace("ask(prompt: string)", "ask(prompt: string, options: { retryDelayMs: number })"),
            },
          ],
        },
      ],
    },
    {
      // Jitter alone does not grow; the expression is parenthesised in the fix.
      code: retryLoop(RESPONSES, COUNTED, [`await sleep(Math.random() * 1000);`]),
      errors: [
        {
          messageId: "constantDelay",
          line: 4,
          column: 3,
          data: { delay: "of Math.random() * 1000" },
          suggestions: [{ messageId: "growDelay", data: { expr: "(Math.random() * 1000) * 2 ** attempt" }, output: retryLoop(RESPONSES, COUNTED, [`await sleep((Math.random() * 1000) * 2 ** attempt);`]) }],
        },
      ],
    },
    {
      // while (true): no counter to grow with, so no suggestion.
      code: retryLoop(OPENAI, "while (true)", [`await sleep(1000);`]),
      errors: [{ messageId: "constantDelay", line: 4, column: 3, endColumn: 8, data: { delay: "of 1 s" }, suggestions: [] }],
    },
    {
      code: retryLoop(ANTHROPIC, "for (;;)", [`console.warn(error);`]),
      errors: [{ messageId: "noDelay", line: 4, column: 3, endColumn: 6, suggestions: [] }],
    },
    {
      // while (true) with a counter checked in the catch: the counter is used.
      code: code(
        ...OPENAI.header,
        `async function ask(prompt: string) {`,
        `  let attempt = 0;`,
        `  while (true) {`,
        `    try {`,
        `      return await ${OPENAI.call};`,
        `    } catch (error) {`,
        `      if (++attempt >= 3) throw error;`,
        `      await sleep(500);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [
        {
          messageId: "constantDelay",
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: "growDelay",
              output: code(
                ...OPENAI.header,
                `async function ask(prompt: string) {`,
                `  let attempt = 0;`,
                `  while (true) {`,
                `    try {`,
                `      return await ${OPENAI.call};`,
                `    } catch (error) {`,
                `      if (++attempt >= 3) throw error;`,
                `      await sleep(500 * 2 ** attempt);`,
                `    }`,
                `  }`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      // do-while with the counter in the condition.
      code: code(
        ...AI.header,
        `async function ask(prompt: string) {`,
        `  let attempt = 0;`,
        `  do {`,
        `    try {`,
        `      return await ${AI.call};`,
        `    } catch (error) {`,
        `      await new Promise((r) => setTimeout(r, 300));`,
        `    }`,
        `  } while (++attempt < 3);`,
        `}`,
      ),
      errors: [
        {
          messageId: "constantDelay",
          line: 5,
          column: 3,
          endColumn: 5,
          data: { delay: "of 300 ms" },
          suggestions: [
            {
              messageId: "growDelay",
              output: code(
                ...AI.header,
                `async function ask(prompt: string) {`,
                `  let attempt = 0;`,
                `  do {`,
                `    try {`,
                `      return await ${AI.call};`,
                `    } catch (error) {`,
                `      await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));`,
                `    }`,
                `  } while (++attempt < 3);`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      // A counter that counts down would shrink the delay: no suggestion.
      code: retryLoop(GOOGLE, "for (let left = 3; left > 0; left--)", [`await sleep(1000);`]),
      errors: [{ messageId: "constantDelay", line: 4, column: 3, suggestions: [] }],
    },
    {
      code: code(
        ...ANTHROPIC.header,
        `async function ask(prompt: string) {`,
        `  let attempts = 3;`,
        `  while (attempts--) {`,
        `    try {`,
        `      return await ${ANTHROPIC.call};`,
        `    } catch (error) {`,
        `      await sleep(1000);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "constantDelay", line: 5, column: 3, endColumn: 8, suggestions: [] }],
    },
    {
      // A constant wait in the try block before the call.
      code: retryLoop(OPENAI, COUNTED, [`console.warn(error);`]).replace(`      return await`, `      if (attempt > 0) await sleep(2000);\n      return await`),
      errors: [
        {
          messageId: "constantDelay",
          line: 4,
          column: 3,
          data: { delay: "of 2 s" },
          suggestions: [{ messageId: "growDelay", output: retryLoop(OPENAI, COUNTED, [`console.warn(error);`]).replace(`      return await`, `      if (attempt > 0) await sleep(2000 * 2 ** attempt);\n      return await`) }],
        },
      ],
    },
    {
      // A throttle in the try block after the call runs on success only: not a wait between attempts.
      code: retryLoop(OPENAI, COUNTED, [`console.warn(error);`]).replace(`      return await ${OPENAI.call};`, `      const result = await ${OPENAI.call};\n      await sleep(50);\n      return result;`),
      errors: [{ messageId: "noDelay", line: 4, column: 3, suggestions: [] }],
    },
    {
      // A timeout raced against the call is not a wait between attempts.
      code: retryLoop(OPENAI, COUNTED, [`console.warn(error);`]).replace(`return await ${OPENAI.call};`, `return await Promise.race([timeout(30_000), ${OPENAI.call}]);`),
      errors: [{ messageId: "noDelay", line: 4, column: 3, suggestions: [] }],
    },
    // A local helper that makes the call, and this.method().
    {
      code: code(
        ...OPENAI.header,
        `function callModel(prompt: string) {`,
        `  return ${OPENAI.call};`,
        `}`,
        `export async function ask(prompt: string) {`,
        `  for (let attempt = 1; attempt <= 3; attempt++) {`,
        `    try {`,
        `      return await callModel(prompt);`,
        `    } catch (error) {`,
        `      console.warn(error);`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "noDelay", line: 7, column: 3, suggestions: [] }],
    },
    {
      code: code(
        `import Anthropic from "@anthropic-ai/sdk";`,
        `export class Bot {`,
        `  private anthropic = new Anthropic();`,
        `  private call(prompt: string) {`,
        `    return this.anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: prompt }] });`,
        `  }`,
        `  async ask(prompt: string) {`,
        `    for (let i = 0; i < 3; i++) {`,
        `      try {`,
        `        return await this.call(prompt);`,
        `      } catch (error) {`,
        `        await sleep(1000);`,
        `      }`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [
        {
          messageId: "constantDelay",
          line: 8,
          column: 5,
          endColumn: 8,
          suggestions: [
            {
              messageId: "growDelay",
              data: { expr: "1000 * 2 ** i" },
              output: code(
                `import Anthropic from "@anthropic-ai/sdk";`,
                `export class Bot {`,
                `  private anthropic = new Anthropic();`,
                `  private call(prompt: string) {`,
                `    return this.anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: prompt }] });`,
                `  }`,
                `  async ask(prompt: string) {`,
                `    for (let i = 0; i < 3; i++) {`,
                `      try {`,
                `        return await this.call(prompt);`,
                `      } catch (error) {`,
                `        await sleep(1000 * 2 ** i);`,
                `      }`,
                `    }`,
                `  }`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    // Recursion.
    {
      code: code(...OPENAI.header, `async function ask(prompt: string): Promise<unknown> {`, `  try {`, `    return await ${OPENAI.call};`, `  } catch {`, `    return ask(prompt);`, `  }`, `}`),
      errors: [{ messageId: "noDelay", line: 7, column: 12, endColumn: 23, suggestions: [] }],
    },
    {
      code: code(
        ...GOOGLE.header,
        `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
        `  try {`,
        `    return await ${GOOGLE.call};`,
        `  } catch (error) {`,
        `    if (attempt >= 3) throw error;`,
        `    await sleep(1000);`,
        `    return ask(prompt, attempt + 1);`,
        `  }`,
        `}`,
      ),
      errors: [
        {
          messageId: "constantDelay",
          line: 9,
          column: 12,
          endColumn: 36,
          data: { delay: "of 1 s" },
          suggestions: [
            {
              messageId: "growDelay",
              output: code(
                ...GOOGLE.header,
                `async function ask(prompt: string, attempt = 0): Promise<unknown> {`,
                `  try {`,
                `    return await ${GOOGLE.call};`,
                `  } catch (error) {`,
                `    if (attempt >= 3) throw error;`,
                `    await sleep(1000 * 2 ** attempt);`,
                `    return ask(prompt, attempt + 1);`,
                `  }`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      // Counting down: no suggestion.
      code: code(
        `export async function withRetry<T>(fn: () => Promise<T>, retries = 3): Promise<T> {`,
        `  try {`,
        `    return await fn();`,
        `  } catch (error) {`,
        `    if (retries <= 0) throw error;`,
        `    await sleep(1000);`,
        `    return withRetry(fn, retries - 1);`,
        `  }`,
        `}`,
        ...LLM_USE,
      ),
      errors: [{ messageId: "constantDelay", line: 7, column: 12, data: { delay: "of 1 s" }, suggestions: [] }],
    },
    {
      // Promise recursion that waits a constant time.
      code: code(...LANGCHAIN.header, `export function ask(prompt: string): Promise<unknown> {`, `  return ${LANGCHAIN.call}.catch(() => sleep(1000).then(() => ask(prompt)));`, `}`),
      errors: [{ messageId: "constantDelay", line: 4, column: 9 + LANGCHAIN.call.length + 36 + 1, data: { delay: "of 1 s" }, suggestions: [] }],
    },
    // Generic helpers.
    {
      code: code(
        `export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {`,
        `  for (;;) {`,
        `    try {`,
        `      return await fn();`,
        `    } catch (err) {`,
        `      await new Promise((resolve) => setTimeout(resolve, 250));`,
        `    }`,
        `  }`,
        `}`,
        ...LLM_USE,
      ),
      errors: [{ messageId: "constantDelay", line: 2, column: 3, endColumn: 6, data: { delay: "of 250 ms" }, suggestions: [] }],
    },
    {
      code: code(
        `export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {`,
        `  let lastError: unknown;`,
        `  for (let i = 0; i < attempts; i++) {`,
        `    try {`,
        `      return await fn();`,
        `    } catch (error) {`,
        `      lastError = error;`,
        `    }`,
        `  }`,
        `  throw lastError;`,
        `}`,
        ...LLM_USE,
      ),
      errors: [{ messageId: "noDelay", line: 3, column: 3, suggestions: [] }],
    },
    // Retry libraries with factor 1 or less.
    {
      code: retryLibrary("async-retry", "{ retries: 3, factor: 1 }"),
      errors: [{ messageId: "libraryFactor", line: 4, column: 122, endColumn: 131, data: { factor: "1", library: "async-retry" } }],
    },
    {
      code: code(`import pRetry from "p-retry";`, `import { generateText } from "ai";`, `const FACTOR = 1;`, `await pRetry(() => generateText({ model, prompt: "x" }), {`, `  retries: 4,`, `  factor: FACTOR,`, `});`),
      errors: [{ messageId: "libraryFactor", line: 6, column: 3, endColumn: 17, data: { factor: "1", library: "p-retry" } }],
    },
    {
      code: retryLibrary("p-retry", "{ factor: 0.5 }"),
      errors: [{ messageId: "libraryFactor", line: 4, column: 111, endColumn: 122, data: { factor: "0.5", library: "p-retry" } }],
    },
    // JavaScript with ESLint's default parser (espree).
    {
      code: code(
        `import OpenAI from "openai";`,
        `const client = new OpenAI();`,
        `export async function ask(prompt) {`,
        `  for (let attempt = 0; attempt < 3; attempt++) {`,
        `    try {`,
        `      return await client.responses.create({ model: "gpt-4o", input: prompt });`,
        `    } catch (error) {`,
        `      await new Promise((resolve) => setTimeout(resolve, 1000));`,
        `    }`,
        `  }`,
        `}`,
      ),
      filename: "ask.mjs",
      languageOptions: { parser: espree },
      errors: [
        {
          messageId: "constantDelay",
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: "growDelay",
              output: code(
                `import OpenAI from "openai";`,
                `const client = new OpenAI();`,
                `export async function ask(prompt) {`,
                `  for (let attempt = 0; attempt < 3; attempt++) {`,
                `    try {`,
                `      return await client.responses.create({ model: "gpt-4o", input: prompt });`,
                `    } catch (error) {`,
                `      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));`,
                `    }`,
                `  }`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: code(`const retry = require("async-retry");`, `const { generateText } = require("ai");`, `module.exports = (model) => retry(() => generateText({ model, prompt: "x" }), { retries: 2, factor: 1 });`),
      filename: "ask.js",
      languageOptions: { parser: espree },
      errors: [{ messageId: "libraryFactor", line: 3, column: 93, endColumn: 102 }],
    },
    {
      code: code(`const { generateText } = require("ai");`, `async function ask(model) {`, `  try {`, `    return await generateText({ model, prompt: "x" });`, `  } catch (e) {`, `    return ask(model);`, `  }`, `}`),
      filename: "ask.js",
      languageOptions: { parser: espree },
      errors: [{ messageId: "noDelay", line: 6, column: 12, endColumn: 22, suggestions: [] }],
    },
  ],
});

// Retries as production code writes them.
const resend = (catchBody: string, params = "job: string"): string =>
  code(...HEAD, `export async function send(${params}): Promise<void> {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    ${catchBody}`, `  }`, `}`);

ruleTester.run("require-retry-backoff (production forms)", eslintRule("require-retry-backoff"), {
  valid: [
    // Re-scheduled with a delay that doubles.
    resend(`if (attempt < 3) setTimeout(() => send(job, attempt + 1), 1000 * 2 ** attempt);`, "job: string, attempt = 0"),
    // Asking again for a reply that did not parse: the provider did not fail, nothing to back off from.
    code(...HEAD, `export async function extract(job: string) {`, `  for (let i = 0; i < 3; i++) {`, `    const reply = await ${ASK};`, `    try {`, `      return JSON.parse(reply.choices[0]!.message.content!);`, `    } catch {}`, `  }`, `}`),
    // A job put back on a queue waits for its turn there.
    code(...HEAD, `const queue: string[] = [];`, `export async function work(job: string) {`, `  try {`, `    await ${ASK};`, `  } catch (e) {`, `    queue.push(job);`, `  }`, `}`),
    // A retry with a replacement the user picks (opencommit): not a retry of the same request.
    USER_PICKS_MODEL,
    // A fallback without tools that runs once (the flag it sets stops it): not a retry of the same request.
    code(
      ...HEAD,
      `export async function handleChat(params: { prompt: string; skipTools?: boolean }): Promise<unknown> {`,
      `  try {`,
      `    return await ${ASK};`,
      `  } catch (error) {`,
      `    if (!params.skipTools) return await handleChat({ ...params, skipTools: true });`,
      `    throw error;`,
      `  }`,
      `}`,
    ),
  ],
  invalid: [
    {
      // Re-scheduled after a constant delay, with no count to grow it by.
      code: resend(`setTimeout(() => send(job), 1000);`),
      errors: [{ messageId: "constantDelay", line: 7, column: 22, endColumn: 31, data: { delay: "of 1 s" }, suggestions: [] }],
    },
    {
      // With a checked count: the fix grows the delay with it.
      code: resend(`if (attempt < 3) setTimeout(() => send(job, attempt + 1), 1000);`, "job: string, attempt = 0"),
      errors: [
        {
          messageId: "constantDelay",
          line: 7,
          column: 39,
          endColumn: 61,
          data: { delay: "of 1 s" },
          suggestions: [{ messageId: "growDelay", data: { expr: "1000 * 2 ** attempt" }, output: resend(`if (attempt < 3) setTimeout(() => send(job, attempt + 1), 1000 * 2 ** attempt);`, "job: string, attempt = 0") }],
        },
      ],
    },
    {
      // From a .catch() callback, through a method.
      code: code(...HEAD, `export class Worker {`, `  process(job: string): void {`, `    ${ASK}.catch(() => {`, `      setTimeout(() => this.process(job), 500);`, `    });`, `  }`, `}`),
      errors: [{ messageId: "constantDelay", line: 6, column: 29, endColumn: 41, data: { delay: "of 500 ms" }, suggestions: [] }],
    },
    {
      // From an error event's handler.
      code: code(...HEAD, `export function stream(job: string): void {`, `  const s = client.chat.completions.stream({ model: "gpt-4o", messages: [{ role: "user", content: job }] });`, `  s.on("error", () => setTimeout(() => stream(job), 500));`, `}`),
      errors: [{ messageId: "constantDelay", line: 5, column: 40, endColumn: 51, data: { delay: "of 500 ms" }, suggestions: [] }],
    },
  ],
});

// --- A recursion that passes its delay doubled: the wait grows (the real shape: `{ delayMs: (delayMs || 2000) * 2 }`) ---
const doubling = (wait: string, next: string) =>
  code(
    `const OpenAI = require("openai");`,
    `const openai = new OpenAI();`,
    `module.exports = async function completeChat(messages, { model = "gpt-4o", delayMs = 0 } = {}) {`,
    `  return new Promise((resolve) => setTimeout(resolve, ${wait})).then(() =>`,
    `    openai.chat.completions.create({ model, max_tokens: 100, messages }).catch((err) => {`,
    `      if (err.status === 429) return completeChat(messages, { model, delayMs: ${next} });`,
    `    }),`,
    `  );`,
    `};`,
  );
ruleTester.run("require-retry-backoff (delay doubled by the recursive call)", eslintRule("require-retry-backoff"), {
  valid: [
    { code: doubling("delayMs", "(delayMs || 2000) * 2"), languageOptions: { parser: espree } },
    { code: doubling("delayMs", "delayMs * 2 + 100"), languageOptions: { parser: espree } },
  ],
  invalid: [
    {
      // The same delay passed on unchanged: constant.
      code: doubling("delayMs", "delayMs || 2000"),
      languageOptions: { parser: espree },
      errors: [{ messageId: "constantDelay", line: 6, suggestions: [] }],
    },
  ],
});

// --- exponential-backoff: timeMultiple is its growth factor (default 2) ---
const backOffCall = (options: string): string =>
  code(`import { backOff } from "exponential-backoff";`, `import OpenAI from "openai";`, `const client = new OpenAI();`, `export const answer = await backOff(() => client.chat.completions.create({ model: "gpt-4o", messages: [] })${options ? `, ${options}` : ""});`);

ruleTester.run("require-retry-backoff (exponential-backoff)", eslintRule("require-retry-backoff"), {
  valid: [
    { name: "the default timeMultiple 2", code: backOffCall("{ numOfAttempts: 3 }") },
    { name: "timeMultiple 3", code: backOffCall("{ numOfAttempts: 3, timeMultiple: 3 }") },
    { name: "factor is not its key", code: backOffCall("{ numOfAttempts: 3, factor: 1 }") },
  ],
  invalid: [
    {
      name: "timeMultiple 1: a constant delay",
      code: backOffCall("{ numOfAttempts: 3, timeMultiple: 1 }"),
      errors: [{ messageId: "libraryMultiplier", ...at(backOffCall("{ numOfAttempts: 3, timeMultiple: 1 }"), "timeMultiple: 1"), data: { key: "timeMultiple", factor: "1", library: "exponential-backoff" } }],
    },
  ],
});

// --- axios-retry: with no retryDelay it retries at once ---
const axiosRetried = (options: string): string =>
  code(
    `import axios from "axios";`,
    `import axiosRetry from "axios-retry";`,
    `const http = axios.create();`,
    `axiosRetry(http, ${options});`,
    `export const ask = (prompt: string) => http.post("https://api.openai.com/v1/chat/completions", { model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: prompt }] });`,
  );
ruleTester.run("require-retry-backoff (axios-retry)", eslintRule("require-retry-backoff"), {
  valid: [
    { name: "exponentialDelay", code: axiosRetried(`{ retryCondition: () => true, retryDelay: axiosRetry.exponentialDelay }`) },
    { name: "a delay of the count", code: axiosRetried(`{ retryCondition: () => true, retryDelay: (count) => count * 1000 }`) },
    { name: "no retryCondition: a model's POST is retried only on network errors", code: axiosRetried(`{ retries: 2 }`) },
  ],
  invalid: [
    {
      name: "no retryDelay: at once",
      code: axiosRetried(`{ retryCondition: (e) => e.response?.status === 429 }`),
      errors: [{ messageId: "noDelay", ...at(axiosRetried(`{ retryCondition: (e) => e.response?.status === 429 }`), "axiosRetry", 1) }],
    },
    {
      name: "a constant retryDelay",
      code: axiosRetried(`{ retryCondition: () => true, retryDelay: () => 1500 }`),
      errors: [{ messageId: "constantDelay", data: { delay: "of 1.5 s" }, ...at(axiosRetried(`{ retryCondition: () => true, retryDelay: () => 1500 }`), "axiosRetry", 1) }],
    },
  ],
});

// --- A regeneration asks again because the reply did not parse, not because the provider failed: no wait is due ---
ruleTester.run("require-retry-backoff (regenerations)", eslintRule("require-retry-backoff"), {
  valid: [
    {
      name: "recursion from the catch of JSON.parse, around no model call",
      code: code(...HEAD, `export async function f(job: string): Promise<unknown> {`, `  const r = await ${ASK};`, `  try {`, `    return JSON.parse(r.choices[0]!.message.content!);`, `  } catch {`, `    return f(job);`, `  }`, `}`),
    },
  ],
  invalid: [
    {
      name: "a catch nested in the model call's catch (parsing the error's text failed too): still a retry, at once",
      code: code(
        ...HEAD,
        `declare function parseError(e: unknown): unknown;`,
        `export async function f(job: string, retries = 2): Promise<unknown> {`,
        `  try {`,
        `    return await ${ASK};`,
        `  } catch (error) {`,
        `    try {`,
        `      return parseError(error);`,
        `    } catch {`,
        `      if (retries > 0) return f(job, retries - 1);`,
        `      throw error;`,
        `    }`,
        `  }`,
        `}`,
      ),
      errors: [{ messageId: "noDelay", line: 11, column: 31 }],
    },
    {
      name: "the catch is the model call's: a retry, at once",
      code: code(...HEAD, `export async function f(job: string): Promise<unknown> {`, `  try {`, `    return await ${ASK};`, `  } catch {`, `    return f(job);`, `  }`, `}`),
      errors: [{ messageId: "noDelay", line: 7, column: 12 }],
    },
  ],
});
