"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const report_command_1 = require("../../src/cli/report-command");
const root = node_path_1.default.resolve(__dirname, "../../..");
const fixture = node_path_1.default.join(root, "test/fixtures/projects/chains");
/**
 * Calls reached through chains and layers of the app's own code: LangChain runnables composed in another module,
 * legacy agent executors, HTTP wrappers with a fixed URL and wrappers of them, wrappers of the same file.
 */
describe("calls through chains and wrappers of wrappers (fixture project chains)", () => {
    const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
    const at = (where) => report.calls.find((c) => `${c.file}:${c.line}` === where);
    it("lists exactly these call sites", () => {
        strict_1.default.deepEqual(report.calls.map((c) => `${c.file}:${c.line}`).sort(), [
            "src/agent/legacy.ts:11",
            "src/agent/legacy.ts:18",
            "src/http/openai.ts:22",
            "src/http/review.ts:7",
            "src/llm/same-file.ts:10",
            "src/llm/same-file.ts:15",
            "src/llm/same-file.ts:19",
            "src/llm/same-file.ts:6",
            "src/routes/chat.ts:6",
            "src/routes/chat.ts:7",
        ]);
    });
    it("a chain built in another module is its chat model's call: that model, that construction's cap", () => {
        const chain = at("src/routes/chat.ts:6");
        strict_1.default.equal(chain?.model, "gpt-4o-mini");
        strict_1.default.ok(chain?.flags.includes("no-output-cap"), chain?.flags.join(","));
        const piped = at("src/routes/chat.ts:7");
        strict_1.default.equal(piped?.model, "claude-sonnet-4-5");
        strict_1.default.equal(piped?.outputTokens, 500);
    });
    it("a legacy executor's run is an agent run at its default of 15 iterations, or unbounded when disabled", () => {
        strict_1.default.equal(at("src/agent/legacy.ts:11")?.loop?.iterations, 15);
        strict_1.default.ok(at("src/agent/legacy.ts:11")?.flags.includes("agent-run"));
        strict_1.default.equal(at("src/agent/legacy.ts:18")?.loop?.iterations, null);
    });
    it("an HTTP wrapper with a fixed URL: the caller's body is the request; the requests inside the wrappers are no sites", () => {
        const capped = at("src/http/openai.ts:22");
        strict_1.default.equal(capped?.sdk, "OpenAI API (HTTP)");
        strict_1.default.equal(capped?.model, "gpt-4o-mini");
        strict_1.default.equal(capped?.outputTokens, 200);
        const wrappedAgain = at("src/http/review.ts:7");
        strict_1.default.equal(wrappedAgain?.model, "gpt-4o");
        strict_1.default.ok(wrappedAgain?.flags.includes("no-output-cap"), wrappedAgain?.flags.join(","));
    });
    it("calls of a wrapper of the same file are sites estimated as the wrapper's call; a function reaching it through another, and main(), are not", () => {
        for (const where of ["src/llm/same-file.ts:10", "src/llm/same-file.ts:15", "src/llm/same-file.ts:19"]) {
            strict_1.default.deepEqual(at(where)?.via, { name: "complete", file: "src/llm/same-file.ts", line: 6 }, where);
            strict_1.default.equal(at(where)?.outputTokens, 100);
        }
        strict_1.default.equal(at("src/llm/same-file.ts:14"), undefined);
        strict_1.default.equal(at("src/llm/same-file.ts:22"), undefined);
    });
});
//# sourceMappingURL=chains.test.js.map