import assert from "node:assert/strict";
import path from "node:path";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCalls } from "../../src/core/cost/estimate";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { MAX_TEXT } from "../../src/core/cost/static-text";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { squeezeBlanks } from "../../src/core/detectors/call-label";
import { parseSource } from "../../src/core/engine";
import { cpuMs, makeEslint, runEngine, runEslint } from "./stress-run";
import { fanOutConsts, STRESS_SHAPES } from "./stress-shapes";

const root = path.resolve(__dirname, "../../..");
const SIZE = 100_000;
/**
 * costlint's budget is a few hundred ms of its own CPU time per 100 KB; the bound is 20 times that (and counts
 * ESLint's own parse), so a shared, slow machine never fails it: it catches the blow-ups of seconds to minutes.
 */
const BUDGET_MS_PER_100KB = 300;
const BOUND_FACTOR = 20;

function bound(bytes: number): number {
  return BUDGET_MS_PER_100KB * BOUND_FACTOR * Math.max(1, bytes / 100_000);
}

/** Runs `f` with console.warn captured: the ESLint plugin says there when a rule failed on a file. */
async function capturingWarnings<T>(f: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  try {
    return { value: await f(), warnings };
  } finally {
    console.warn = original;
  }
}

describe("stress: pathological files finish in bounded time without an exception", function () {
  this.timeout(300_000);
  const eslint = makeEslint(root);

  before(async () => {
    // Load the tokenizer and the parsers once, so each shape is measured on its own.
    const warm = STRESS_SHAPES.find((s) => s.name === "many agent functions")!.make(5_000);
    runEngine("warm.ts", warm);
    await runEslint(eslint, root, "warm.ts", warm);
  });

  for (const shape of STRESS_SHAPES) {
    const text = shape.make(SIZE);
    it(`${shape.name} (${text.length} bytes): the CLI engine (every rule, then the estimate)`, async () => {
      let result: ReturnType<typeof runEngine> | undefined;
      const ms = await cpuMs(() => {
        result = runEngine("stress.ts", text);
      });
      assert.deepEqual(result!.failures, []);
      assert.equal(result!.skipped, undefined, "TypeScript parses every shape");
      assert.ok(result!.estimates >= 1, "every shape holds at least one LLM call");
      assert.ok(ms < bound(text.length), `${Math.round(ms)} ms of CPU for ${text.length} bytes (bound ${bound(text.length)} ms)`);
    });
    for (const fileName of ["stress.ts", "stress.js"]) {
      it(`${shape.name}: ESLint with every rule (${fileName})`, async () => {
        let ms = 0;
        let thrown: unknown;
        const { value: result, warnings } = await capturingWarnings(async () => {
          let r: Awaited<ReturnType<typeof runEslint>> | undefined;
          ms = await cpuMs(async () => {
            try {
              r = await runEslint(eslint, root, fileName, text);
            } catch (error) {
              thrown = error;
            }
          });
          return r;
        });
        if (thrown) {
          // ESLint's own scope analysis (eslint-scope) recurses on the longest chains of a .js file and overflows before
          // any rule runs: ESLint's failure, not costlint's (whose frames would top the stack).
          assert.ok(thrown instanceof RangeError && /eslint-scope/.test(thrown.stack ?? "") && !/out[\\/]src[\\/]|eslint-plugin\.c?js/.test(thrown.stack ?? ""), String((thrown as Error).stack));
          return;
        }
        assert.deepEqual(warnings.filter((w) => /costlint/.test(w)), []);
        // The parsers' own limits (typescript-estree and espree overflow on the longest chains; U+2028 recovery): a
        // parse error, reported by ESLint before any rule runs.
        for (const m of result!.messages.filter((m) => m.fatal)) assert.match(m.message, /^Parsing error: /);
        for (const m of result!.messages) assert.ok(m.fatal || m.ruleId?.startsWith("costlint/"), `${m.ruleId}: ${m.message}`);
        assert.ok(ms < bound(text.length), `${Math.round(ms)} ms of CPU for ${text.length} bytes (bound ${bound(text.length)} ms)`);
      });
    }
  }

  it("counts text built by repeating consts beyond what it keeps, and says so", () => {
    // 30^5 copies of "x": 24 million characters, kept up to MAX_TEXT and counted at the rate of what was kept.
    const text = fanOutConsts(30, 5);
    const settings = { config: defaultConfig(), pricing: defaultPricingTable() };
    const [estimate] = estimateCalls(analyzeFile(parseSource("fan.ts", text)), settings);
    assert.ok(estimate);
    const omitted = 30 ** 5 - MAX_TEXT;
    assert.ok(estimate.assumptions.some((a) => a.startsWith(`${omitted.toLocaleString("en-US")} characters of text built from repeated parts were not tokenized`)), estimate.assumptions.join("\n"));
    const messages = estimate.breakdown.find((b) => b.part === "messages")!.tokens;
    // The kept 100,000 "x" are a few thousand tokens; the rest is counted at that rate, not dropped.
    assert.ok(messages > (30 ** 5 / MAX_TEXT) * 1000, `${messages} message tokens`);
    // The same text read once more costs nothing new: each const is resolved once per file.
    const small = fanOutConsts(2, 3);
    const [few] = estimateCalls(analyzeFile(parseSource("few.ts", small)), settings);
    assert.ok(!few!.assumptions.some((a) => a.includes("not tokenized")));
  });

  it("names a call whose callee holds a long run of blanks without backtracking, as before", () => {
    assert.equal(squeezeBlanks("client\n    .chat\r\n  .completions\n  .create"), "client.chat.completions.create");
    assert.equal(squeezeBlanks("new  X(). y"), "new X(). y");
    assert.equal(squeezeBlanks(`client.chat.completions${" ".repeat(200_000)}.create`), "client.chat.completions .create");
    assert.equal(squeezeBlanks(`a${"\u2028 ".repeat(1000)}\n  .b`), "a.b");
    const result = runEngine("blanks.ts", STRESS_SHAPES.find((s) => s.name === "whitespace run in a callee")!.make(SIZE));
    assert.ok(result.messages.some((m) => m.includes("client.chat.completions .create()")), result.messages.join("\n"));
  });
});
