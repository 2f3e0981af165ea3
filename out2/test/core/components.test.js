"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const typescript_1 = __importDefault(require("typescript"));
const schema_1 = require("../../src/core/config/schema");
const pricing_1 = require("../../src/core/cost/pricing");
const edit_session_1 = require("../../src/core/edit-session");
const engine_1 = require("../../src/core/engine");
const rules_1 = require("../../src/core/rules");
const run_1 = require("../../src/core/run");
const components_1 = require("../../src/core/syntax/components");
const stress_run_1 = require("./stress-run");
const ALL = rules_1.RULES.map((rule) => ({ rule }));
const settings = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)(), all: true };
const CALL = `await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [] }) });`;
/** The findings of a component, as `rule: covered text` (the text read from the component itself at the finding's offsets). */
function findings(fileName, text) {
    const result = (0, engine_1.lintText)(fileName, text, ALL);
    strict_1.default.deepEqual(result.failures, []);
    strict_1.default.equal(result.skipped, undefined);
    return result.findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}
describe("components: the script parts of .vue, .svelte and .astro files", () => {
    it("keeps the script blocks' text at the component's offsets and blanks the rest, line breaks kept", () => {
        const text = `<template>\r\n  <p @click="go">é 😀</p>\r\n</template>\r\n<script setup lang="ts">\r\nconst a = 1;\r\n</script>\r\n<style>p{}</style>\u2028`;
        const script = (0, components_1.componentScript)("C.vue", text);
        strict_1.default.equal(script.text.length, text.length);
        strict_1.default.equal(script.scriptKind, typescript_1.default.ScriptKind.TS);
        const start = text.indexOf("\r\nconst a");
        strict_1.default.equal(script.text.slice(start, start + 14), "\r\nconst a = 1;");
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            const inBlock = script.blocks.some((b) => i >= b.start && i < b.end);
            if (inBlock || "\r\n\u2028\u2029".includes(c))
                strict_1.default.equal(script.text[i], c, `offset ${i}`);
            else
                strict_1.default.equal(script.text[i], " ", `offset ${i}`);
        }
        const sf = (0, engine_1.parseSource)("C.vue", text);
        strict_1.default.equal((0, engine_1.parsedFrom)(sf), text);
        strict_1.default.equal(typescript_1.default.getLineAndCharacterOfPosition(sf, text.indexOf("const a")).line, 4);
    });
    it("reads each framework's blocks and languages", () => {
        const langs = (fileName, text) => (0, components_1.componentScript)(fileName, text).blocks.map((b) => `${b.lang}:${text.slice(b.start, b.end).trim()}`);
        strict_1.default.deepEqual(langs("A.vue", `<script>export const A = 1</script>\n<script setup lang="ts">const b = A</script>`), ["js:export const A = 1", "ts:const b = A"]);
        strict_1.default.deepEqual(langs("A.svelte", `<script context="module">export const A = 1</script><script lang='ts'>let b = A</script><svelte:head><script type="application/ld+json">{"a":1}</script><script src="x.js"></script></svelte:head>`), [
            "js:export const A = 1",
            "ts:let b = A",
        ]);
        strict_1.default.deepEqual(langs("A.svelte", `<script module lang=ts>x</script><script lang="coffee">y</script><SCRIPT TYPE="module">z</SCRIPT>`), ["ts:x", "js:z"]);
        strict_1.default.deepEqual(langs("a.astro", `\uFEFF---\nconst a = 1;\n---\n<p>{a}</p>\n<script>const b = 2;</script>\n<script is:inline>const c = 3;</script>`), ["ts:const a = 1;", "js:const b = 2;", "js:const c = 3;"]);
        // Markup comments, styles, textareas and tags that only start like <script> hold no blocks.
        strict_1.default.deepEqual(langs("A.vue", `<!-- <script>a()</script> --><style>/* <script>b()</script> */</style><textarea><script>c()</script></textarea><scripts>d</scripts><script-x>e</script-x>`), []);
        // An attribute value holding ">" does not end the tag.
        strict_1.default.deepEqual(langs("A.vue", `<script setup lang="ts" generic="T extends Record<string, number>">const t = 1</script>`), ["ts:const t = 1"]);
        strict_1.default.equal((0, components_1.componentScript)("A.vue", `<script lang="tsx">a</script>`).scriptKind, typescript_1.default.ScriptKind.TSX);
        strict_1.default.equal((0, components_1.componentScript)("A.svelte", `<script>a</script>`).scriptKind, typescript_1.default.ScriptKind.JS);
    });
    it("finds calls in each framework's scripts, at the component's offsets", () => {
        strict_1.default.deepEqual(findings("Chat.vue", `<template><p>{{ a }}</p></template>\n<script setup lang="ts">\n${CALL}\n</script>\n`), ["require-max-tokens: fetch"]);
        strict_1.default.deepEqual(findings("Chat.svelte", `<script>\n  async function send() { ${CALL} }\n</script>\n<button on:click={send}>go</button>\n`), ["require-max-tokens: fetch"]);
        strict_1.default.deepEqual(findings("chat.astro", `---\n${CALL}\n---\n<p>hi</p>\n`), ["require-max-tokens: fetch"]);
        // The <script> module of a Vue component and its <script setup> share one scope: the URL const is read across them.
        strict_1.default.deepEqual(findings("Chat.vue", `<script lang="ts">\nexport const URL = "https://api.openai.com/v1/chat/completions";\n</script>\n<script setup lang="ts">\nawait fetch(URL, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [] }) });\n</script>\n`), ["require-max-tokens: fetch"]);
    });
    it("never reports markup: text, attributes, expressions, styles, comments, non-JS scripts", () => {
        const markup = [
            `<template><pre>${CALL}</pre><button @click='${CALL}'>x</button></template>`,
            `<!-- <script>${CALL}</script> -->`,
            `<style>/* ${CALL} */</style>`,
            `<script type="text/template">${CALL}</script>`,
            `<script src="./chat.js"></script>`,
            `<p>{${CALL.replace("await ", "")}}</p>`,
        ].join("\n");
        for (const fileName of ["M.vue", "M.svelte", "M.astro"])
            strict_1.default.deepEqual(findings(fileName, markup), [], fileName);
        strict_1.default.deepEqual(findings("M.astro", `<p>---</p>\n${CALL}\n---\n`), [], "no frontmatter unless the file starts with ---");
    });
    it("a fix or suggestion applies to the component's own text", () => {
        const text = `<template><p>x</p></template>\n<script setup lang="ts">\n${CALL}\n</script>\n`;
        const [finding] = (0, engine_1.lintText)("Chat.vue", text, ALL).findings.filter((f) => f.ruleId === "require-max-tokens");
        const edits = finding.suggestions[0].edits;
        let out = text;
        for (const e of [...edits].sort((a, b) => b.start - a.start))
            out = out.slice(0, e.start) + e.text + out.slice(e.end);
        strict_1.default.equal(out, text.replace(`messages: [] }`, `messages: [], max_completion_tokens: 1024 }`));
    });
    it("eslint-disable comments inside a script block apply", () => {
        const text = `<script setup lang="ts">\n// eslint-disable-next-line costlint/require-max-tokens\n${CALL}\n</script>\n`;
        strict_1.default.deepEqual((0, run_1.lintFile)("D.vue", text, settings).findings, []);
        strict_1.default.equal((0, run_1.lintFile)("D.vue", text.replace("// eslint-disable-next-line costlint/require-max-tokens\n", "\n"), settings).findings.length, 1);
    });
    it("bad input: an unclosed <script>, a </script> inside a string, no script, an unclosed tag or comment", () => {
        // The frameworks reject an unclosed block: nothing of it is analysed.
        strict_1.default.deepEqual(findings("U.vue", `<script setup>\n${CALL}\n`), []);
        strict_1.default.deepEqual(findings("U.svelte", `<script\n${CALL}`), []);
        // As for the frameworks' parsers, the block ends at the first </script>: the rest is markup.
        strict_1.default.deepEqual(findings("S.svelte", `<script>\nconst s = "</script>";\n${CALL}\n</script>\n`), []);
        strict_1.default.deepEqual(findings("S.svelte", `<script>\n${CALL}\nconst s = "</script>";\n</script>\n`), ["require-max-tokens: fetch"]);
        for (const text of ["", "<p>hello</p>", "<", "<script", "<!--", "<style>", "---", "---\nconst a = 1;", "<script></script>", "<script/>", `<script lang="ts" setup />`]) {
            for (const fileName of ["E.vue", "E.svelte", "E.astro"])
                strict_1.default.deepEqual(findings(fileName, text), [], `${fileName}: ${JSON.stringify(text)}`);
        }
    });
    it("stays linear on large and pathological components (5 MB; a CPU bound far above the expected time)", async () => {
        const MB5 = 5_000_000;
        const shapes = [
            ["markup with one script", `<script setup lang="ts">\n${CALL}\n</script>\n` + "<p>{{ a }} <b @click=\"f(x)\">b</b></p>\n".repeat(MB5 / 40)],
            ["unclosed <script> tags", "<script ".repeat(MB5 / 8)],
            ["unclosed blocks", "<script>".repeat(MB5 / 8)],
            ["an unterminated attribute quote", `<script lang="${"x".repeat(MB5)}`],
            ["many small blocks", `<script>a()</script>\n`.repeat(MB5 / 21)],
            ["comment openers", "<!--".repeat(MB5 / 4)],
            ["style openers", "<style>".repeat(MB5 / 7)],
            ["astro fences", `---\n${"--- x\n".repeat(MB5 / 6)}`],
        ];
        for (const [name, text] of shapes) {
            for (const fileName of ["L.vue", "L.astro"]) {
                let length = -1;
                const ms = await (0, stress_run_1.cpuMs)(() => {
                    length = (0, components_1.componentScript)(fileName, text).text.length;
                });
                strict_1.default.equal(length, text.length);
                // About 50 ms per 5 MB expected; 4 s catches a quadratic blow-up (minutes) on a shared, slow machine.
                strict_1.default.ok(ms < 4000, `${name} in ${fileName}: ${Math.round(ms)} ms of CPU`);
            }
        }
        // Above maxFileSize (2 MB) a component is skipped with a note, like any file; below it, analysed.
        const big = shapes[0][1];
        strict_1.default.match((0, engine_1.lintText)("Big.vue", big, ALL).skipped ?? "", /above the 2\.0 MB limit/);
        const result = (0, engine_1.lintText)("Big.vue", big, ALL, { maxFileSize: 6_000_000 });
        strict_1.default.deepEqual(result.findings.map((f) => f.ruleId), ["require-max-tokens"]);
    });
    it("the editor's session re-parses a component in full and agrees with a fresh lint after each edit", () => {
        const session = new edit_session_1.EditSession("E.vue");
        let text = `<template><p>x</p></template>\n<script setup lang="ts">\n${CALL}\n</script>\n`;
        const steps = [
            (t) => t.replace("<p>x</p>", "<p>xy</p>"),
            (t) => t.replace(`messages: [] }`, `messages: [], max_tokens: 100 }`),
            (t) => t.replace("<template>", `<script>${CALL}</script>\n<template>`),
            (t) => t.replace("</script>\n<template>", "\n<template>"),
        ];
        for (const step of [(t) => t, ...steps]) {
            text = step(text);
            const got = session.lint(text, settings);
            strict_1.default.deepEqual(got.findings, (0, run_1.lintFile)("E.vue", text, settings).findings);
            strict_1.default.notEqual(session.lastLint.parse, "incremental");
        }
    });
});
//# sourceMappingURL=components.test.js.map