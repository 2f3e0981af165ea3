"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const stress_run_1 = require("./stress-run");
const run_1 = require("../../src/core/run");
const schema_1 = require("../../src/core/config/schema");
const pricing_1 = require("../../src/core/cost/pricing");
/**
 * Agent-like code from the pieces real agents are made of: SDK calls with random option objects, loops, retries,
 * templates, histories, odd unicode, then cut short or spliced (the half-typed file an editor lints). Every rule
 * through ESLint and the engine: no exception, every location inside the file, every edit a range inside it.
 */
const ident = fast_check_1.default.constantFrom("client", "openai", "anthropic", "model", "history", "messages", "res", "i", "attempt", "tools", "t1", "cfg");
const odd = fast_check_1.default.constantFrom("\u2028", "\u2029", "\uFEFF", "\r\n", "\r", "\t", "é", "😀", "\u0000", "𝒳", "\u200B", "`", "${", "\\", "/*", "*/", "//");
const literal = fast_check_1.default.oneof(fast_check_1.default.integer({ min: -5, max: 100_000 }).map(String), fast_check_1.default.constantFrom("Infinity", "undefined", "null", "true", "false", "NaN"), fast_check_1.default.string({ maxLength: 12 }).map((s) => JSON.stringify(s)), fast_check_1.default.tuple(fast_check_1.default.string({ maxLength: 6 }), ident).map(([s, id]) => `\`${s.replace(/[`\\$]/g, "")}\${${id}}\``));
const MODELS = fast_check_1.default.constantFrom('"gpt-4o"', '"gpt-4o-mini"', '"claude-sonnet-4-5"', '"o3"', '"gemini-2.5-pro"', "MODEL", "process.env.MODEL");
const KEYS = fast_check_1.default.constantFrom("model", "messages", "max_tokens", "max_completion_tokens", "maxTokens", "tools", "system", "temperature", "maxRetries", "maxSteps", "stopWhen", "prompt", "input", "instructions");
const value = fast_check_1.default.letrec((tie) => ({
    value: fast_check_1.default.oneof({ depthSize: "small", withCrossShrink: true }, literal, ident, MODELS, fast_check_1.default.array(tie("value"), { maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`), fast_check_1.default.array(fast_check_1.default.tuple(KEYS, tie("value")), { maxLength: 4 }).map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(", ")} }`), fast_check_1.default.tuple(ident, fast_check_1.default.constantFrom("...", "")).map(([id, dots]) => (dots ? `{ ...${id} }` : `${id}.slice(-10)`))),
})).value;
const options = fast_check_1.default
    .array(fast_check_1.default.tuple(KEYS, value), { maxLength: 6 })
    .map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(", ")} }`);
const call = fast_check_1.default.oneof(options.map((o) => `await client.chat.completions.create(${o})`), options.map((o) => `await anthropic.messages.create(${o})`), options.map((o) => `await generateText(${o})`), options.map((o) => `await openai.responses.create(${o})`), options.map((o) => `await model.invoke(${o})`), options.map((o) => `await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(${o}) })`), fast_check_1.default.tuple(ident, value).map(([h, v]) => `${h}.push(${v})`));
const statement = fast_check_1.default.letrec((tie) => ({
    statement: fast_check_1.default.oneof({ depthSize: "small", withCrossShrink: true }, call.map((c) => `${c};`), fast_check_1.default.tuple(ident, value).map(([id, v]) => `const ${id} = ${v};`), fast_check_1.default.tuple(ident, value).map(([id, v]) => `let ${id} = ${v};`), fast_check_1.default.array(tie("statement"), { maxLength: 3 }).map((b) => `while (true) { ${b.join(" ")} }`), fast_check_1.default.tuple(ident, fast_check_1.default.integer({ min: 0, max: 10 }), fast_check_1.default.array(tie("statement"), { maxLength: 3 })).map(([i, n, b]) => `for (let ${i} = 0; ${i} < ${n}; ${i}++) { ${b.join(" ")} }`), fast_check_1.default.tuple(fast_check_1.default.array(tie("statement"), { maxLength: 3 }), fast_check_1.default.array(tie("statement"), { maxLength: 2 })).map(([t, c]) => `try { ${t.join(" ")} } catch (e) { ${c.join(" ")} }`), fast_check_1.default.tuple(ident, fast_check_1.default.array(tie("statement"), { maxLength: 3 })).map(([n, b]) => `async function ${n}Fn(${n}) { ${b.join(" ")} }`), fast_check_1.default.array(tie("statement"), { maxLength: 2 }).map((b) => `class A { h = []; async run() { ${b.join(" ")} } }`), fast_check_1.default.tuple(ident, value).map(([id, v]) => `if (${id}) return ${v};`), fast_check_1.default.constantFrom("break;", "continue;", "await sleep(1000 * 2 ** attempt);", "attempt++;", "history.shift();", "history.length = 0;")),
})).statement;
const HEADER = `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText } from "ai";
import { ChatOpenAI } from "@langchain/openai";
const client = new OpenAI();
const openai = client;
const anthropic = new Anthropic();
const model = new ChatOpenAI({ model: "gpt-4o" });
`;
/** A program, then damaged: truncated, spliced with odd characters, lines joined or split. */
const program = fast_check_1.default
    .tuple(fast_check_1.default.array(statement, { minLength: 1, maxLength: 6 }), fast_check_1.default.array(fast_check_1.default.tuple(fast_check_1.default.nat(), odd), { maxLength: 4 }), fast_check_1.default.option(fast_check_1.default.nat(), { nil: undefined }), fast_check_1.default.boolean(), fast_check_1.default.boolean())
    .map(([statements, splices, cut, header, crlf]) => {
    let text = (header ? HEADER : "") + statements.join("\n");
    for (const [at, s] of splices) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + s + text.slice(i);
    }
    if (cut !== undefined)
        text = text.slice(0, cut % (text.length + 1));
    return crlf ? text.replace(/\n/g, "\r\n") : text;
});
const root = node_path_1.default.resolve(__dirname, "../../..");
const SETTINGS = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)(), all: true };
const RUNS = 120;
function inside(text, start, end) {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}
describe("fuzz: generated agent-like code", function () {
    this.timeout(120_000);
    let eslint;
    before(() => {
        eslint = (0, stress_run_1.makeEslint)(root);
    });
    it("the engine: no exception, every finding and every edit inside the file", () => {
        fast_check_1.default.assert(fast_check_1.default.property(program, fast_check_1.default.constantFrom("f.ts", "f.js", "f.tsx"), (text, fileName) => {
            const result = (0, stress_run_1.runEngine)(fileName, text);
            strict_1.default.deepEqual(result.failures, []);
            const run = (0, run_1.lintFile)(fileName, text, SETTINGS);
            for (const f of run.findings) {
                strict_1.default.ok(inside(text, f.start, f.end), `${f.ruleId} at ${f.start}-${f.end} of ${text.length}`);
                for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
                    strict_1.default.ok(inside(text, e.start, e.end), `${f.ruleId} edit ${e.start}-${e.end} of ${text.length}`);
                }
            }
        }), { seed: 20261207, numRuns: RUNS, endOnFailure: true });
    });
    it("ESLint with every rule: no crash, every location inside the file, every fix and suggestion a range inside it", async () => {
        await fast_check_1.default.assert(fast_check_1.default.asyncProperty(program, fast_check_1.default.constantFrom("f.ts", "f.js"), async (text, fileName) => {
            const warnings = [];
            const original = console.warn;
            console.warn = (...args) => warnings.push(args.map(String).join(" "));
            let results;
            try {
                results = await eslint.lintText(text, { filePath: node_path_1.default.join(root, fileName) });
            }
            finally {
                console.warn = original;
            }
            strict_1.default.deepEqual(warnings.filter((w) => /costlint/.test(w)), []);
            const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
            for (const m of results[0].messages) {
                if (m.fatal)
                    continue; // a parse error of the damaged text: ESLint's, before any rule
                strict_1.default.ok(m.line >= 1 && m.line <= lines.length, `${m.ruleId} line ${m.line} of ${lines.length}`);
                if (m.endLine !== undefined)
                    strict_1.default.ok(m.endLine >= m.line && m.endLine <= lines.length, `${m.ruleId} end line ${m.endLine}`);
                for (const fix of [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]) {
                    strict_1.default.ok(inside(text, fix.range[0], fix.range[1]), `${m.ruleId} fix ${fix.range.join("-")} of ${text.length}`);
                }
            }
        }), { seed: 20261207, numRuns: RUNS, endOnFailure: true });
    });
});
//# sourceMappingURL=fuzz.test.js.map