"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const lint_command_1 = require("../../src/cli/lint-command");
const analysis_1 = require("../../src/core/detectors/analysis");
const jsonc_1 = require("../../src/core/project/jsonc");
const resolve_1 = require("../../src/core/project/resolve");
/** A project in a temp folder: files by relative path; a value of null makes a FIFO, `-> target` a symlink. */
function makeProject(files) {
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-project-"));
    for (const [rel, content] of Object.entries(files)) {
        const file = node_path_1.default.join(dir, rel);
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(file), { recursive: true });
        if (content === null)
            (0, node_child_process_1.execFileSync)("mkfifo", [file]);
        else if (content.startsWith("-> "))
            node_fs_1.default.symlinkSync(content.slice(3), file);
        else
            node_fs_1.default.writeFileSync(file, content);
    }
    return dir;
}
const lint = (dir) => (0, lint_command_1.lintFiles)([dir], { all: false, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`)).sort();
describe("project resolution", () => {
    let dir = "";
    afterEach(() => {
        if (dir)
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        dir = "";
    });
    it("relative imports with .js meaning .ts, index files, tsconfig paths through a relative extends, baseUrl", () => {
        dir = makeProject({
            "tsconfig.base.json": `{ "compilerOptions": { "baseUrl": "./src", "paths": { "~lib/*": ["lib/*"] } } }`,
            "tsconfig.json": `{ "extends": "./tsconfig.base.json" }`,
            "src/lib/ai/index.ts": `export const x = 1;`,
            "src/lib/b.ts": `export const y = 2;`,
            "src/app.ts": ``,
        });
        const project = (0, analysis_1.createProject)();
        const app = node_path_1.default.join(dir, "src/app.ts");
        strict_1.default.equal(project.resolve(app, "./lib/ai"), node_path_1.default.join(dir, "src/lib/ai/index.ts"));
        strict_1.default.equal(project.resolve(app, "./lib/b.js"), node_path_1.default.join(dir, "src/lib/b.ts"));
        strict_1.default.equal(project.resolve(app, "~lib/b"), node_path_1.default.join(dir, "src/lib/b.ts"));
        strict_1.default.equal(project.resolve(app, "lib/b"), node_path_1.default.join(dir, "src/lib/b.ts"), "baseUrl");
        strict_1.default.equal(project.resolve(app, "openai"), undefined, "packages are the SDK profiles' business");
        strict_1.default.equal(project.resolve(app, "./missing"), undefined);
    });
    it("pnpm-workspace.yaml entries read by slicing: quotes, comments, long runs of blanks", () => {
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`  - "packages/*"`), "packages/*");
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`  - 'apps/*' # comment`), "apps/*");
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`    -   tools/cli   `), "tools/cli");
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`  - # only a comment`), undefined);
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`packages:`), undefined);
        // Lines the old pattern read in quadratic time: long runs of blanks inside and around an entry.
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`  - "a${" ".repeat(100_000)}b`), `a${" ".repeat(100_000)}b`);
        strict_1.default.equal((0, resolve_1.pnpmListEntry)(`  -${" ".repeat(100_000)}x${" ".repeat(100_000)}`), "x");
    });
    it("workspace packages by name: package.json workspaces and pnpm-workspace.yaml, entry from source when dist is absent", () => {
        dir = makeProject({
            "pnpm-workspace.yaml": `packages:\n  - "packages/*"\n  - 'apps/*' # comment\n`,
            "packages/llm/package.json": `{ "name": "@acme/llm", "main": "./dist/index.js", "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" } } }`,
            "packages/llm/src/index.ts": `export const a = 1;`,
            "packages/llm/src/tools.ts": `export const t = 1;`,
            "apps/web/package.json": `{ "name": "web" }`,
            "apps/web/page.ts": ``,
        });
        const project = (0, analysis_1.createProject)();
        const page = node_path_1.default.join(dir, "apps/web/page.ts");
        strict_1.default.equal(project.resolve(page, "@acme/llm"), node_path_1.default.join(dir, "packages/llm/src/index.ts"));
        strict_1.default.equal(project.resolve(page, "@acme/llm/tools"), node_path_1.default.join(dir, "packages/llm/src/tools.ts"));
        strict_1.default.equal(project.resolve(page, "@acme/other"), undefined);
    });
    it("JSON with comments and trailing commas; anything else is undefined, never an exception", () => {
        strict_1.default.deepEqual((0, jsonc_1.parseJsonc)(`{ // c\n "a": [1, 2,], /* x */ "b": "//not a comment", }`), { a: [1, 2], b: "//not a comment" });
        for (const bad of ["", "{", "nul", "/* open", `{"a": "unterminated`])
            strict_1.default.equal((0, jsonc_1.parseJsonc)(bad), undefined, bad);
    });
});
describe("hostile projects (never crash, never hang)", () => {
    let dir = "";
    afterEach(() => {
        if (dir)
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        dir = "";
    });
    const CALLER = `import { llm } from "@/client";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
    const CLIENT = `import OpenAI from "openai";\nexport const llm = new OpenAI();\n`;
    it("a tsconfig or package.json that is /dev/zero, a FIFO or a folder is ignored", function () {
        if (process.platform === "win32")
            this.skip();
        dir = makeProject({
            "tsconfig.json": "-> /dev/zero",
            "package.json": null,
            "src/tsconfig.json/.keep": "",
            "src/client.ts": CLIENT,
            "src/use.ts": CALLER.replace("@/client", "./client"),
            "src/alias.ts": CALLER,
        });
        strict_1.default.deepEqual(lint(dir), ["src/use.ts:2 require-max-tokens"]);
    });
    it("an import of /dev/zero or a FIFO as a module is not read", function () {
        if (process.platform === "win32")
            this.skip();
        dir = makeProject({ "zero.ts": "-> /dev/zero", "fifo.ts": null, "use.ts": `import { a } from "./zero";\nimport { b } from "./fifo";\nexport const c = a.chat.completions.create({ model: "gpt-4o", messages: [] }) + b;\n` });
        // `a` cannot be read: the distinctive chat.completions path alone still marks the call (as before cross-file analysis).
        strict_1.default.deepEqual(lint(dir), ["use.ts:3 require-max-tokens"]);
    });
    it("import cycles, self re-exports and a long chain of re-exports end", () => {
        const files = {
            "a.ts": `export * from "./b";\nexport * from "./a";\nexport { llm as viaA } from "./b";\n`,
            "b.ts": `export * from "./a";\nimport { viaA } from "./a";\nexport const other = viaA;\n`,
            "use.ts": `import { nothing } from "./a";\nexport const go = () => nothing.responses.create({ model: "gpt-4o", input: "x" });\n`,
            "chain0.ts": CLIENT,
        };
        for (let i = 1; i <= 30; i++)
            files[`chain${i}.ts`] = `export * from "./chain${i - 1}";\n`;
        files["deep.ts"] = `import { llm } from "./chain30";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
        files["near.ts"] = `import { llm } from "./chain3";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
        dir = makeProject(files);
        // The nearby chain is followed; 30 files deep is past the nesting bound (no finding rather than a hang).
        strict_1.default.deepEqual(lint(dir), ["near.ts:2 require-max-tokens"]);
    });
});
//# sourceMappingURL=hostile.test.js.map