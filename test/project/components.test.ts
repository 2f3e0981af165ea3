import assert from "node:assert/strict";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import vueParser from "vue-eslint-parser";
import { collectFiles } from "../../src/cli/files";
import { lintFiles } from "../../src/cli/lint-command";
import { buildReport } from "../../src/cli/report-command";
import { createPlugin } from "../../src/eslint/plugin";
import { expectedFindings } from "./expectations";

// svelte-eslint-parser is an ES module (required as one: Node 20.19+).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const svelteParser = require("svelte-eslint-parser") as object;
const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/components");
const expected = expectedFindings(fixture);

/**
 * Single-file components across the project: a SvelteKit app (`$lib` imports with no generated tsconfig, a
 * `context="module"` script imported by its `.svelte` path), a Nuxt page (`<script>` + `<script setup>`, `~/`
 * imports), a create-vue app (`@/` paths in a referenced tsconfig.app.json, a conversation in a `ref`), an Astro
 * page (frontmatter). Markup holding LLM-looking code is never a finding.
 */
describe("components (.vue, .svelte, .astro) in a project", () => {
  it("the CLI walks component files", () => {
    const files = collectFiles([fixture]).map((f) => path.relative(fixture, f));
    for (const f of ["kit/src/routes/chat/+page.svelte", "kit/src/lib/Models.svelte", "nuxt/pages/chat.vue", "astro/src/pages/ask.astro"]) assert.ok(files.includes(f), f);
  });

  it("the fixture marks findings in each framework's scripts, one of them seen only across files", () => {
    assert.deepEqual(
      expected.map((e) => e.replace(/:\d+ /, " ")),
      [
        "astro/src/pages/ask.astro require-max-tokens",
        "kit/src/lib/Models.svelte require-max-tokens",
        "kit/src/routes/chat/+page.svelte no-full-history",
        "nuxt/pages/chat.vue require-max-tokens",
        "vite-vue/src/components/Chat.vue no-full-history",
      ],
    );
  });

  it("CLI lint: exactly the marked findings (none from markup, a style block or a JSON-LD script)", () => {
    const actual = lintFiles([fixture], { all: true, cwd: fixture })
      .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
      .sort();
    assert.deepEqual(actual, expected);
  });

  it("CLI report: call sites in components, through `$lib`, `~/` and `.svelte` imports", () => {
    const report = buildReport([fixture], { cwd: fixture });
    const sites = report.calls.map((c) => `${c.file}:${c.line} ${c.model}${c.via ? ` via ${c.via.name}()` : ""}`).sort();
    const has = (prefix: string) => assert.ok(sites.some((s) => s.startsWith(prefix)), `${prefix} in\n${sites.join("\n")}`);
    has("astro/src/pages/ask.astro:5 claude-sonnet-4-5");
    has("kit/src/lib/Models.svelte:5");
    has("kit/src/routes/chat/+page.svelte:10 gpt-4o-mini via complete()");
    // Ollama on localhost: a local model, named by its own id (priced at $0).
    has("kit/src/routes/chat/+page.svelte:16 llama3.1 via generate()");
    has("nuxt/pages/chat.vue:19 gpt-4o");
    // `@/api/llm` through the paths of a referenced tsconfig (tsconfig.app.json), the wrapper's call priced.
    has("vite-vue/src/components/Chat.vue:10 gpt-4o-mini via chat()");
    // The <script> block's const is read from <script setup>: one module scope (the system prompt is counted).
    const vue = report.calls.find((c) => c.file === "nuxt/pages/chat.vue")!;
    assert.ok(vue.breakdown.some((b) => b.part === "system" && b.tokens > 5), JSON.stringify(vue.breakdown));
    assert.equal(sites.length, 8, sites.join("\n"));
  });

  it("ESLint with vue-eslint-parser and svelte-eslint-parser: the same findings as the CLI", async () => {
    const eslint = new ESLint({
      cwd: fixture,
      overrideConfigFile: true,
      errorOnUnmatchedPattern: false,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
        { files: ["**/*.vue"], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: "module" } } },
        { files: ["**/*.svelte"], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
        createPlugin().configs.all,
      ],
    } as ConstructorParameters<typeof ESLint>[0]);
    const results = await eslint.lintFiles(["**/*.ts", "**/*.vue", "**/*.svelte"]);
    const fatal = results.flatMap((r) => r.messages.filter((m) => !m.ruleId).map((m) => `${r.filePath}: ${m.message}`));
    assert.deepEqual(fatal, []);
    const actual = results
      .flatMap((r) => r.messages.map((m) => `${path.relative(fixture, r.filePath)}:${m.line} ${m.ruleId!.replace("costlint/", "")}`))
      .sort();
    // ESLint has no .astro parser here: the Astro page is the CLI's.
    assert.deepEqual(actual, expected.filter((e) => !e.startsWith("astro/")));
  });
});
