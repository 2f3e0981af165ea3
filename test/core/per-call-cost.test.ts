import * as assert from "node:assert/strict";
import ts from "typescript";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCall, estimateCalls, isEstimated } from "../../src/core/cost/estimate";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { analyzeFile, mayHaveSites, mayHoldCalls } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";
import { formatMessage } from "../../src/core/rule";
import { contains, nodesWithin } from "../../src/core/syntax/ast";
import { STRESS_SHAPES } from "./stress-shapes";

describe("per-call and per-finding work", () => {
  it("gates on an SDK's import, not on its name quoted elsewhere (a locale's \"ai\")", () => {
    for (const text of [`import OpenAI from "openai";`, `const { OpenAI } = require( "openai" );`, `const m = await import("ai");`, `import "ai";`, `export * from "@langchain/openai";`, `import {\n  generateText,\n} from\n  "ai";`, `import x = require("groq-sdk");`]) {
      assert.equal(mayHaveSites(text), true, text);
    }
    for (const text of [`const suffix = n > 1 ? "ai" : "as";`, `jest.fn("openai")`, `const name = 'openai';`]) assert.equal(mayHaveSites(text), false, text);
    // Endpoints are named by their URL wherever it stands, and the distinctive path still counts.
    assert.equal(mayHaveSites(`await fetch("https://api.anthropic.com/v1/messages", {});`), true);
    assert.equal(mayHaveSites(`await llm.chat.completions.create({});`), true);
    assert.equal(mayHoldCalls("a.ts", `const s = "ai";`), false);
  });

  it("finds the nodes of a source-ordered list within a scope as a filter of the whole list does", () => {
    const shape = STRESS_SHAPES.find((s) => s.name === "many agent functions")!;
    const analysis = analyzeFile(parseSource("agents.ts", shape.make(20_000)));
    const { index } = analysis;
    assert.ok(index.tries.length > 10 && index.loops.length > 10);
    let compared = 0;
    for (const scope of [...index.loops, ...index.functions, ...index.tries, index.sourceFile]) {
      for (const list of [index.calls, index.tries, index.updates, index.assignments] as readonly ts.Node[][]) {
        assert.deepEqual(nodesWithin(list, scope), list.filter((n) => contains(scope, n)));
        compared++;
      }
    }
    assert.ok(compared > 100);
  });

  it("estimates a site once, and the same estimate estimateCalls lists", () => {
    const analysis = analyzeFile(parseSource("calls.ts", STRESS_SHAPES.find((s) => s.name === "one long line of calls")!.make(3_000)));
    const settings = { config: defaultConfig(), pricing: defaultPricingTable() };
    const sites = analysis.sites.filter(isEstimated);
    assert.ok(sites.length > 5);
    const one = estimateCall(analysis, sites[3]!, settings);
    assert.equal(estimateCall(analysis, sites[3]!, settings), one);
    assert.equal(estimateCalls(analysis, settings)[3], one);
  });

  it("fills message placeholders as a replace over the template did", () => {
    const data = { call: "client.chat.completions.create()", cost: "$0.16", dollar: "$&1" };
    for (const template of ["{{call}} has no cap: {{ cost }} per call. {{missing}}", "{{dollar}}{{dollar}}", "no placeholder", "{{not-a-name}} {{call}}"]) {
      const expected = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key as keyof typeof data]) : whole));
      assert.equal(formatMessage(template, data), expected);
    }
  });
});
