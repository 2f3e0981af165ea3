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
const engine_1 = require("../../src/core/engine");
const rules_1 = require("../../src/core/rules");
const plugin_1 = require("../../src/eslint/plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ESLint: ESLint9 } = require("eslint-v9");
const root = node_path_1.default.resolve(__dirname, "../../..");
const AGENT_TS = `import OpenAI from "openai";
const client = new OpenAI({ maxRetries: 9 });
const history: OpenAI.ChatCompletionMessageParam[] = [];
export async function turn(text: string) {
  history.push({ role: "user", content: text });
  while (true) {
    try {
      return await client.chat.completions.create({ model: "gpt-4o", messages: history });
    } catch {
      continue;
    }
  }
}
`;
const AGENT_JS = `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic();
export async function run(task) {
  const messages = [{ role: "user", content: task }];
  for (;;) {
    const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages });
    if (res.stop_reason !== "tool_use") return res;
    messages.push({ role: "assistant", content: res.content });
  }
}
`;
function makeEslint(ESLint, plugin, parser) {
    return new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [
            ...(parser === "ts" ? [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }] : []),
            plugin.configs.all,
        ],
    });
}
function summary(messages) {
    return messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort();
}
describe("ESLint plugin with the real ESLint", () => {
    for (const [name, ESLint] of [
        ["ESLint 10", eslint_1.ESLint],
        ["ESLint 9", ESLint9],
    ]) {
        describe(name, () => {
            it("reports the same findings as the engine on TypeScript with @typescript-eslint/parser", async () => {
                const eslint = makeEslint(ESLint, (0, plugin_1.createPlugin)(), "ts");
                const [result] = await eslint.lintText(AGENT_TS, { filePath: node_path_1.default.join(root, "agent.ts") });
                const engine = (0, engine_1.lintText)("agent.ts", AGENT_TS, rules_1.RULES.map((rule) => ({ rule })));
                const expected = engine.findings.map((f) => {
                    const before = AGENT_TS.slice(0, f.start).split("\n");
                    return `costlint/${f.ruleId}@${before.length}:${before[before.length - 1].length + 1}`;
                });
                strict_1.default.ok(expected.length >= 4, `engine found ${expected.length}`);
                strict_1.default.deepEqual(summary(result.messages), expected.sort());
                strict_1.default.ok(result.messages.some((m) => m.ruleId === "costlint/no-full-history"));
                strict_1.default.ok(result.messages.some((m) => m.ruleId === "costlint/no-unbounded-retry" && m.line === 2));
            });
            it("works with ESLint's default parser on JavaScript", async () => {
                const eslint = makeEslint(ESLint, (0, plugin_1.createPlugin)(), "espree");
                const [result] = await eslint.lintText(AGENT_JS, { filePath: node_path_1.default.join(root, "agent.mjs") });
                strict_1.default.deepEqual(summary(result.messages), ["costlint/require-iteration-cap@5:3"]);
                strict_1.default.match(result.messages[0].message, /no iteration cap/);
            });
        });
    }
    it("reuses the TypeScript AST of @typescript-eslint/parser, and parses once for espree, shared by every rule", async () => {
        for (const [parser, file, text, reusedExpected] of [
            ["ts", "a.ts", AGENT_TS, true],
            ["espree", "a.mjs", AGENT_JS, false],
        ]) {
            const seen = [];
            const plugin = (0, plugin_1.createPlugin)({ onSourceFile: (sourceFile, reused) => seen.push({ sourceFile, reused }) });
            const [result] = await makeEslint(eslint_1.ESLint, plugin, parser).lintText(text, { filePath: node_path_1.default.join(root, file) });
            strict_1.default.ok(result.messages.length > 0);
            strict_1.default.equal(seen.length, rules_1.RULES.length, "every rule ran");
            strict_1.default.ok(seen.every((s) => s.reused === reusedExpected), `reused parser AST: ${reusedExpected}`);
            strict_1.default.equal(new Set(seen.map((s) => s.sourceFile)).size, 1, "one AST for all rules");
            strict_1.default.equal(seen[0].sourceFile.text, text);
        }
    });
    it("never crashes ESLint: an internal error reports nothing for the rule and says so once per file", async () => {
        const warnings = [];
        const warn = console.warn;
        console.warn = (message) => warnings.push(message);
        try {
            const plugin = (0, plugin_1.createPlugin)({
                env: () => {
                    throw new Error("boom");
                },
            });
            const [result] = await makeEslint(eslint_1.ESLint, plugin, "ts").lintText(AGENT_TS, { filePath: node_path_1.default.join(root, "b.ts") });
            strict_1.default.deepEqual(result.messages, []);
            strict_1.default.equal(warnings.length, rules_1.RULES.length);
            strict_1.default.ok(warnings.every((w) => /costlint: rule [a-z-]+ failed on .*b\.ts.*boom/.test(w)));
        }
        finally {
            console.warn = warn;
        }
    });
    it("skips a file above the size limit with one message", async () => {
        const warnings = [];
        const warn = console.warn;
        console.warn = (message) => warnings.push(message);
        try {
            const big = AGENT_TS + "\n" + "// filler\n".repeat(300_000);
            const [result] = await makeEslint(eslint_1.ESLint, (0, plugin_1.createPlugin)(), "espree").lintText(big.replace(/: OpenAI\.ChatCompletionMessageParam\[\]/, "").replace("(text: string)", "(text)"), {
                filePath: node_path_1.default.join(root, "big.mjs"),
            });
            strict_1.default.deepEqual(result.messages, []);
            strict_1.default.equal(warnings.length, 1);
            strict_1.default.match(warnings[0], /costlint skipped .*big\.mjs: 3\.\d MB is above the 2\.0 MB limit/);
        }
        finally {
            console.warn = warn;
        }
    });
    it("rejects unknown rule options the ESLint way", async () => {
        const eslint = new eslint_1.ESLint({
            cwd: root,
            overrideConfigFile: true,
            overrideConfig: [{ plugins: { costlint: (0, plugin_1.createPlugin)() }, rules: { "costlint/no-unbounded-retry": ["error", { maxAtempts: 3 }] } }],
        });
        await strict_1.default.rejects(eslint.lintText("x", { filePath: node_path_1.default.join(root, "c.mjs") }), /Unexpected property "maxAtempts"/);
    });
});
describe("the built plugin bundles", () => {
    it("load as CommonJS and ESM with the same rules and configs", async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const cjs = require(node_path_1.default.join(root, "dist/eslint-plugin.cjs"));
        const esm = (await import(node_path_1.default.join(root, "dist/eslint-plugin.mjs"))).default;
        const ids = rules_1.RULES.map((r) => r.id).sort();
        strict_1.default.deepEqual(Object.keys(cjs.rules).sort(), ids);
        strict_1.default.deepEqual(Object.keys(esm.rules).sort(), ids);
        strict_1.default.deepEqual(Object.keys(cjs.configs).sort(), ["all", "recommended"]);
        strict_1.default.equal(cjs.configs.recommended.plugins.costlint, cjs);
    });
    it("lints with ESLint when loaded from the bundle", async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const cjs = require(node_path_1.default.join(root, "dist/eslint-plugin.cjs"));
        const eslint = new eslint_1.ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [cjs.configs.recommended] });
        const [result] = await eslint.lintText(AGENT_JS, { filePath: node_path_1.default.join(root, "d.mjs") });
        strict_1.default.deepEqual(summary(result.messages), ["costlint/require-iteration-cap@5:3"]);
    });
});
//# sourceMappingURL=plugin.test.js.map