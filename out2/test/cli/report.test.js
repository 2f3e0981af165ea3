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
const root = node_path_1.default.resolve(__dirname, "../../..");
const cli = node_path_1.default.join(root, "dist/cli.js");
function run(args, cwd = root) {
    const result = (0, node_child_process_1.spawnSync)(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function tempProject(files) {
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-report-"));
    for (const [name, text] of Object.entries(files)) {
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(node_path_1.default.join(dir, name)), { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, name), text);
    }
    return dir;
}
const AGENT = `import OpenAI from "openai";
const client = new OpenAI();
export async function ask(question: string) {
  return client.chat.completions.create({
    model: "gpt-4o-mini",
    max_completion_tokens: 300,
    messages: [{ role: "system", content: "Be brief." }, { role: "user", content: question }],
  });
}
export const hello = () =>
  client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Say hello." }] });
`;
describe("costlint report", () => {
    it("--json lists every call site with the documented fields, file relative, line 1-based at the call", () => {
        const dir = tempProject({ "src/agent.ts": AGENT, "node_modules/x/index.ts": AGENT });
        const { status, stdout, stderr } = run(["report", "--json", "."], dir);
        strict_1.default.equal(status, 0, stderr);
        strict_1.default.equal(stderr, "");
        const report = JSON.parse(stdout);
        strict_1.default.equal(report.calls.length, 2);
        const [first, second] = report.calls;
        for (const key of ["file", "line", "sdk", "model", "inputTokens", "outputTokens", "costUsd", "approximate", "flags", "breakdown", "assumptions"]) {
            strict_1.default.ok(key in first, key);
        }
        strict_1.default.equal(first.file, node_path_1.default.join("src", "agent.ts"));
        strict_1.default.equal(first.line, 4);
        strict_1.default.equal(first.sdk, "openai");
        strict_1.default.equal(first.model, "gpt-4o-mini");
        strict_1.default.equal(first.outputTokens, 300);
        strict_1.default.ok(!first.flags.includes("no-output-cap"));
        strict_1.default.equal(second.line, 11);
        strict_1.default.equal(second.model, "gpt-4o");
        strict_1.default.equal(second.outputTokens, 16384);
        strict_1.default.ok(second.flags.includes("no-output-cap"));
        strict_1.default.deepEqual(first.breakdown.map((b) => b.part), ["system", "messages", "tools", "overhead", "assumed", "output"]);
        // gpt-4o-mini: $0.15 / M input, $0.60 / M output
        strict_1.default.ok(Math.abs(first.costUsd - (first.inputTokens * 0.15 + 300 * 0.6) / 1e6) < 1e-6);
        strict_1.default.equal(report.totals.calls, 2);
        strict_1.default.equal(report.totals.files, 1);
        strict_1.default.ok(Math.abs(report.totals.costUsd - (first.costUsd + second.costUsd)) < 1e-6);
    });
    it("counts a wrapper's model call once per call site of the wrapper, not again on its own", () => {
        const dir = tempProject({
            "lib/llm.ts": `import OpenAI from "openai";
const client = new OpenAI();
export async function complete(question: string) {
  return client.chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 200, messages: [{ role: "user", content: question }] });
}
`,
            "routes/a.ts": `import { complete } from "../lib/llm";\nexport const a = (q: string) => complete(q);\n`,
            "routes/b.ts": `import { complete } from "../lib/llm";\nexport const b = (q: string) => complete(q);\n`,
        });
        const json = run(["report", "--json", "."], dir);
        strict_1.default.equal(json.status, 0, json.stderr);
        const report = JSON.parse(json.stdout);
        const inner = report.calls.filter((c) => c.file === node_path_1.default.join("lib", "llm.ts"));
        const through = report.calls.filter((c) => c.via);
        strict_1.default.equal(inner.length, 1);
        strict_1.default.equal(through.length, 2);
        strict_1.default.equal(report.totals.calls, 3);
        strict_1.default.equal(report.totals.throughWrappers, 1);
        const sum = through.reduce((n, c) => n + c.costUsd, 0);
        strict_1.default.ok(Math.abs(report.totals.costUsd - sum) < 1e-6, `${report.totals.costUsd} vs ${sum}`);
        const text = run(["report", "."], dir);
        strict_1.default.match(text.stdout, /^1 call site is inside wrappers listed with their callers: counted at those call sites, not added again$/m);
    });
    it("prints a readable table with totals", () => {
        const { status, stdout } = run(["report", "examples"]);
        strict_1.default.equal(status, 0);
        strict_1.default.match(stdout, /^call site +sdk +model +in +out +\$\/call +flags$/m);
        strict_1.default.match(stdout, /examples\/src\/support-bot\.ts:16 +openai +gpt-4o +\d+ +16k +\$0\.16\d +history grows: \$[\d.]+ at turn 20/);
        strict_1.default.match(stdout, /\d+ LLM call sites in 9 files: \$[\d.]+ for one call of each/);
        strict_1.default.match(stdout, /~ approximate: \d+ estimates/);
        strict_1.default.match(stdout, /\d+ call sites send a growing history/);
    });
    it("says 'sends' when one call site sends a growing history", () => {
        const dir = tempProject({
            "bot.ts": `import OpenAI from "openai";
const client = new OpenAI();
const history: { role: "user" | "assistant"; content: string }[] = [];
export async function chat(text: string) {
  history.push({ role: "user", content: text });
  const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 200, messages: history });
  history.push({ role: "assistant", content: r.choices[0].message.content ?? "" });
}
`,
        });
        const { status, stdout } = run(["report", "."], dir);
        strict_1.default.equal(status, 0);
        strict_1.default.match(stdout, /^1 call site sends a growing history/m);
    });
    it("exits 2 with a clear message on bad arguments and unreadable paths", () => {
        const bad = run(["report", "--csv"]);
        strict_1.default.equal(bad.status, 2);
        strict_1.default.match(bad.stderr, /^costlint report: unknown option --csv \(see costlint report --help\)\n$/);
        const missing = run(["report", "nowhere"]);
        strict_1.default.equal(missing.status, 2);
        strict_1.default.match(missing.stderr, /costlint: cannot read nowhere: no such file or folder/);
    });
    it("honours costlint.config.json, and names the file and key of a bad one", () => {
        const dir = tempProject({
            "agent.ts": AGENT.replace(/model: "gpt-4o-mini",\n/, ""),
            "costlint.config.json": JSON.stringify({ defaultModel: "gpt-4.1-mini", assumptions: { turns: "many" } }),
        });
        const { status, stdout, stderr } = run(["report", "--json"], dir);
        strict_1.default.equal(status, 2, "a bad configuration is an error of the run (the report is still written)");
        strict_1.default.match(stderr, /costlint: .*costlint\.config\.json:1:\d+: assumptions\.turns: expected number, got "many"; using the default/);
        const report = JSON.parse(stdout);
        strict_1.default.equal(report.calls[0].model, "gpt-4.1-mini");
        strict_1.default.equal(report.calls[0].provider, "openai");
        strict_1.default.ok(report.calls[0].flags.includes("default-model"));
        strict_1.default.equal(report.calls[0].approximate, false);
    });
    it("prints no progress line when stderr is not a terminal", () => {
        const { stderr } = run(["report", "examples"]);
        strict_1.default.equal(stderr, "");
    });
});
//# sourceMappingURL=report.test.js.map