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
const eslint_1 = require("eslint");
const tsParser = __importStar(require("@typescript-eslint/parser"));
const schema_1 = require("../../src/core/config/schema");
const pricing_1 = require("../../src/core/cost/pricing");
const run_1 = require("../../src/core/run");
const plugin_1 = require("../../src/eslint/plugin");
const BASE = `import OpenAI from "openai";
const client = new OpenAI();
export const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });
`;
const CASES = {
    none: BASE,
    nextLine: BASE.replace("export const a", "// eslint-disable-next-line costlint/require-max-tokens\nexport const a"),
    nextLineWithReason: BASE.replace("export const a", "// eslint-disable-next-line costlint/require-max-tokens -- capped by the proxy\nexport const a"),
    nextLineOtherRule: BASE.replace("export const a", "// eslint-disable-next-line costlint/no-full-history\nexport const a"),
    nextLineOtherPlugin: BASE.replace("export const a", "// eslint-disable-next-line no-console\nexport const a"),
    nextLineAll: BASE.replace("export const a", "// eslint-disable-next-line\nexport const a"),
    sameLine: BASE.replace("messages: [] });", "messages: [] }); // eslint-disable-line costlint/require-max-tokens"),
    block: `/* eslint-disable costlint/require-max-tokens */\n${BASE}`,
    blockThenEnable: `/* eslint-disable costlint/require-max-tokens */\n/* eslint-enable costlint/require-max-tokens */\n${BASE}`,
    lineCommentFileDisableIgnored: `// eslint-disable costlint/require-max-tokens\n${BASE}`,
    // long runs of blanks inside the directive (the pattern reads it in linear time) and trailing blanks
    nextLineLongBlanks: BASE.replace("export const a", `/* eslint-disable-next-line   costlint/require-max-tokens${" ".repeat(20_000)}-- why${" ".repeat(20_000)}*/\nexport const a`),
    blockTrailingBlanks: `/* eslint-disable costlint/require-max-tokens${" \t".repeat(5_000)}*/\n${BASE}`,
};
describe("eslint-disable comments: the CLI and editor engine agree with ESLint", () => {
    const settings = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() };
    const eslint = new eslint_1.ESLint({
        cwd: node_path_1.default.resolve(__dirname, "../../.."),
        overrideConfigFile: true,
        overrideConfig: [
            { files: ["**/*.ts"], languageOptions: { parser: tsParser }, linterOptions: { reportUnusedDisableDirectives: "off" } },
            { plugins: { costlint: (0, plugin_1.createPlugin)({}) }, rules: { "costlint/require-max-tokens": "warn" } },
        ],
    });
    for (const [name, text] of Object.entries(CASES)) {
        it(name, async () => {
            const ours = (0, run_1.lintFile)("x.ts", text, settings).findings.filter((f) => f.ruleId === "require-max-tokens").length;
            const [result] = await eslint.lintText(text, { filePath: node_path_1.default.resolve(__dirname, "../../../x.ts") });
            const theirs = result.messages.filter((m) => m.ruleId === "costlint/require-max-tokens").length;
            strict_1.default.equal(ours, theirs, `engine ${ours}, ESLint ${theirs}`);
        });
    }
    it("suppresses where it should (the table above is not trivially all-equal)", () => {
        const counts = Object.fromEntries(Object.entries(CASES).map(([n, t]) => [n, (0, run_1.lintFile)("x.ts", t, settings).findings.filter((f) => f.ruleId === "require-max-tokens").length]));
        strict_1.default.deepEqual(counts, { none: 1, nextLine: 0, nextLineWithReason: 0, nextLineOtherRule: 1, nextLineOtherPlugin: 1, nextLineAll: 0, sameLine: 0, block: 0, blockThenEnable: 1, lineCommentFileDisableIgnored: 1, nextLineLongBlanks: 0, blockTrailingBlanks: 0 });
    });
});
//# sourceMappingURL=disable-comments.test.js.map