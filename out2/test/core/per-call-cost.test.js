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
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const analysis_1 = require("../../src/core/detectors/analysis");
const engine_1 = require("../../src/core/engine");
const rule_1 = require("../../src/core/rule");
const ast_1 = require("../../src/core/syntax/ast");
const stress_shapes_1 = require("./stress-shapes");
describe("per-call and per-finding work", () => {
    it("gates on an SDK's import, not on its name quoted elsewhere (a locale's \"ai\")", () => {
        for (const text of [`import OpenAI from "openai";`, `const { OpenAI } = require( "openai" );`, `const m = await import("ai");`, `import "ai";`, `export * from "@langchain/openai";`, `import {\n  generateText,\n} from\n  "ai";`, `import x = require("groq-sdk");`]) {
            assert.equal((0, analysis_1.mayHaveSites)(text), true, text);
        }
        for (const text of [`const suffix = n > 1 ? "ai" : "as";`, `jest.fn("openai")`, `const name = 'openai';`])
            assert.equal((0, analysis_1.mayHaveSites)(text), false, text);
        // Endpoints are named by their URL wherever it stands, and the distinctive path still counts.
        assert.equal((0, analysis_1.mayHaveSites)(`await fetch("https://api.anthropic.com/v1/messages", {});`), true);
        assert.equal((0, analysis_1.mayHaveSites)(`await llm.chat.completions.create({});`), true);
        assert.equal((0, analysis_1.mayHoldCalls)("a.ts", `const s = "ai";`), false);
    });
    it("finds the nodes of a source-ordered list within a scope as a filter of the whole list does", () => {
        const shape = stress_shapes_1.STRESS_SHAPES.find((s) => s.name === "many agent functions");
        const analysis = (0, analysis_1.analyzeFile)((0, engine_1.parseSource)("agents.ts", shape.make(20_000)));
        const { index } = analysis;
        assert.ok(index.tries.length > 10 && index.loops.length > 10);
        let compared = 0;
        for (const scope of [...index.loops, ...index.functions, ...index.tries, index.sourceFile]) {
            for (const list of [index.calls, index.tries, index.updates, index.assignments]) {
                assert.deepEqual((0, ast_1.nodesWithin)(list, scope), list.filter((n) => (0, ast_1.contains)(scope, n)));
                compared++;
            }
        }
        assert.ok(compared > 100);
    });
    it("estimates a site once, and the same estimate estimateCalls lists", () => {
        const analysis = (0, analysis_1.analyzeFile)((0, engine_1.parseSource)("calls.ts", stress_shapes_1.STRESS_SHAPES.find((s) => s.name === "one long line of calls").make(3_000)));
        const settings = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() };
        const sites = analysis.sites.filter(estimate_1.isEstimated);
        assert.ok(sites.length > 5);
        const one = (0, estimate_1.estimateCall)(analysis, sites[3], settings);
        assert.equal((0, estimate_1.estimateCall)(analysis, sites[3], settings), one);
        assert.equal((0, estimate_1.estimateCalls)(analysis, settings)[3], one);
    });
    it("fills message placeholders as a replace over the template did", () => {
        const data = { call: "client.chat.completions.create()", cost: "$0.16", dollar: "$&1" };
        for (const template of ["{{call}} has no cap: {{ cost }} per call. {{missing}}", "{{dollar}}{{dollar}}", "no placeholder", "{{not-a-name}} {{call}}"]) {
            const expected = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => (key in data ? String(data[key]) : whole));
            assert.equal((0, rule_1.formatMessage)(template, data), expected);
        }
    });
});
//# sourceMappingURL=per-call-cost.test.js.map