"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const disable_comments_1 = require("../../src/core/syntax/disable-comments");
const parse_1 = require("../../src/core/syntax/parse");
const disable_comments_2 = require("../../src/vscode/disable-comments");
const applyDisableComments = (text, findings, fileName = "x.ts") => (0, disable_comments_1.applyDisableComments)((0, parse_1.parseSource)(fileName, text), findings);
const disableLineEdit = (text, offset, ruleId, fileName = "x.ts") => (0, disable_comments_1.disableLineEdit)((0, parse_1.parseSource)(fileName, text), offset, ruleId);
const finding = (ruleId, start) => ({ ruleId, messageId: "m", message: "m", data: {}, start, end: start + 1 });
describe("vscode/disable-comments (the 'Disable RULE for this line' edit)", () => {
    const code = ["function a() {", "  while (true) {", "    call();", "  }", "}"].join("\n");
    it("inserts a comment above with the line's indentation, which the engine then honours", () => {
        const out = (0, disable_comments_2.applyEdits)(code, [disableLineEdit(code, code.indexOf("while") + 2, "no-unbounded-retry")]);
        strict_1.default.equal(out, code.replace("  while", "  // eslint-disable-next-line costlint/no-unbounded-retry\n  while"));
        strict_1.default.deepEqual(applyDisableComments(out, [finding("no-unbounded-retry", out.indexOf("while"))]), [], "the finding goes");
        strict_1.default.equal(applyDisableComments(out, [finding("require-retry-backoff", out.indexOf("while"))]).length, 1, "other rules stay");
    });
    it("appends to an existing rule list (before a -- reason)", () => {
        const listed = code.replace("  while", "  // eslint-disable-next-line costlint/require-retry-backoff -- see #12\n  while");
        const out = (0, disable_comments_2.applyEdits)(listed, [disableLineEdit(listed, listed.indexOf("while"), "no-unbounded-retry")]);
        strict_1.default.match(out, /\/\/ eslint-disable-next-line costlint\/require-retry-backoff, costlint\/no-unbounded-retry -- see #12\n {2}while/);
        strict_1.default.equal(applyDisableComments(out, [finding("no-unbounded-retry", out.indexOf("while")), finding("require-retry-backoff", out.indexOf("while"))]).length, 0);
    });
    it("appends inside a block comment directive, before */", () => {
        const listed = code.replace("  while", "  /* eslint-disable-next-line costlint/require-retry-backoff */\n  while");
        const out = (0, disable_comments_2.applyEdits)(listed, [disableLineEdit(listed, listed.indexOf("while"), "no-unbounded-retry")]);
        strict_1.default.match(out, /\/\* eslint-disable-next-line costlint\/require-retry-backoff, costlint\/no-unbounded-retry \*\//);
    });
    it("keeps CRLF line ends", () => {
        const crlf = code.replace(/\n/g, "\r\n");
        const out = (0, disable_comments_2.applyEdits)(crlf, [disableLineEdit(crlf, crlf.indexOf("call"), "require-max-tokens")]);
        strict_1.default.match(out, /\r\n {4}\/\/ eslint-disable-next-line costlint\/require-max-tokens\r\n {4}call\(\);/);
    });
    it("on the first line", () => {
        strict_1.default.equal((0, disable_comments_2.applyEdits)("call();", [disableLineEdit("call();", 0, "require-max-tokens")]), "// eslint-disable-next-line costlint/require-max-tokens\ncall();");
    });
    describe("where a comment is valid (the program's text never changes)", () => {
        const isValid = (fileName, text) => {
            const sourceFile = (0, parse_1.parseSource)(fileName, text);
            return sourceFile.parseDiagnostics.length === 0;
        };
        it("a line that starts inside a multi-line template: a block eslint-disable-line before the finding, not a line inside the template", () => {
            const text = ["const prompt = `Summarise", "${await ask(q)} in one line`;"].join("\n");
            const at = text.indexOf("ask(");
            const out = (0, disable_comments_2.applyEdits)(text, [disableLineEdit(text, at, "require-max-tokens")]);
            strict_1.default.equal(out, text.replace("${await ask(q)}", "${await /* eslint-disable-line costlint/require-max-tokens */ ask(q)}"));
            strict_1.default.ok(out.includes("`Summarise\n${"), "the template's text is unchanged");
            strict_1.default.deepEqual(applyDisableComments(out, [finding("require-max-tokens", out.indexOf("ask("))]), [], "the engine honours it");
        });
        it("a line that starts in JSX text: a JSX comment {/* */} before the element", () => {
            const text = ["const v = (", "  <div>", "    Hello", "    <Cost call={run()} />", "  </div>", ");"].join("\n");
            const at = text.indexOf("<Cost");
            const out = (0, disable_comments_2.applyEdits)(text, [disableLineEdit(text, at, "require-max-tokens", "x.tsx")]);
            strict_1.default.equal(out, text.replace("<Cost", "{/* eslint-disable-line costlint/require-max-tokens */}<Cost"));
            strict_1.default.ok(isValid("x.tsx", out));
            strict_1.default.deepEqual(applyDisableComments(out, [finding("require-max-tokens", out.indexOf("<Cost"))], "x.tsx"), []);
        });
        it("an ordinary line still gets the line above", () => {
            const text = "const a = 1;\nawait ask(q);";
            strict_1.default.equal((0, disable_comments_2.applyEdits)(text, [disableLineEdit(text, text.indexOf("await"), "require-max-tokens")]), "const a = 1;\n// eslint-disable-next-line costlint/require-max-tokens\nawait ask(q);");
        });
        it("a line that starts inside a multi-line block comment: not a line comment inside it", () => {
            const text = "/* note\n */ await ask(q);";
            const out = (0, disable_comments_2.applyEdits)(text, [disableLineEdit(text, text.indexOf("await"), "require-max-tokens")]);
            strict_1.default.equal(out, "/* note\n */ /* eslint-disable-line costlint/require-max-tokens */ await ask(q);");
        });
    });
    describe("comments are read where the parser puts them", () => {
        it("after a template with ${…}, a disable comment still applies (the scanner used to lose sync)", () => {
            const text = ["const p = `a ${b} c`;", "// eslint-disable-next-line costlint/require-max-tokens", "call();"].join("\n");
            strict_1.default.deepEqual(applyDisableComments(text, [finding("require-max-tokens", text.indexOf("call"))]), []);
        });
        it("text inside a prompt that looks like a directive silences nothing", () => {
            const text = ["const p = `x ${y}", "/* eslint-disable */", "`;", "call();"].join("\n");
            strict_1.default.equal(applyDisableComments(text, [finding("require-max-tokens", text.indexOf("call"))]).length, 1);
            const quoted = ['const s = "// eslint-disable-next-line";', "call();"].join("\n");
            strict_1.default.equal(applyDisableComments(quoted, [finding("require-max-tokens", quoted.indexOf("call"))]).length, 1);
        });
        it("JSX text that looks like a comment is text", () => {
            const text = ["const v = <p>", "  // eslint-disable-next-line", "  {call()}</p>;"].join("\n");
            strict_1.default.equal(applyDisableComments(text, [finding("require-max-tokens", text.indexOf("call"))], "x.tsx").length, 1);
        });
        it("as ESLint: a block disable-line spanning lines is ignored; a block disable-next-line may span lines (the line after its end)", () => {
            const line = ["call(); /* eslint-disable-line", "   costlint/require-max-tokens */"].join("\n");
            strict_1.default.equal(applyDisableComments(line, [finding("require-max-tokens", line.indexOf("call"))]).length, 1);
            const next = ["/* eslint-disable-next-line", "   costlint/require-max-tokens */", "call();"].join("\n");
            strict_1.default.equal(applyDisableComments(next, [finding("require-max-tokens", next.indexOf("call"))]).length, 0);
        });
    });
});
//# sourceMappingURL=disable-comments.test.js.map