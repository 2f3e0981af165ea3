"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const report_command_1 = require("../../src/cli/report-command");
const root = node_path_1.default.resolve(__dirname, "../../..");
const fixture = node_path_1.default.join(root, "test/fixtures/projects/cross-file");
describe("cross-file analysis: raw HTTP through an app's wrapper in another module", () => {
    const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
    const http = report.calls.filter((c) => c.file.startsWith("src/routes/http-") || c.file === "src/lib/http.ts");
    it("the wrapper's calls are the call sites, with the provider the path and body say", () => {
        strict_1.default.deepEqual(http.map((c) => `${c.file}:${c.line} ${c.sdk}`).sort(), [
            "src/routes/http-chat.ts:13 OpenAI-compatible API (HTTP)",
            "src/routes/http-chat.ts:18 Anthropic API (HTTP)",
        ]);
    });
    it("the body at the call is the request: the model it names, its cap; else the provider's default, said so", () => {
        const anthropic = http.find((c) => c.line === 18);
        strict_1.default.equal(anthropic?.model, "claude-sonnet-4-5");
        strict_1.default.equal(anthropic?.outputTokens, 2048);
        const compatible = http.find((c) => c.line === 13);
        strict_1.default.ok(compatible?.flags.includes("default-model"), compatible?.flags.join(","));
        strict_1.default.ok(compatible?.flags.includes("no-output-cap"), compatible?.flags.join(","));
    });
});
//# sourceMappingURL=cross-file-http.test.js.map