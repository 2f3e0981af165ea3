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
const typescript_1 = __importDefault(require("typescript"));
const schema_1 = require("../../src/core/config/schema");
const pricing_1 = require("../../src/core/cost/pricing");
const run_1 = require("../../src/core/run");
const edits_1 = require("../../src/core/syntax/edits");
function parse(text, fileName = "x.ts") {
    return typescript_1.default.createSourceFile(fileName, text, typescript_1.default.ScriptTarget.Latest, true);
}
/** The object literal that starts at the `{` following `marker` (or the first `{` of the text). */
function objectAt(sourceFile, marker) {
    const at = marker === undefined ? sourceFile.text.indexOf("{") : sourceFile.text.indexOf("{", sourceFile.text.indexOf(marker));
    let found;
    const visit = (node) => {
        if (!found && typescript_1.default.isObjectLiteralExpression(node) && node.getStart(sourceFile) === at)
            found = node;
        typescript_1.default.forEachChild(node, visit);
    };
    visit(sourceFile);
    if (!found)
        throw new Error(`no object literal at ${at}`);
    return found;
}
function apply(text, edit) {
    return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
/** The text after adding `prop` to the object literal at `marker`. */
function added(text, prop = "max_tokens: 1024", marker) {
    const sourceFile = parse(text);
    return apply(text, (0, edits_1.addPropertyEdit)(text, objectAt(sourceFile, marker), prop, sourceFile));
}
const lines = (...l) => l.join("\n");
describe("addPropertyEdit", () => {
    describe("empty objects", () => {
        const cases = [
            ["no space", `f({});`, `f({ max_tokens: 1024 });`],
            ["a space", `f({ });`, `f({ max_tokens: 1024 });`],
            ["blanks", `f({    });`, `f({ max_tokens: 1024 });`],
            ["a comment (kept)", `f({ /* none */ });`, `f({ max_tokens: 1024, /* none */ });`],
            ["multi-line", lines(`f({`, `});`), lines(`f({`, `  max_tokens: 1024,`, `});`)],
            ["multi-line, indented", lines(`    f({`, `    });`), lines(`    f({`, `      max_tokens: 1024,`, `    });`)],
            ["multi-line, blank line inside", lines(`f({`, ``, `});`), lines(`f({`, `  max_tokens: 1024,`, `});`)],
            ["multi-line, tab indented", lines(`\tf({`, `\t});`), lines(`\tf({`, `\t\tmax_tokens: 1024,`, `\t});`)],
            ["multi-line with a comment (kept below)", lines(`f({`, `  // nothing yet`, `});`), lines(`f({`, `  max_tokens: 1024,`, `  // nothing yet`, `});`)],
        ];
        for (const [name, input, expected] of cases)
            it(name, () => assert.equal(added(input), expected));
    });
    describe("one-line objects", () => {
        const cases = [
            ["one property", `f({ a: 1 });`, `f({ a: 1, max_tokens: 1024 });`],
            ["no inner spaces", `f({a: 1});`, `f({a: 1, max_tokens: 1024});`],
            ["two properties", `f({ a: 1, b: "x" });`, `f({ a: 1, b: "x", max_tokens: 1024 });`],
            ["trailing comma", `f({ a: 1, });`, `f({ a: 1, max_tokens: 1024 });`],
            ["trailing comma, no space", `f({ a: 1,});`, `f({ a: 1, max_tokens: 1024});`],
            ["shorthand last", `f({ model, messages });`, `f({ model, messages, max_tokens: 1024 });`],
            ["method last", `f({ a() { return 1; } });`, `f({ a() { return 1; }, max_tokens: 1024 });`],
            ["spread last", `f({ a: 1, ...rest });`, `f({ a: 1, ...rest, max_tokens: 1024 });`],
            ["comment before the brace", `f({ a: 1 /* c */ });`, `f({ a: 1, max_tokens: 1024 /* c */ });`],
            ["string key", `f({ "a-b": 1 });`, `f({ "a-b": 1, max_tokens: 1024 });`],
            ["nested value object untouched", `f({ a: { b: 1 } });`, `f({ a: { b: 1 }, max_tokens: 1024 });`],
            // The value of the last property spans lines, but the object's style is one line: `{` and its first property share a line.
            [
                "last value spanning lines",
                lines(`f({ model: "m", messages: [`, `  "hi",`, `] });`),
                lines(`f({ model: "m", messages: [`, `  "hi",`, `], max_tokens: 1024 });`),
            ],
        ];
        for (const [name, input, expected] of cases)
            it(name, () => assert.equal(added(input), expected));
    });
    describe("multi-line objects", () => {
        const cases = [
            ["no trailing comma", lines(`f({`, `  a: 1,`, `  b: 2`, `});`), lines(`f({`, `  a: 1,`, `  b: 2,`, `  max_tokens: 1024`, `});`)],
            ["trailing comma", lines(`f({`, `  a: 1,`, `  b: 2,`, `});`), lines(`f({`, `  a: 1,`, `  b: 2,`, `  max_tokens: 1024,`, `});`)],
            [
                "deeper indentation",
                lines(`class A {`, `  m() {`, `    return f({`, `      a: 1,`, `    });`, `  }`, `}`),
                lines(`class A {`, `  m() {`, `    return f({`, `      a: 1,`, `      max_tokens: 1024,`, `    });`, `  }`, `}`),
            ],
            ["tabs", lines(`f({`, `\ta: 1`, `});`), lines(`f({`, `\ta: 1,`, `\tmax_tokens: 1024`, `});`)],
            [
                "last value spanning lines",
                lines(`f({`, `  a: [`, `    1,`, `  ],`, `});`),
                lines(`f({`, `  a: [`, `    1,`, `  ],`, `  max_tokens: 1024,`, `});`),
            ],
            [
                "line comment after a trailing comma stays with its property",
                lines(`f({`, `  a: 1, // about a`, `});`),
                lines(`f({`, `  a: 1, // about a`, `  max_tokens: 1024,`, `});`),
            ],
            [
                "line comment without a trailing comma stays with its property",
                lines(`f({`, `  a: 1 // about a`, `});`),
                lines(`f({`, `  a: 1, // about a`, `  max_tokens: 1024`, `});`),
            ],
            [
                "block comment after a trailing comma",
                lines(`f({`, `  a: 1, /* about a */`, `});`),
                lines(`f({`, `  a: 1, /* about a */`, `  max_tokens: 1024,`, `});`),
            ],
            ["closing brace on the last line", lines(`f({`, `  a: 1 });`), lines(`f({`, `  a: 1,`, `  max_tokens: 1024 });`)],
            [
                "CRLF line endings are kept",
                [`f({`, `  a: 1,`, `});`].join("\r\n"),
                [`f({`, `  a: 1,`, `  max_tokens: 1024,`, `});`].join("\r\n"),
            ],
            [
                "CRLF with a comment and no trailing comma",
                [`f({`, `  a: 1 // c`, `});`].join("\r\n"),
                [`f({`, `  a: 1, // c`, `  max_tokens: 1024`, `});`].join("\r\n"),
            ],
        ];
        for (const [name, input, expected] of cases)
            it(name, () => assert.equal(added(input, undefined, "f("), expected));
    });
    it("edits the object asked for, not an enclosing or nested one", () => {
        const text = lines(`f({ model: "m", config: { temperature: 0 } });`);
        assert.equal(added(text, "maxOutputTokens: 1024", "config"), `f({ model: "m", config: { temperature: 0, maxOutputTokens: 1024 } });`);
    });
    it("adds nested property text", () => {
        const text = `f({ model: "m" });`;
        assert.equal(added(text, (0, edits_1.nestedPropertyText)(["config", "maxOutputTokens"], "1024")), `f({ model: "m", config: { maxOutputTokens: 1024 } });`);
    });
    it("works on a const's object, in a .js file", () => {
        const text = lines(`const opts = {`, `  model: "m",`, `};`);
        const sourceFile = parse(text, "x.js");
        assert.equal(apply(text, (0, edits_1.addPropertyEdit)(text, objectAt(sourceFile), "max_tokens: 1024", sourceFile)), lines(`const opts = {`, `  model: "m",`, `  max_tokens: 1024,`, `};`));
    });
    it("the edit is an insertion when nothing is replaced", () => {
        const text = `f({ a: 1 });`;
        const sourceFile = parse(text);
        const edit = (0, edits_1.addPropertyEdit)(text, objectAt(sourceFile), "b: 2", sourceFile);
        assert.deepEqual(edit, { start: text.indexOf(" }"), end: text.indexOf(" }"), text: ", b: 2" });
    });
});
describe("nestedPropertyText", () => {
    it("one key", () => assert.equal((0, edits_1.nestedPropertyText)(["max_tokens"], "1024"), "max_tokens: 1024"));
    it("two keys", () => assert.equal((0, edits_1.nestedPropertyText)(["modelSettings", "maxTokens"], "300"), "modelSettings: { maxTokens: 300 }"));
    it("three keys", () => assert.equal((0, edits_1.nestedPropertyText)(["a", "b", "c"], "false"), "a: { b: { c: false } }"));
});
describe("replaceEdit", () => {
    it("replaces a node's text without its leading trivia", () => {
        const text = `const x =  /* c */ foo;`;
        const sourceFile = parse(text);
        const decl = sourceFile.statements[0].declarationList.declarations[0];
        assert.equal(apply(text, (0, edits_1.replaceEdit)(decl.initializer, "bar", sourceFile)), `const x =  /* c */ bar;`);
    });
});
describe("edits on code with syntax errors", () => {
    it("validEdits: inverted, outside the text or overlapping edit sets are refused", () => {
        const text = "abcdef";
        assert.equal((0, edits_1.validEdits)(text, [{ start: 1, end: 2, text: "x" }, { start: 2, end: 2, text: "y" }]), true);
        assert.equal((0, edits_1.validEdits)(text, [{ start: 3, end: 2, text: "x" }]), false, "inverted");
        assert.equal((0, edits_1.validEdits)(text, [{ start: 5, end: 7, text: "x" }]), false, "past the end");
        assert.equal((0, edits_1.validEdits)(text, [{ start: -1, end: 0, text: "x" }]), false, "before the start");
        assert.equal((0, edits_1.validEdits)(text, [{ start: 1, end: 4, text: "x" }, { start: 3, end: 5, text: "y" }]), false, "overlapping");
    });
    it("an output-cap suggestion on an unclosed object literal never deletes the user's `{`", () => {
        for (const tail of ["create({\n", "create({", "create({\n  // note\n"]) {
            const text = `import OpenAI from "openai";\nconst client = new OpenAI();\nclient.chat.completions.${tail}`;
            const result = (0, run_1.lintFile)("x.ts", text, { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)(), all: true });
            for (const finding of result.findings) {
                for (const edits of [finding.fix ?? [], ...(finding.suggestions ?? []).map((s) => s.edits)]) {
                    assert.ok((0, edits_1.validEdits)(text, edits), `${finding.ruleId}: ${JSON.stringify(edits)}`);
                    for (const e of edits)
                        assert.ok(!text.slice(e.start, e.end).includes("{"), "no `{` replaced");
                }
            }
        }
    });
});
//# sourceMappingURL=edits.test.js.map