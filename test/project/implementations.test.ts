import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lintFiles } from "../../src/cli/lint-command";
import { buildReport } from "../../src/cli/report-command";

/**
 * Calls through an interface of the project count as model calls only when every production implementation the
 * project has is a model wrapper: written as small projects on disk, each varied by one file.
 */
const TYPES = [
  `export interface Llm { complete(messages: string[]): Promise<string> }`,
].join("\n");

const MODEL_IMPL = [
  `import OpenAI from "openai";`,
  `import type { Llm } from "./types";`,
  `const openai = new OpenAI();`,
  `export class OpenAiLlm implements Llm {`,
  `  async complete(messages: string[]) {`,
  `    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 100, messages: messages.map((content) => ({ role: "user" as const, content })) });`,
  `    return r.choices[0]!.message.content ?? "";`,
  `  }`,
  `}`,
].join("\n");

const LOOP = [
  `import type { Llm } from "./types";`,
  `export async function agent(llm: Llm, messages: string[]) {`,
  `  while (true) {`,
  `    const reply = await llm.complete(messages);`,
  `    if (reply === "done") return reply;`,
  `    messages.push(reply);`,
  `  }`,
  `}`,
].join("\n");

function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-impl-")));
  fs.writeFileSync(path.join(dir, "package.json"), `{ "name": "impl", "private": true }`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function loopFindings(dir: string): string[] {
  return lintFiles([path.join(dir, "src/loop.ts")], { all: false, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`));
}

const BASE = { "src/types.ts": TYPES, "src/openai-llm.ts": MODEL_IMPL, "src/loop.ts": LOOP };

describe("calls through the project's interfaces: which implementations count", () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  const make = (files: Record<string, string>): string => {
    const dir = project(files);
    dirs.push(dir);
    return dir;
  };

  it("one implementation, a model wrapper: the loop around the interface call is an agent loop", () => {
    const dir = make(BASE);
    assert.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap", "src/loop.ts:4 no-full-history"]);
    const report = buildReport([path.join(dir, "src/loop.ts")], { cwd: dir });
    assert.ok(report.calls.some((c) => c.file === "src/loop.ts" && c.line === 4), JSON.stringify(report.calls.map((c) => [c.file, c.line])));
  });

  it("a second production implementation that calls no model: not a model call", () => {
    const dir = make({ ...BASE, "src/echo.ts": `import type { Llm } from "./types";\nexport class Echo implements Llm { async complete(m: string[]) { return m.join(" "); } }` });
    assert.deepEqual(loopFindings(dir), []);
  });

  it("a subclass of the implementation that overrides the method without a model: not a model call", () => {
    const dir = make({ ...BASE, "src/cached.ts": `import { OpenAiLlm } from "./openai-llm";\nexport class Cached extends OpenAiLlm { async complete() { return "cached"; } }` });
    assert.deepEqual(loopFindings(dir), []);
  });

  it("an object that may implement the interface without a class (satisfies): cannot tell, no finding", () => {
    const dir = make({ ...BASE, "src/stub.ts": `import type { Llm } from "./types";\nexport const stub = { async complete() { return "x"; } } satisfies Llm;` });
    assert.deepEqual(loopFindings(dir), []);
  });

  it("another interface built on it: its implementations are not searched, no finding", () => {
    const dir = make({ ...BASE, "src/more.ts": `import type { Llm } from "./types";\nexport interface StreamingLlm extends Llm { stream(): void }` });
    assert.deepEqual(loopFindings(dir), []);
  });

  it("a member declared by a generic base interface, implemented as an arrow-function property", () => {
    const dir = make({
      "src/types.ts": [
        `export type Request = (messages: string[]) => Promise<string>;`,
        `export interface Agent<R> { name: string; request: R }`,
        `export interface Llm extends Agent<Request> {}`,
      ].join("\n"),
      "src/openai-llm.ts": [
        `import OpenAI from "openai";`,
        `import type { Llm } from "./types";`,
        `const openai = new OpenAI();`,
        `export class OpenAiLlm implements Llm {`,
        `  readonly name = "openai";`,
        `  readonly request = async (messages: string[]) => {`,
        `    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 100, messages: messages.map((content) => ({ role: "user" as const, content })) });`,
        `    return r.choices[0]!.message.content ?? "";`,
        `  };`,
        `}`,
      ].join("\n"),
      "src/loop.ts": LOOP.replace("llm.complete(messages)", "llm.request(messages)"),
    });
    assert.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap", "src/loop.ts:4 no-full-history"]);
  });

  it("test doubles (__tests__, *.spec.ts, mocks/) are not production implementations", () => {
    const fake = `import type { Llm } from "../types";\nexport class Fake implements Llm { async complete() { return "done"; } }`;
    const dir = make({
      ...BASE,
      "src/__tests__/fake.ts": fake,
      "src/mocks/fake.ts": fake,
      "src/loop.spec.ts": fake.replace(`"../types"`, `"./types"`),
    });
    assert.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap", "src/loop.ts:4 no-full-history"]);
  });
});
