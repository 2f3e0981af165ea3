"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const lint_command_1 = require("../../src/cli/lint-command");
const report_command_1 = require("../../src/cli/report-command");
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
function project(files) {
    const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-impl-")));
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "package.json"), `{ "name": "impl", "private": true }`);
    for (const [name, text] of Object.entries(files)) {
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(node_path_1.default.join(dir, name)), { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, name), text);
    }
    return dir;
}
function loopFindings(dir) {
    return (0, lint_command_1.lintFiles)([node_path_1.default.join(dir, "src/loop.ts")], { all: false, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`));
}
const BASE = { "src/types.ts": TYPES, "src/openai-llm.ts": MODEL_IMPL, "src/loop.ts": LOOP };
describe("calls through the project's interfaces: which implementations count", () => {
    const dirs = [];
    after(() => {
        for (const dir of dirs)
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
    });
    const make = (files) => {
        const dir = project(files);
        dirs.push(dir);
        return dir;
    };
    it("one implementation, a model wrapper: the loop around the interface call is an agent loop", () => {
        const dir = make(BASE);
        strict_1.default.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap"]);
        const report = (0, report_command_1.buildReport)([node_path_1.default.join(dir, "src/loop.ts")], { cwd: dir });
        strict_1.default.ok(report.calls.some((c) => c.file === "src/loop.ts" && c.line === 4), JSON.stringify(report.calls.map((c) => [c.file, c.line])));
    });
    it("a second production implementation that calls no model: not a model call", () => {
        const dir = make({ ...BASE, "src/echo.ts": `import type { Llm } from "./types";\nexport class Echo implements Llm { async complete(m: string[]) { return m.join(" "); } }` });
        strict_1.default.deepEqual(loopFindings(dir), []);
    });
    it("a subclass of the implementation that overrides the method without a model: not a model call", () => {
        const dir = make({ ...BASE, "src/cached.ts": `import { OpenAiLlm } from "./openai-llm";\nexport class Cached extends OpenAiLlm { async complete() { return "cached"; } }` });
        strict_1.default.deepEqual(loopFindings(dir), []);
    });
    it("an object that may implement the interface without a class (satisfies): cannot tell, no finding", () => {
        const dir = make({ ...BASE, "src/stub.ts": `import type { Llm } from "./types";\nexport const stub = { async complete() { return "x"; } } satisfies Llm;` });
        strict_1.default.deepEqual(loopFindings(dir), []);
    });
    it("another interface built on it: its implementations are not searched, no finding", () => {
        const dir = make({ ...BASE, "src/more.ts": `import type { Llm } from "./types";\nexport interface StreamingLlm extends Llm { stream(): void }` });
        strict_1.default.deepEqual(loopFindings(dir), []);
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
        strict_1.default.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap"]);
    });
    it("test doubles (__tests__, *.spec.ts, mocks/) are not production implementations", () => {
        const fake = `import type { Llm } from "../types";\nexport class Fake implements Llm { async complete() { return "done"; } }`;
        const dir = make({
            ...BASE,
            "src/__tests__/fake.ts": fake,
            "src/mocks/fake.ts": fake,
            "src/loop.spec.ts": fake.replace(`"../types"`, `"./types"`),
        });
        strict_1.default.deepEqual(loopFindings(dir), ["src/loop.ts:3 require-iteration-cap"]);
    });
});
//# sourceMappingURL=implementations.test.js.map