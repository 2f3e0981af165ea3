"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const report_command_1 = require("../../src/cli/report-command");
const analysis_1 = require("../../src/core/detectors/analysis");
const engine_1 = require("../../src/core/engine");
/** A small app on disk: a client, a wrapper around it, a service calling the wrapper, two modules in a cycle. */
function writeApp() {
    const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-shared-parse-")));
    const files = {
        "package.json": JSON.stringify({ name: "app", dependencies: { openai: "^5.0.0" } }),
        "lib/client.ts": `import OpenAI from "openai";\nexport const openai = new OpenAI();\n`,
        "lib/complete.ts": `import { openai } from "./client";\nimport { label } from "./cycle-a";\nexport async function complete(prompt: string) {\n  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 100, messages: [{ role: "user", content: label + prompt }] });\n  return r.choices[0]?.message?.content ?? "";\n}\n`,
        "lib/cycle-a.ts": `import { other } from "./cycle-b";\nexport const label = "a:" + other;\nexport function useB() {\n  return other;\n}\n`,
        "lib/cycle-b.ts": `import { label } from "./cycle-a";\nimport { complete } from "./complete";\nexport const other = "b";\nexport async function ask() {\n  return complete(label);\n}\n`,
        "service.ts": `import { complete } from "./lib/complete";\nexport async function summarise(text: string) {\n  return complete("Summarise: " + text);\n}\n`,
    };
    for (const [file, text] of Object.entries(files)) {
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(node_path_1.default.join(dir, file)), { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, file), text);
    }
    return dir;
}
describe("a file analysed at the top level and imported by others is parsed, indexed and analysed once", () => {
    const dir = writeApp();
    after(() => node_fs_1.default.rmSync(dir, { recursive: true, force: true }));
    const complete = node_path_1.default.join(dir, "lib/complete.ts");
    it("gives the project's parse of a file when the caller read the same text, and no parse for other text", () => {
        const project = (0, analysis_1.createProject)({ unchanging: true });
        const text = node_fs_1.default.readFileSync(complete, "utf8");
        // service.ts imports lib/complete.ts: the project parses it for the tracer.
        (0, analysis_1.analyzeFile)((0, engine_1.parseSource)(node_path_1.default.join(dir, "service.ts"), node_fs_1.default.readFileSync(node_path_1.default.join(dir, "service.ts"), "utf8")), project);
        const parsed = project.sourceFileAt(complete);
        strict_1.default.ok(parsed);
        strict_1.default.equal(project.sourceFileWithText(complete, text), parsed);
        strict_1.default.equal(project.sourceFileWithText(complete, text + "\n// edited in the editor"), undefined);
        strict_1.default.equal(project.sourceFileWithText("lib/complete.ts", text), undefined, "a relative path is not a project file");
    });
    it("shares one index and one tracer between the module's importers and its own analysis", () => {
        const project = (0, analysis_1.createProject)({ unchanging: true });
        const sourceFile = project.sourceFileWithText(complete, node_fs_1.default.readFileSync(complete, "utf8"));
        const tracer = project.tracerAt(complete);
        const analysis = (0, analysis_1.analyzeFile)(sourceFile, project);
        strict_1.default.equal(analysis.index, project.indexOf(sourceFile));
        strict_1.default.equal(analysis.tracer, tracer);
        strict_1.default.equal(analysis.sites.length, 1);
        // Another parse of the same text is not the project's: its own index and tracer.
        const other = (0, analysis_1.analyzeFile)((0, engine_1.parseSource)(complete, sourceFile.text), project);
        strict_1.default.equal(project.indexOf(other.index.sourceFile), undefined);
        strict_1.default.notEqual(other.tracer, tracer);
        strict_1.default.equal(other.sites.length, 1);
        // Where files may change (the editor, ESLint), a tracer's answers about other modules are not kept: its own.
        const live = (0, analysis_1.createProject)();
        const liveFile = live.sourceFileWithText(complete, sourceFile.text);
        strict_1.default.notEqual((0, analysis_1.analyzeFile)(liveFile, live).tracer, live.tracerAt(complete));
    });
    it("reports the same call sites whatever order the files come in, and as each file analysed alone", () => {
        const files = ["service.ts", "lib/cycle-b.ts", "lib/cycle-a.ts", "lib/complete.ts", "lib/client.ts"].map((f) => node_path_1.default.join(dir, f));
        const shown = (report) => report.calls.map((c) => `${c.file}:${c.line}:${c.column} ${c.model} ${c.inputTokens}/${c.outputTokens}${c.via ? ` via ${c.via.name}` : ""}`).sort();
        const forward = shown((0, report_command_1.buildReport)(files, { cwd: dir }));
        const backward = shown((0, report_command_1.buildReport)([...files].reverse(), { cwd: dir }));
        const alone = files.flatMap((f) => shown((0, report_command_1.buildReport)([f], { cwd: dir }))).sort();
        strict_1.default.equal(forward.length, 3, forward.join("\n"));
        strict_1.default.deepEqual(backward, forward);
        strict_1.default.deepEqual(alone, forward);
    });
});
describe("a project whose files do not change during its life (one command-line run)", () => {
    it("compares a file with the disk once; a long-lived project sees the change at the next top-level file", () => {
        const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-unchanging-")));
        try {
            const file = node_path_1.default.join(dir, "prompt.ts");
            node_fs_1.default.writeFileSync(file, `export const PROMPT = "one";\n`);
            const once = (0, analysis_1.createProject)({ unchanging: true });
            const live = (0, analysis_1.createProject)();
            for (const p of [once, live]) {
                p.nextEpoch();
                strict_1.default.match(p.textAt(file), /one/);
            }
            node_fs_1.default.writeFileSync(file, `export const PROMPT = "two, a longer text";\n`);
            for (const p of [once, live])
                p.nextEpoch();
            strict_1.default.match(once.textAt(file), /one/);
            strict_1.default.match(live.textAt(file), /two/);
        }
        finally {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe("the text gate before a parse: type-only imports of an SDK are no hint", () => {
    it("skips a file whose SDK imports are all type-only, keeps one with a value import among them", () => {
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import type { UIMessage } from "ai";\nexport const n = (m: UIMessage[]) => m.length;\n`), false);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import { type UIMessage, type ToolUIPart as T } from "ai";\nexport const n = (m: UIMessage[]) => m.length;\n`), false);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`export type * from "ai";\nexport type { UIMessage } from "ai";\n`), false);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import type {\n  UIMessage,\n} from 'ai'\nimport { generateText } from 'ai'\n`), true);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import { type UIMessage, generateText } from "ai";\n`), true);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import { UIMessage } from "ai";\n`), true, "an import without `type` declares a binding");
        // A type-only import-equals is not matched, so the statement after it keeps its hint.
        strict_1.default.equal((0, analysis_1.mayHaveSites)(`import type X = require("y");\nimport OpenAI from "openai";\n`), true);
    });
    it("finds no call site through a type-only import, which is why the gate may skip such a file", () => {
        const text = `import type OpenAI from "openai";\nexport async function ask(client: OpenAI) {\n  return client.responses.create({ model: "gpt-4o", input: "hi" });\n}\n`;
        const withValue = text.replace("import type OpenAI", "import OpenAI");
        strict_1.default.equal((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("/virtual/a.ts", withValue)).sites.length, 1);
        strict_1.default.equal((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("/virtual/b.ts", text.replace("export async function", "// from \"openai\"\nexport async function"))).sites.length, 0);
        strict_1.default.equal((0, analysis_1.mayHaveSites)(text), false);
    });
});
//# sourceMappingURL=shared-parse.test.js.map