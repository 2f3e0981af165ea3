"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const lint_command_1 = require("../../src/cli/lint-command");
const report_command_1 = require("../../src/cli/report-command");
const plugin_1 = require("../../src/eslint/plugin");
const expectations_1 = require("./expectations");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ESLint: ESLint9 } = require("eslint-v9");
const root = node_path_1.default.resolve(__dirname, "../../..");
const fixture = node_path_1.default.join(root, "test/fixtures/projects/cross-file");
const expected = (0, expectations_1.expectedFindings)(fixture);
describe("cross-file analysis (a multi-file project: clients, factories, wrappers, barrels, paths, workspaces, CommonJS)", () => {
    it("the fixture marks findings that only a cross-file analysis can see", () => {
        strict_1.default.ok(expected.length >= 7, `${expected.length} marked`);
        for (const rule of ["require-max-tokens", "require-iteration-cap", "no-full-history"])
            strict_1.default.ok(expected.some((e) => e.endsWith(rule)), rule);
    });
    it("CLI lint: exactly the marked findings (none on look-alikes, capped calls or the wrappers' own correct code)", () => {
        const actual = (0, lint_command_1.lintFiles)([fixture], { all: false, cwd: fixture })
            .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
            .sort();
        strict_1.default.deepEqual(actual, expected);
    });
    it("CLI report: sees the calls made through clients of other modules, with their models", () => {
        const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
        const sites = report.calls.map((c) => `${c.file}:${c.line} ${c.sdk} ${c.model}`).sort();
        strict_1.default.ok(sites.includes("apps/api/src/handler.ts:4 @anthropic-ai/sdk claude-sonnet-4-5"), sites.join("\n"));
        strict_1.default.ok(sites.includes("src/routes/claude.ts:4 @anthropic-ai/sdk claude-sonnet-4-5"), sites.join("\n"));
        strict_1.default.ok(sites.includes("src/cjs/use.js:4 openai gpt-4o"), sites.join("\n"));
        strict_1.default.ok(!sites.some((s) => s.startsWith("src/routes/lookalikes.ts")), "look-alikes are not LLM calls");
        // The client's options live in another file: the capped call's cap is read from its own options.
        const capped = report.calls.filter((c) => c.file === "src/routes/capped.ts");
        strict_1.default.deepEqual(capped.map((c) => c.outputTokens).sort(), [300, 512]);
    });
    it("agents a Mastra server runs are call sites of the report, priced with their defaults; 0.x takes its own default keys", () => {
        const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
        const served = (file) => report.calls.filter((c) => c.file === file).map((c) => ({ line: c.line, sdk: c.sdk, out: c.outputTokens, flags: c.flags, steps: c.loop?.iterations }));
        const support = served("src/mastra/agents/support.ts");
        strict_1.default.deepEqual(support.map((c) => [c.line, c.sdk, c.steps]), [[5, "@mastra/core", 5], [8, "@mastra/core", 5]], JSON.stringify(support));
        strict_1.default.ok(support[0].flags.includes("no-output-cap") && support[0].flags.includes("agent-run"));
        strict_1.default.equal(support[1].out, 400);
        // registered through a namespace spread; an agent no registry lists is not a call site
        strict_1.default.deepEqual(served("src/mastra/agents/more.ts").map((c) => c.line), [5]);
        strict_1.default.ok(!report.calls.some((c) => c.file === "src/mastra/agents/support.ts" && c.line === 16), "draftAgent is not served");
        const legacy = served("apps/mastra-legacy/src/mastra/agents/review.ts");
        strict_1.default.deepEqual(legacy.map((c) => [c.line, c.out === 500, c.steps]), [[5, false, 5], [8, true, 3]], JSON.stringify(legacy));
        const findings = (0, lint_command_1.lintFiles)([node_path_1.default.join(fixture, "apps/mastra-legacy")], { all: false, cwd: fixture }).flatMap((r) => r.findings.map((f) => `${node_path_1.default.basename(r.file)}:${f.line} ${f.message}`));
        strict_1.default.equal(findings.length, 2, findings.join("\n"));
        strict_1.default.match(findings.find((f) => f.startsWith("review.ts:5")), /set defaultGenerateOptions\.maxTokens and defaultStreamOptions\.maxTokens\.$/);
        // a 0.x run takes maxTokens (the 1.x modelSettings key is not what a fix adds)
        strict_1.default.match(findings.find((f) => f.startsWith("summarise.ts:9")), /Set maxTokens\.$/);
    });
    for (const [name, ESLint] of [
        ["ESLint 10", eslint_1.ESLint],
        ["ESLint 9", ESLint9],
    ]) {
        it(`${name}: the same findings, with @typescript-eslint/parser on .ts and espree on .js`, async () => {
            const eslint = new ESLint({
                cwd: fixture,
                overrideConfigFile: true,
                overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, (0, plugin_1.createPlugin)().configs.recommended],
            });
            const results = await eslint.lintFiles(["**/*.ts", "**/*.js"]);
            const actual = results
                .flatMap((r) => r.messages.map((m) => `${node_path_1.default.relative(fixture, r.filePath)}:${m.line} ${m.ruleId.replace("costlint/", "")}`))
                .sort();
            strict_1.default.deepEqual(actual, expected);
        });
    }
    it("a changed dependency is read again by a long-lived plugin: what the caller imports decides its findings", async () => {
        const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-xfile-"));
        try {
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "client.ts"), `import OpenAI from "openai";\nexport const llm = new OpenAI();\nexport function ask(q: string) {\n  return llm.responses.create({ model: "gpt-4o", input: q });\n}\n`);
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "use.ts"), `import { llm } from "./client";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`);
            // One plugin (one cross-file cache) for both runs, as in a long-lived ESLint server.
            const plugin = (0, plugin_1.createPlugin)();
            const eslint = new eslint_1.ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.recommended] });
            const run = async () => (await eslint.lintFiles(["*.ts"])).flatMap((r) => r.messages.map((m) => `${node_path_1.default.basename(r.filePath)}:${m.line}`)).sort();
            strict_1.default.deepEqual(await run(), ["client.ts:4", "use.ts:2"]);
            // The caller's file is unchanged; what it imports changes.
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "client.ts"), `import twilio from "twilio";\nexport const llm = twilio();\n`);
            strict_1.default.deepEqual(await run(), []);
        }
        finally {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=cross-file.test.js.map