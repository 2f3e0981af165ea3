import * as assert from "node:assert/strict";
import ts from "typescript";
import { defaultConfig } from "../../src/core/config/schema";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { lintFile } from "../../src/core/run";
import { addPropertyEdit, nestedPropertyText, replaceEdit, validEdits } from "../../src/core/syntax/edits";
import type { TextEdit } from "../../src/core/types";

function parse(text: string, fileName = "x.ts"): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
}

/** The object literal that starts at the `{` following `marker` (or the first `{` of the text). */
function objectAt(sourceFile: ts.SourceFile, marker?: string): ts.ObjectLiteralExpression {
  const at = marker === undefined ? sourceFile.text.indexOf("{") : sourceFile.text.indexOf("{", sourceFile.text.indexOf(marker));
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isObjectLiteralExpression(node) && node.getStart(sourceFile) === at) found = node;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) throw new Error(`no object literal at ${at}`);
  return found;
}

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** The text after adding `prop` to the object literal at `marker`. */
function added(text: string, prop = "max_tokens: 1024", marker?: string): string {
  const sourceFile = parse(text);
  return apply(text, addPropertyEdit(text, objectAt(sourceFile, marker), prop, sourceFile));
}

const lines = (...l: string[]): string => l.join("\n");

describe("addPropertyEdit", () => {
  describe("empty objects", () => {
    const cases: [string, string, string][] = [
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
    for (const [name, input, expected] of cases) it(name, () => assert.equal(added(input), expected));
  });

  describe("one-line objects", () => {
    const cases: [string, string, string][] = [
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
    for (const [name, input, expected] of cases) it(name, () => assert.equal(added(input), expected));
  });

  describe("multi-line objects", () => {
    const cases: [string, string, string][] = [
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
    for (const [name, input, expected] of cases) it(name, () => assert.equal(added(input, undefined, "f("), expected));
  });

  it("edits the object asked for, not an enclosing or nested one", () => {
    const text = lines(`f({ model: "m", config: { temperature: 0 } });`);
    assert.equal(added(text, "maxOutputTokens: 1024", "config"), `f({ model: "m", config: { temperature: 0, maxOutputTokens: 1024 } });`);
  });

  it("adds nested property text", () => {
    const text = `f({ model: "m" });`;
    assert.equal(added(text, nestedPropertyText(["config", "maxOutputTokens"], "1024")), `f({ model: "m", config: { maxOutputTokens: 1024 } });`);
  });

  it("works on a const's object, in a .js file", () => {
    const text = lines(`const opts = {`, `  model: "m",`, `};`);
    const sourceFile = parse(text, "x.js");
    assert.equal(
      apply(text, addPropertyEdit(text, objectAt(sourceFile), "max_tokens: 1024", sourceFile)),
      lines(`const opts = {`, `  model: "m",`, `  max_tokens: 1024,`, `};`),
    );
  });

  it("the edit is an insertion when nothing is replaced", () => {
    const text = `f({ a: 1 });`;
    const sourceFile = parse(text);
    const edit = addPropertyEdit(text, objectAt(sourceFile), "b: 2", sourceFile);
    assert.deepEqual(edit, { start: text.indexOf(" }"), end: text.indexOf(" }"), text: ", b: 2" });
  });
});

describe("nestedPropertyText", () => {
  it("one key", () => assert.equal(nestedPropertyText(["max_tokens"], "1024"), "max_tokens: 1024"));
  it("two keys", () => assert.equal(nestedPropertyText(["modelSettings", "maxTokens"], "300"), "modelSettings: { maxTokens: 300 }"));
  it("three keys", () => assert.equal(nestedPropertyText(["a", "b", "c"], "false"), "a: { b: { c: false } }"));
});

describe("replaceEdit", () => {
  it("replaces a node's text without its leading trivia", () => {
    const text = `const x =  /* c */ foo;`;
    const sourceFile = parse(text);
    const decl = (sourceFile.statements[0] as ts.VariableStatement).declarationList.declarations[0]!;
    assert.equal(apply(text, replaceEdit(decl.initializer!, "bar", sourceFile)), `const x =  /* c */ bar;`);
  });
});

describe("edits on code with syntax errors", () => {
  it("validEdits: inverted, outside the text or overlapping edit sets are refused", () => {
    const text = "abcdef";
    assert.equal(validEdits(text, [{ start: 1, end: 2, text: "x" }, { start: 2, end: 2, text: "y" }]), true);
    assert.equal(validEdits(text, [{ start: 3, end: 2, text: "x" }]), false, "inverted");
    assert.equal(validEdits(text, [{ start: 5, end: 7, text: "x" }]), false, "past the end");
    assert.equal(validEdits(text, [{ start: -1, end: 0, text: "x" }]), false, "before the start");
    assert.equal(validEdits(text, [{ start: 1, end: 4, text: "x" }, { start: 3, end: 5, text: "y" }]), false, "overlapping");
  });

  it("an output-cap suggestion on an unclosed object literal never deletes the user's `{`", () => {
    for (const tail of ["create({\n", "create({", "create({\n  // note\n"]) {
      const text = `import OpenAI from "openai";\nconst client = new OpenAI();\nclient.chat.completions.${tail}`;
      const result = lintFile("x.ts", text, { config: defaultConfig(), pricing: defaultPricingTable(), all: true });
      for (const finding of result.findings) {
        for (const edits of [finding.fix ?? [], ...(finding.suggestions ?? []).map((s) => s.edits)]) {
          assert.ok(validEdits(text, edits), `${finding.ruleId}: ${JSON.stringify(edits)}`);
          for (const e of edits) assert.ok(!text.slice(e.start, e.end).includes("{"), "no `{` replaced");
        }
      }
    }
  });
});
