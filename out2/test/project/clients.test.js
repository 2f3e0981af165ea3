"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const report_command_1 = require("../../src/cli/report-command");
const root = node_path_1.default.resolve(__dirname, "../../..");
const fixture = node_path_1.default.join(root, "test/fixtures/projects/clients");
describe("clients and requests as production code builds them", () => {
    const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
    const at = (file, line) => report.calls.find((c) => c.file === file && c.line === line);
    it("a client an async init function returns, awaited through .catch(), is that client", () => {
        const call = at("src/bot.js", 19);
        strict_1.default.equal(call?.sdk, "chatgpt");
    });
    it("a module-level client an init function assigns, used from another module", () => {
        const call = at("src/ask.ts", 5);
        strict_1.default.equal(call?.sdk, "openai");
        strict_1.default.equal(call?.outputTokens, 300);
    });
    it("a URL the code does not show counts only with the chat body and its cap, through the app's SSE helper", () => {
        const custom = at("src/custom-api.js", 5);
        strict_1.default.equal(custom?.sdk, "OpenAI-compatible API (HTTP)");
        strict_1.default.equal(at("src/custom-api.js", 14), undefined);
    });
    it("Azure's deployment path on a resource URL from the settings", () => {
        strict_1.default.equal(at("src/custom-api.js", 19)?.sdk, "Azure OpenAI API (HTTP)");
    });
    it("a config class's default base URL: Cohere's /v2/chat, its provider's default model; another host is no call", () => {
        const cohere = at("src/cohere.ts", 7);
        strict_1.default.equal(cohere?.sdk, "Cohere API (HTTP)");
        strict_1.default.equal(cohere?.provider, "cohere");
        strict_1.default.equal(cohere?.model, "command-a");
        strict_1.default.equal(at("src/cohere.ts", 12), undefined);
    });
    it("an overloaded request helper to OpenAI's path on a configured base: each call with a conversation is a call site", () => {
        const capped = at("src/memory.ts", 4);
        strict_1.default.equal(capped?.sdk, "OpenAI-compatible API (HTTP)");
        strict_1.default.equal(capped?.outputTokens, 300);
        strict_1.default.ok(at("src/memory.ts", 8)?.flags.includes("no-output-cap"));
    });
    it("a factory that switches on its parameter: the case the call's literal selects", () => {
        const openai = at("src/use-models.ts", 5);
        strict_1.default.equal(openai?.model, "gpt-4o-mini");
        strict_1.default.equal(openai?.outputTokens, 100);
        const anthropic = at("src/use-models.ts", 9);
        strict_1.default.equal(anthropic?.model, "claude-3-5-haiku");
        strict_1.default.equal(anthropic?.outputTokens, 200);
    });
    it("lists nothing else", () => {
        strict_1.default.deepEqual(report.calls.map((c) => `${c.file}:${c.line}`).sort(), [
            "src/ask.ts:5",
            "src/bot.js:19",
            "src/cohere.ts:7",
            "src/custom-api.js:19",
            "src/custom-api.js:5",
            "src/memory.ts:4",
            "src/memory.ts:8",
            "src/use-models.ts:5",
            "src/use-models.ts:9",
        ]);
    });
});
//# sourceMappingURL=clients.test.js.map