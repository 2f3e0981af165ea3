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
const assert = __importStar(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const schema_1 = require("../../src/core/config/schema");
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const pricing_1 = require("../../src/core/cost/pricing");
const run_1 = require("../../src/core/run");
const tester_1 = require("./tester");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-tiktoken's typings are ESM-only
const { getEncoding } = require("js-tiktoken");
const O200K = getEncoding("o200k_base");
const PRICING = (0, pricing_1.defaultPricingTable)();
function price(id) {
    const found = PRICING.models.find((m) => m.id === id);
    if (!found)
        throw new Error(`no ${id}`);
    return found;
}
/** Prompt tokens of user/system messages by OpenAI's method (3 per message, 3 to prime the reply). */
function chatTokens(messages) {
    return 3 + messages.reduce((n, m) => n + 3 + O200K.encode(m.role).length + O200K.encode(m.content).length, 0);
}
/** Dollars as the rule's messages write them: cents and above with 3 decimals, dollars with 2, below a cent 2 significant digits. */
function dollars(value) {
    if (value >= 1)
        return `$${value.toFixed(2)}`;
    if (value >= 0.01)
        return `$${value.toFixed(3)}`;
    return `$${value.toPrecision(2)}`;
}
function scaled(count, model) {
    return model.tokenFactor === 1 ? count : Math.ceil(count * model.tokenFactor - 1e-9);
}
const ADVICE = {
    output: "Lower the output cap or use a cheaper model.",
    input: "Send less input or use a cheaper model.",
};
/** The expected report data for a call of `model` with `input` prompt tokens (before scaling) and `output` tokens. */
function overBudget(modelId, rawInput, output, budget, advice, assumed = false, counted) {
    const model = price(modelId);
    const input = counted ?? scaled(rawInput, model);
    const cost = (input * model.inputPerMTok + output * model.outputPerMTok) / 1_000_000;
    assert.ok(cost > budget, `test setup: ${cost} should exceed ${budget}`);
    return {
        messageId: "overBudget",
        data: {
            cost: dollars(cost),
            model: `${model.id}${assumed ? " (assumed model)" : model.approximateTokens ? " (approximate)" : ""}`,
            budget: dollars(budget),
            advice: ADVICE[advice],
        },
    };
}
/** Line and columns of the only occurrence of `needle` (1-based, as the rule tester reports them). */
function at(src, needle) {
    const index = src.indexOf(needle);
    if (index === -1 || src.indexOf(needle, index + 1) !== -1)
        throw new Error(`need one occurrence of ${needle}`);
    const before = src.slice(0, index).split("\n");
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    return { line, column, endLine: line, endColumn: column + needle.length };
}
const OPENAI = [`import OpenAI from "openai";`, `const client = new OpenAI();`];
const USER = [{ role: "user", content: "Summarize the report." }];
const noCap = (0, tester_1.code)(...OPENAI, `await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Summarize the report." }] });`);
const conditionalCap = (0, tester_1.code)(...OPENAI, `export const f = (fast: boolean) => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Summarize the report." }], ...(fast ? { max_tokens: 500 } : {}) });`);
const bigCap = (0, tester_1.code)(...OPENAI, `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 16000, messages: [{ role: "user", content: "Summarize the report." }] });`);
const capped = (0, tester_1.code)(...OPENAI, `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: [{ role: "user", content: "Summarize the report." }] });`);
// A long literal system prompt: most of the cost is input.
const LONG_PROMPT = Array.from({ length: 200 }, (_, i) => `Rule ${i + 1}: answer politely and cite the handbook.`).join(" ");
const longInput = (0, tester_1.code)(...OPENAI, `const SYSTEM = ${JSON.stringify(LONG_PROMPT)};`, `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 200, messages: [{ role: "system", content: SYSTEM }, { role: "user", content: "Summarize the report." }] });`);
const claude = (0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `await anthropic.messages.create({ model: "claude-opus-4-1", max_tokens: 4000, messages: [{ role: "user", content: "Summarize the report." }] });`);
describe("max-call-cost: the worked example of the docs", () => {
    it("gpt-4o with no cap is about $0.164 a call (16,384 output tokens x $10/M), over 0.10; with max_tokens 500 it is under", () => {
        const model = price("gpt-4o");
        assert.equal(model.maxOutputTokens, 16_384);
        assert.equal(model.outputPerMTok, 10);
        const input = chatTokens(USER);
        assert.equal(dollars((input * model.inputPerMTok + 16_384 * model.outputPerMTok) / 1e6), "$0.164");
        assert.ok((input * model.inputPerMTok + 500 * model.outputPerMTok) / 1e6 < 0.1);
    });
});
tester_1.ruleTester.run("max-call-cost", (0, tester_1.eslintRule)("max-call-cost"), {
    valid: [
        // a cap keeps gpt-4o well under the default budget of $0.10
        capped,
        // a cheap model without a cap: 16,384 x $0.60/M is under a cent
        (0, tester_1.code)(...OPENAI, `await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Summarize the report." }] });`),
        // a higher budget as the rule's option
        { code: noCap, options: [{ budget: 0.5 }] },
        // Claude with a small cap
        (0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `await a.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1000, messages: [{ role: "user", content: "x" }] });`),
        // AI SDK with a cap
        (0, tester_1.code)(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `await generateText({ model: openai("gpt-4o"), prompt: "p", maxOutputTokens: 2000 });`),
        // not an LLM call
        (0, tester_1.code)(`import twilio from "twilio";`, `const t = twilio();`, `t.messages.create({ body: "hi", to: "+1" });`),
        // the cost per call, not per loop: 10 calls of ~$0.005 each
        (0, tester_1.code)(...OPENAI, `for (let i = 0; i < 10; i++) await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: [] });`),
        // no output cap, or one on a single branch: require-max-tokens' finding (with this worst-case cost), not this one's
        noCap,
        conditionalCap,
        (0, tester_1.code)(...OPENAI, `await client.responses.create({ model: "gpt-4.1", input: "Summarize the report." });`),
    ],
    invalid: [
        {
            // a cap above what the budget allows
            code: bigCap,
            errors: [{ ...overBudget("gpt-4o", chatTokens(USER), 16_000, 0.1, "output"), ...at(bigCap, "client.chat.completions.create") }],
        },
        {
            // a cap, but a budget below it: the output is still most of the cost
            code: capped,
            options: [{ budget: 0.001 }],
            errors: [overBudget("gpt-4o", chatTokens(USER), 500, 0.001, "output")],
        },
        {
            // most of the cost is the input
            name: "a long literal system prompt: most of the cost is input",
            code: longInput,
            options: [{ budget: 0.003 }],
            errors: [
                overBudget("gpt-4o", chatTokens([
                    { role: "system", content: LONG_PROMPT },
                    { role: "user", content: "Summarize the report." },
                ]), 200, 0.003, "input"),
            ],
        },
        {
            // other providers: approximate counts, said so
            code: claude,
            // Anthropic's format: the text x Claude's factor (1.18), 3 tokens for the message, 3 to prime the reply.
            errors: [overBudget("claude-opus-4-1", 0, 4000, 0.1, "output", false, Math.ceil(O200K.encode("Summarize the report.").length * 1.18 - 1e-9) + 6)],
        },
        {
            // a budget of 0 reports every call
            code: capped,
            options: [{ budget: 0 }],
            errors: [overBudget("gpt-4o", chatTokens(USER), 500, 0, "output")],
        },
        {
            // only the calls above the budget, each at its own range
            code: (0, tester_1.code)(...OPENAI, `await client.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 16000, messages: [{ role: "user", content: "Summarize the report." }] });`, `await client.responses.create({ model: "gpt-4.1", max_output_tokens: 16000, input: "Summarize the report." });`),
            errors: [
                {
                    ...overBudget("gpt-4.1", chatTokens(USER), 16_000, 0.1, "output"),
                    line: 4,
                    column: 7,
                    endLine: 4,
                    endColumn: 7 + "client.responses.create".length,
                },
            ],
        },
        {
            // a model the code does not name: priced as the default model, and said so
            code: (0, tester_1.code)(...OPENAI, `export const ask = (model: string) => client.chat.completions.create({ model, max_tokens: 16000, messages: [{ role: "user", content: "Summarize the report." }] });`),
            errors: [overBudget("gpt-4o", chatTokens(USER), 16_000, 0.1, "output", true)],
        },
    ],
});
describe("max-call-cost through the engine: the budget of costlint.config.json", () => {
    const run = (budget, ruleOptions) => {
        const setting = ruleOptions ? ["warn", ruleOptions] : "warn";
        const config = { ...(0, schema_1.defaultConfig)(), ...(budget !== undefined ? { budget: { perCallUsd: budget } } : {}), rules: { "max-call-cost": setting } };
        return (0, run_1.lintFile)("app.ts", bigCap, { config, pricing: PRICING }).findings.filter((f) => f.ruleId === "max-call-cost");
    };
    it("defaults to budget.perCallUsd 0.10", () => {
        assert.equal(run(undefined).length, 1);
    });
    it("uses the configured budget.perCallUsd", () => {
        assert.equal(run(0.5).length, 0);
        const findings = run(0.15);
        assert.equal(findings.length, 1);
        assert.match(findings[0].message, /above the budget of \$0\.150\./);
    });
    it("the rule's own budget option wins over the configuration's", () => {
        assert.equal(run(0.5, { budget: 0.05 }).length, 1);
        assert.equal(run(0.01, { budget: 1 }).length, 0);
    });
    it("a call with no output cap gets one finding: require-max-tokens', with the worst-case cost max-call-cost would quote", () => {
        const config = { ...(0, schema_1.defaultConfig)(), rules: { "max-call-cost": "warn" } };
        const findings = (0, run_1.lintFile)("app.ts", noCap, { config, pricing: PRICING }).findings;
        assert.deepEqual(findings.map((f) => f.ruleId), ["require-max-tokens"]);
        // the worked example of the docs: $0.164 on gpt-4o (16,384 output tokens x $10/M)
        assert.match(findings[0].message, /up to 16,384 output tokens, \$0\.164 per call on gpt-4o\./);
        const unnamed = (0, tester_1.code)(...OPENAI, `export const ask = (model: string) => client.chat.completions.create({ model, messages: [] });`);
        assert.match((0, run_1.lintFile)("app.ts", unnamed, { config, pricing: PRICING }).findings[0].message, /per call on gpt-4o \(assumed model\)\./);
    });
    it("is not on unless configured (not in recommended)", () => {
        const findings = (0, run_1.lintFile)("app.ts", bigCap, { config: (0, schema_1.defaultConfig)(), pricing: PRICING }).findings;
        assert.ok(!findings.some((f) => f.ruleId === "max-call-cost"));
        const all = (0, run_1.lintFile)("app.ts", bigCap, { config: (0, schema_1.defaultConfig)(), pricing: PRICING, all: true }).findings;
        assert.equal(all.filter((f) => f.ruleId === "max-call-cost").length, 1);
    });
    it("prices from the configuration's overrides", () => {
        const config = { ...(0, schema_1.defaultConfig)(), rules: { "max-call-cost": "warn" } };
        const cheap = (0, pricing_1.defaultPricingTable)().models.find((m) => m.id === "gpt-4o");
        const pricing = (0, pricing_1.mergePricing)(PRICING, [{ id: "gpt-4o", outputPerMTok: cheap.outputPerMTok / 10 }]);
        assert.equal((0, run_1.lintFile)("app.ts", bigCap, { config, pricing }).findings.filter((f) => f.ruleId === "max-call-cost").length, 0);
    });
    it("the ESLint plugin reads the budget from the nearest costlint.config.json", () => {
        const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-budget-")));
        try {
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "costlint.config.json"), JSON.stringify({ budget: { perCallUsd: 0.5 } }));
            const file = node_path_1.default.join(dir, "app.ts");
            const linter = new eslint_1.Linter({ configType: "flat", cwd: dir });
            const lint = () => linter.verify(bigCap, [{ files: ["**/*.ts"], languageOptions: { parser: tsParser }, plugins: { costlint: { rules: { "max-call-cost": (0, tester_1.eslintRule)("max-call-cost") } } }, rules: { "costlint/max-call-cost": "warn" } }], file);
            assert.deepEqual(lint(), []);
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "costlint.config.json"), JSON.stringify({ budget: { perCallUsd: 0.05 } }));
            const later = new Date(Date.now() + 5_000);
            node_fs_1.default.utimesSync(node_path_1.default.join(dir, "costlint.config.json"), later, later);
            const messages = lint();
            assert.equal(messages.length, 1);
            assert.match(messages[0].message, /above the budget of \$0\.050\./);
        }
        finally {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=max-call-cost.test.js.map