"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const static_text_1 = require("../../src/core/cost/static-text");
const analysis_1 = require("../../src/core/detectors/analysis");
const call_label_1 = require("../../src/core/detectors/call-label");
const engine_1 = require("../../src/core/engine");
const stress_run_1 = require("./stress-run");
const stress_shapes_1 = require("./stress-shapes");
const root = node_path_1.default.resolve(__dirname, "../../..");
const SIZE = 100_000;
/**
 * costlint's budget is a few hundred ms of its own CPU time per 100 KB; the bound is 20 times that (and counts
 * ESLint's own parse), so a shared, slow machine never fails it: it catches the blow-ups of seconds to minutes.
 */
const BUDGET_MS_PER_100KB = 300;
const BOUND_FACTOR = 20;
function bound(bytes) {
    return BUDGET_MS_PER_100KB * BOUND_FACTOR * Math.max(1, bytes / 100_000);
}
/** Runs `f` with console.warn captured: the ESLint plugin says there when a rule failed on a file. */
async function capturingWarnings(f) {
    const warnings = [];
    const original = console.warn;
    console.warn = (...args) => warnings.push(args.map(String).join(" "));
    try {
        return { value: await f(), warnings };
    }
    finally {
        console.warn = original;
    }
}
describe("stress: pathological files finish in bounded time without an exception", function () {
    this.timeout(300_000);
    const eslint = (0, stress_run_1.makeEslint)(root);
    before(async () => {
        // Load the tokenizer and the parsers once, so each shape is measured on its own.
        const warm = stress_shapes_1.STRESS_SHAPES.find((s) => s.name === "many agent functions").make(5_000);
        (0, stress_run_1.runEngine)("warm.ts", warm);
        await (0, stress_run_1.runEslint)(eslint, root, "warm.ts", warm);
    });
    for (const shape of stress_shapes_1.STRESS_SHAPES) {
        const text = shape.make(SIZE);
        it(`${shape.name} (${text.length} bytes): the CLI engine (every rule, then the estimate)`, async () => {
            let result;
            const ms = await (0, stress_run_1.cpuMs)(() => {
                result = (0, stress_run_1.runEngine)("stress.ts", text);
            });
            strict_1.default.deepEqual(result.failures, []);
            strict_1.default.equal(result.skipped, undefined, "TypeScript parses every shape");
            strict_1.default.ok(result.estimates >= 1, "every shape holds at least one LLM call");
            strict_1.default.ok(ms < bound(text.length), `${Math.round(ms)} ms of CPU for ${text.length} bytes (bound ${bound(text.length)} ms)`);
        });
        for (const fileName of ["stress.ts", "stress.js"]) {
            it(`${shape.name}: ESLint with every rule (${fileName})`, async () => {
                let ms = 0;
                let thrown;
                const { value: result, warnings } = await capturingWarnings(async () => {
                    let r;
                    ms = await (0, stress_run_1.cpuMs)(async () => {
                        try {
                            r = await (0, stress_run_1.runEslint)(eslint, root, fileName, text);
                        }
                        catch (error) {
                            thrown = error;
                        }
                    });
                    return r;
                });
                if (thrown) {
                    // ESLint's own scope analysis (eslint-scope) recurses on the longest chains of a .js file and overflows before
                    // any rule runs: ESLint's failure, not costlint's (whose frames would top the stack).
                    strict_1.default.ok(thrown instanceof RangeError && /eslint-scope/.test(thrown.stack ?? "") && !/out[\\/]src[\\/]|eslint-plugin\.c?js/.test(thrown.stack ?? ""), String(thrown.stack));
                    return;
                }
                strict_1.default.deepEqual(warnings.filter((w) => /costlint/.test(w)), []);
                // The parsers' own limits (typescript-estree and espree overflow on the longest chains; U+2028 recovery): a
                // parse error, reported by ESLint before any rule runs.
                for (const m of result.messages.filter((m) => m.fatal))
                    strict_1.default.match(m.message, /^Parsing error: /);
                for (const m of result.messages)
                    strict_1.default.ok(m.fatal || m.ruleId?.startsWith("costlint/"), `${m.ruleId}: ${m.message}`);
                strict_1.default.ok(ms < bound(text.length), `${Math.round(ms)} ms of CPU for ${text.length} bytes (bound ${bound(text.length)} ms)`);
            });
        }
    }
    it("counts text built by repeating consts beyond what it keeps, and says so", () => {
        // 30^5 copies of "x": 24 million characters, kept up to MAX_TEXT and counted at the rate of what was kept.
        const text = (0, stress_shapes_1.fanOutConsts)(30, 5);
        const settings = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() };
        const [estimate] = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("fan.ts", text)), settings);
        strict_1.default.ok(estimate);
        const omitted = 30 ** 5 - static_text_1.MAX_TEXT;
        strict_1.default.ok(estimate.assumptions.some((a) => a.startsWith(`${omitted.toLocaleString("en-US")} characters of text built from repeated parts were not tokenized`)), estimate.assumptions.join("\n"));
        const messages = estimate.breakdown.find((b) => b.part === "messages").tokens;
        // The kept 100,000 "x" are a few thousand tokens; the rest is counted at that rate, not dropped.
        strict_1.default.ok(messages > (30 ** 5 / static_text_1.MAX_TEXT) * 1000, `${messages} message tokens`);
        // The same text read once more costs nothing new: each const is resolved once per file.
        const small = (0, stress_shapes_1.fanOutConsts)(2, 3);
        const [few] = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("few.ts", small)), settings);
        strict_1.default.ok(!few.assumptions.some((a) => a.includes("not tokenized")));
    });
    it("names a call whose callee holds a long run of blanks without backtracking, as before", () => {
        strict_1.default.equal((0, call_label_1.squeezeBlanks)("client\n    .chat\r\n  .completions\n  .create"), "client.chat.completions.create");
        strict_1.default.equal((0, call_label_1.squeezeBlanks)("new  X(). y"), "new X(). y");
        strict_1.default.equal((0, call_label_1.squeezeBlanks)(`client.chat.completions${" ".repeat(200_000)}.create`), "client.chat.completions .create");
        strict_1.default.equal((0, call_label_1.squeezeBlanks)(`a${"\u2028 ".repeat(1000)}\n  .b`), "a.b");
        const result = (0, stress_run_1.runEngine)("blanks.ts", stress_shapes_1.STRESS_SHAPES.find((s) => s.name === "whitespace run in a callee").make(SIZE));
        strict_1.default.ok(result.messages.some((m) => m.includes("client.chat.completions .create()")), result.messages.join("\n"));
    });
});
//# sourceMappingURL=stress.test.js.map