import assert from "node:assert/strict";
import { applyEdits, disableLineEdit, filterDisabled } from "../../src/vscode/disable-comments";

const f = (ruleId: string, start: number) => ({ ruleId, start });

describe("vscode/disable-comments", () => {
  const code = ["function a() {", "  while (true) {", "    call();", "  }", "}"].join("\n");
  const at = (needle: string) => code.indexOf(needle);

  it("keeps findings without a disable comment", () => {
    assert.deepEqual(filterDisabled(code, [f("no-unbounded-retry", at("while"))]), [f("no-unbounded-retry", at("while"))]);
  });

  it("eslint-disable-next-line: for the named rule, for a list, for every rule; not for others", () => {
    const with_ = (comment: string) => code.replace("  while", `  ${comment}\n  while`);
    const find = (text: string, rule: string) => filterDisabled(text, [f(rule, text.indexOf("while"))]).length;
    assert.equal(find(with_("// eslint-disable-next-line costlint/no-unbounded-retry"), "no-unbounded-retry"), 0);
    assert.equal(find(with_("// eslint-disable-next-line costlint/no-unbounded-retry"), "require-retry-backoff"), 1);
    assert.equal(find(with_("// eslint-disable-next-line costlint/a, costlint/require-retry-backoff -- backoff is in the caller"), "require-retry-backoff"), 0);
    assert.equal(find(with_("// eslint-disable-next-line"), "no-unbounded-retry"), 0);
    assert.equal(find(with_("/* eslint-disable-next-line costlint/no-unbounded-retry */"), "no-unbounded-retry"), 0);
    assert.equal(find(with_("// eslint-disable-next-line no-constant-condition"), "no-unbounded-retry"), 1);
    // Two lines up does not count.
    assert.equal(find(code.replace("function a() {", "function a() { // eslint-disable-next-line costlint/no-unbounded-retry\n"), "no-unbounded-retry"), 1);
  });

  it("eslint-disable-line on the finding's own line", () => {
    const text = code.replace("while (true) {", "while (true) { // eslint-disable-line costlint/no-unbounded-retry");
    assert.equal(filterDisabled(text, [f("no-unbounded-retry", text.indexOf("while"))]).length, 0);
  });

  it("the disable edit: a comment above with the line's indentation", () => {
    const out = applyEdits(code, [disableLineEdit(code, at("while") + 2, "no-unbounded-retry")]);
    assert.equal(out, code.replace("  while", "  // eslint-disable-next-line costlint/no-unbounded-retry\n  while"));
    assert.equal(filterDisabled(out, [f("no-unbounded-retry", out.indexOf("while"))]).length, 0, "and it silences the finding");
  });

  it("the disable edit appends to an existing rule list (before a -- reason), keeps CRLF", () => {
    const listed = code.replace("  while", "  // eslint-disable-next-line costlint/require-retry-backoff -- see #12\n  while");
    const out = applyEdits(listed, [disableLineEdit(listed, listed.indexOf("while"), "no-unbounded-retry")]);
    assert.match(out, /\/\/ eslint-disable-next-line costlint\/require-retry-backoff, costlint\/no-unbounded-retry -- see #12\n {2}while/);
    const crlf = code.replace(/\n/g, "\r\n");
    const out2 = applyEdits(crlf, [disableLineEdit(crlf, crlf.indexOf("call"), "require-max-tokens")]);
    assert.match(out2, /\r\n {4}\/\/ eslint-disable-next-line costlint\/require-max-tokens\r\n {4}call\(\);/);
  });

  it("on the first line", () => {
    const out = applyEdits("call();", [disableLineEdit("call();", 0, "require-max-tokens")]);
    assert.equal(out, "// eslint-disable-next-line costlint/require-max-tokens\ncall();");
  });
});
