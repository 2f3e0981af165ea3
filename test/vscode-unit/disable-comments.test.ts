import assert from "node:assert/strict";
import { applyDisableComments } from "../../src/core/syntax/disable-comments";
import type { Finding } from "../../src/core/types";
import { applyEdits, disableLineEdit } from "../../src/vscode/disable-comments";

const finding = (ruleId: string, start: number): Finding => ({ ruleId, messageId: "m", message: "m", data: {}, start, end: start + 1 });

describe("vscode/disable-comments (the 'Disable RULE for this line' edit)", () => {
  const code = ["function a() {", "  while (true) {", "    call();", "  }", "}"].join("\n");

  it("inserts a comment above with the line's indentation, which the engine then honours", () => {
    const out = applyEdits(code, [disableLineEdit(code, code.indexOf("while") + 2, "no-unbounded-retry")]);
    assert.equal(out, code.replace("  while", "  // eslint-disable-next-line costlint/no-unbounded-retry\n  while"));
    assert.deepEqual(applyDisableComments(out, [finding("no-unbounded-retry", out.indexOf("while"))]), [], "the finding goes");
    assert.equal(applyDisableComments(out, [finding("require-retry-backoff", out.indexOf("while"))]).length, 1, "other rules stay");
  });

  it("appends to an existing rule list (before a -- reason)", () => {
    const listed = code.replace("  while", "  // eslint-disable-next-line costlint/require-retry-backoff -- see #12\n  while");
    const out = applyEdits(listed, [disableLineEdit(listed, listed.indexOf("while"), "no-unbounded-retry")]);
    assert.match(out, /\/\/ eslint-disable-next-line costlint\/require-retry-backoff, costlint\/no-unbounded-retry -- see #12\n {2}while/);
    assert.equal(applyDisableComments(out, [finding("no-unbounded-retry", out.indexOf("while")), finding("require-retry-backoff", out.indexOf("while"))]).length, 0);
  });

  it("appends inside a block comment directive, before */", () => {
    const listed = code.replace("  while", "  /* eslint-disable-next-line costlint/require-retry-backoff */\n  while");
    const out = applyEdits(listed, [disableLineEdit(listed, listed.indexOf("while"), "no-unbounded-retry")]);
    assert.match(out, /\/\* eslint-disable-next-line costlint\/require-retry-backoff, costlint\/no-unbounded-retry \*\//);
  });

  it("keeps CRLF line ends", () => {
    const crlf = code.replace(/\n/g, "\r\n");
    const out = applyEdits(crlf, [disableLineEdit(crlf, crlf.indexOf("call"), "require-max-tokens")]);
    assert.match(out, /\r\n {4}\/\/ eslint-disable-next-line costlint\/require-max-tokens\r\n {4}call\(\);/);
  });

  it("on the first line", () => {
    assert.equal(applyEdits("call();", [disableLineEdit("call();", 0, "require-max-tokens")]), "// eslint-disable-next-line costlint/require-max-tokens\ncall();");
  });
});
