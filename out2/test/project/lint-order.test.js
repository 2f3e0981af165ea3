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
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const plugin_1 = require("../../src/eslint/plugin");
const fixture = node_path_1.default.resolve(__dirname, "../../../test/fixtures/projects/import-cycle");
/**
 * Lints the files one by one, in the order given, through one ESLint instance and so one plugin instance (one
 * cross-file context, as in an ESLint process): the findings of each file, as `file:line rule message`.
 */
async function lintInOrder(files, plugin = (0, plugin_1.createPlugin)()) {
    const eslint = new eslint_1.ESLint({
        cwd: fixture,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.all],
    });
    const out = [];
    for (const file of files) {
        for (const result of await eslint.lintFiles([node_path_1.default.join(fixture, file)])) {
            for (const m of result.messages)
                out.push(`${node_path_1.default.relative(fixture, result.filePath)}:${m.line} ${m.ruleId} ${m.message}`);
        }
    }
    return out.sort();
}
describe("the order files are linted in never changes a finding", () => {
    // model.ts and ask.ts import each other: an analysis that starts in one of them meets the other inside a cycle,
    // where what it learns is cut short. Such a result must not be reused when the other file's wrapper is asked
    // about from the top (asker.ts's retry loop around ask()).
    const orders = [
        ["src/runner.ts", "src/asker.ts"],
        ["src/asker.ts", "src/runner.ts"],
        ["src/model.ts", "src/ask.ts", "src/runner.ts", "src/asker.ts"],
        ["src/asker.ts", "src/runner.ts", "src/ask.ts", "src/model.ts"],
    ];
    it("each file's findings are the same whichever file was linted first (one plugin instance)", async () => {
        const alone = await lintInOrder(["src/asker.ts"]);
        strict_1.default.ok(alone.some((f) => f.startsWith("src/asker.ts:5 costlint/no-unbounded-retry")), alone.join("\n"));
        for (const order of orders) {
            const findings = await lintInOrder(order);
            const ofAsker = findings.filter((f) => f.startsWith("src/asker.ts:"));
            strict_1.default.deepEqual(ofAsker, alone, `order ${order.join(", ")}`);
        }
        const [first, ...rest] = await Promise.all(orders.slice(2).map((order) => lintInOrder(order)));
        for (const other of rest)
            strict_1.default.deepEqual(other, first);
    });
    it("a module another file's analysis already analysed is linted on that tree, with the findings it has alone", async () => {
        const alone = await lintInOrder(["src/llm.ts"]);
        strict_1.default.ok(alone.some((f) => f.startsWith("src/llm.ts:7 costlint/require-max-tokens")), alone.join("\n"));
        const trees = [];
        const plugin = (0, plugin_1.createPlugin)({ ...(0, plugin_1.projectConfigSettings)(), onSourceFile: (sourceFile, reused) => trees.push({ file: node_path_1.default.basename(sourceFile.fileName), sourceFile, reused }) });
        const findings = await lintInOrder(["src/uses-llm.ts", "src/llm.ts"], plugin);
        strict_1.default.ok(findings.some((f) => f.startsWith("src/uses-llm.ts:5 costlint/no-unbounded-retry")), findings.join("\n"));
        strict_1.default.deepEqual(findings.filter((f) => f.startsWith("src/llm.ts:")), alone);
        // uses-llm.ts on the parser's tree; llm.ts, which its analysis read and analysed, on the cross-file layer's tree.
        strict_1.default.ok(trees.filter((t) => t.file === "uses-llm.ts").every((t) => t.reused));
        const ofLlm = trees.filter((t) => t.file === "llm.ts");
        strict_1.default.ok(ofLlm.length > 0 && ofLlm.every((t) => !t.reused), "llm.ts is not linted on the parser's tree");
        strict_1.default.equal(new Set(ofLlm.map((t) => t.sourceFile)).size, 1, "one tree for every rule");
    });
    it("a file that meets the cycle from both sides: the same findings after either module was linted", async () => {
        const alone = await lintInOrder(["src/chat.ts"]);
        for (const before of ["src/runner.ts", "src/asker.ts", "src/model.ts", "src/ask.ts"]) {
            const findings = await lintInOrder([before, "src/chat.ts"]);
            strict_1.default.deepEqual(findings.filter((f) => f.startsWith("src/chat.ts:")), alone, `after ${before}`);
        }
    });
});
//# sourceMappingURL=lint-order.test.js.map