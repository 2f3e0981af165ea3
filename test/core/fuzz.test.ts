import assert from "node:assert/strict";
import path from "node:path";
import fc from "fast-check";
import type { ESLint } from "eslint";
import { makeEslint, runEngine } from "./stress-run";
import { lintFile } from "../../src/core/run";
import { defaultConfig } from "../../src/core/config/schema";
import { defaultPricingTable } from "../../src/core/cost/pricing";

/**
 * Agent-like code from the pieces real agents are made of: SDK calls with random option objects, loops, retries,
 * templates, histories, odd unicode, then cut short or spliced (the half-typed file an editor lints). Every rule
 * through ESLint and the engine: no exception, every location inside the file, every edit a range inside it.
 */
const ident = fc.constantFrom("client", "openai", "anthropic", "model", "history", "messages", "res", "i", "attempt", "tools", "t1", "cfg");
const odd = fc.constantFrom("\u2028", "\u2029", "\uFEFF", "\r\n", "\r", "\t", "é", "😀", "\u0000", "𝒳", "\u200B", "`", "${", "\\", "/*", "*/", "//");
const literal = fc.oneof(
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.constantFrom("Infinity", "undefined", "null", "true", "false", "NaN"),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.tuple(fc.string({ maxLength: 6 }), ident).map(([s, id]) => `\`${s.replace(/[`\\$]/g, "")}\${${id}}\``),
);

const MODELS = fc.constantFrom('"gpt-4o"', '"gpt-4o-mini"', '"claude-sonnet-4-5"', '"o3"', '"gemini-2.5-pro"', "MODEL", "process.env.MODEL");
const KEYS = fc.constantFrom("model", "messages", "max_tokens", "max_completion_tokens", "maxTokens", "tools", "system", "temperature", "maxRetries", "maxSteps", "stopWhen", "prompt", "input", "instructions");

const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal,
    ident,
    MODELS,
    fc.array(tie("value"), { maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`),
    fc.array(fc.tuple(KEYS, tie("value")), { maxLength: 4 }).map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(", ")} }`),
    fc.tuple(ident, fc.constantFrom("...", "")).map(([id, dots]) => (dots ? `{ ...${id} }` : `${id}.slice(-10)`)),
  ),
})).value;

const options = fc
  .array(fc.tuple(KEYS, value), { maxLength: 6 })
  .map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(", ")} }`);

const call = fc.oneof(
  options.map((o) => `await client.chat.completions.create(${o})`),
  options.map((o) => `await anthropic.messages.create(${o})`),
  options.map((o) => `await generateText(${o})`),
  options.map((o) => `await openai.responses.create(${o})`),
  options.map((o) => `await model.invoke(${o})`),
  options.map((o) => `await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(${o}) })`),
  fc.tuple(ident, value).map(([h, v]) => `${h}.push(${v})`),
);

const statement: fc.Arbitrary<string> = fc.letrec((tie) => ({
  statement: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    call.map((c) => `${c};`),
    fc.tuple(ident, value).map(([id, v]) => `const ${id} = ${v};`),
    fc.tuple(ident, value).map(([id, v]) => `let ${id} = ${v};`),
    fc.array(tie("statement"), { maxLength: 3 }).map((b) => `while (true) { ${b.join(" ")} }`),
    fc.tuple(ident, fc.integer({ min: 0, max: 10 }), fc.array(tie("statement"), { maxLength: 3 })).map(([i, n, b]) => `for (let ${i} = 0; ${i} < ${n}; ${i}++) { ${b.join(" ")} }`),
    fc.tuple(fc.array(tie("statement"), { maxLength: 3 }), fc.array(tie("statement"), { maxLength: 2 })).map(([t, c]) => `try { ${t.join(" ")} } catch (e) { ${c.join(" ")} }`),
    fc.tuple(ident, fc.array(tie("statement"), { maxLength: 3 })).map(([n, b]) => `async function ${n}Fn(${n}) { ${b.join(" ")} }`),
    fc.array(tie("statement"), { maxLength: 2 }).map((b) => `class A { h = []; async run() { ${b.join(" ")} } }`),
    fc.tuple(ident, value).map(([id, v]) => `if (${id}) return ${v};`),
    fc.constantFrom("break;", "continue;", "await sleep(1000 * 2 ** attempt);", "attempt++;", "history.shift();", "history.length = 0;"),
  ),
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
const program = fc
  .tuple(fc.array(statement, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), odd), { maxLength: 4 }), fc.option(fc.nat(), { nil: undefined }), fc.boolean(), fc.boolean())
  .map(([statements, splices, cut, header, crlf]) => {
    let text = (header ? HEADER : "") + statements.join("\n");
    for (const [at, s] of splices) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + s + text.slice(i);
    }
    if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

const root = path.resolve(__dirname, "../../..");
const SETTINGS = { config: defaultConfig(), pricing: defaultPricingTable(), all: true };
const RUNS = 120;

function inside(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

describe("fuzz: generated agent-like code", function () {
  this.timeout(120_000);
  let eslint: ESLint;
  before(() => {
    eslint = makeEslint(root);
  });

  it("the engine: no exception, every finding and every edit inside the file", () => {
    fc.assert(
      fc.property(program, fc.constantFrom("f.ts", "f.js", "f.tsx"), (text, fileName) => {
        const result = runEngine(fileName, text);
        assert.deepEqual(result.failures, []);
        const run = lintFile(fileName, text, SETTINGS);
        for (const f of run.findings) {
          assert.ok(inside(text, f.start, f.end), `${f.ruleId} at ${f.start}-${f.end} of ${text.length}`);
          for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
            assert.ok(inside(text, e.start, e.end), `${f.ruleId} edit ${e.start}-${e.end} of ${text.length}`);
          }
        }
      }),
      { seed: 20261207, numRuns: RUNS, endOnFailure: true },
    );
  });

  it("ESLint with every rule: no crash, every location inside the file, every fix and suggestion a range inside it", async () => {
    await fc.assert(
      fc.asyncProperty(program, fc.constantFrom("f.ts", "f.js"), async (text, fileName) => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
        let results: ESLint.LintResult[];
        try {
          results = await eslint.lintText(text, { filePath: path.join(root, fileName) });
        } finally {
          console.warn = original;
        }
        assert.deepEqual(warnings.filter((w) => /costlint/.test(w)), []);
        const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
        for (const m of results[0]!.messages) {
          if (m.fatal) continue; // a parse error of the damaged text: ESLint's, before any rule
          assert.ok(m.line >= 1 && m.line <= lines.length, `${m.ruleId} line ${m.line} of ${lines.length}`);
          if (m.endLine !== undefined) assert.ok(m.endLine >= m.line && m.endLine <= lines.length, `${m.ruleId} end line ${m.endLine}`);
          for (const fix of [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]) {
            assert.ok(inside(text, fix.range[0], fix.range[1]), `${m.ruleId} fix ${fix.range.join("-")} of ${text.length}`);
          }
        }
      }),
      { seed: 20261207, numRuns: RUNS, endOnFailure: true },
    );
  });
});
