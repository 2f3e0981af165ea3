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
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const vue_eslint_parser_1 = __importDefault(require("vue-eslint-parser"));
const files_1 = require("../../src/cli/files");
const lint_command_1 = require("../../src/cli/lint-command");
const report_command_1 = require("../../src/cli/report-command");
const plugin_1 = require("../../src/eslint/plugin");
const expectations_1 = require("./expectations");
// svelte-eslint-parser is an ES module (required as one: Node 20.19+).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const svelteParser = require("svelte-eslint-parser");
const root = node_path_1.default.resolve(__dirname, "../../..");
const fixture = node_path_1.default.join(root, "test/fixtures/projects/components");
const expected = (0, expectations_1.expectedFindings)(fixture);
/**
 * Single-file components across the project: a SvelteKit app (`$lib` imports with no generated tsconfig, a
 * `context="module"` script imported by its `.svelte` path), a Nuxt page (`<script>` + `<script setup>`, `~/`
 * imports), a create-vue app (`@/` paths in a referenced tsconfig.app.json, a conversation in a `ref`), an Astro
 * page (frontmatter). Markup holding LLM-looking code is never a finding.
 */
describe("components (.vue, .svelte, .astro) in a project", () => {
    it("the CLI walks component files", () => {
        const files = (0, files_1.collectFiles)([fixture]).map((f) => node_path_1.default.relative(fixture, f));
        for (const f of ["kit/src/routes/chat/+page.svelte", "kit/src/lib/Models.svelte", "nuxt/pages/chat.vue", "astro/src/pages/ask.astro"])
            strict_1.default.ok(files.includes(f), f);
    });
    it("the fixture marks findings in each framework's scripts, one of them seen only across files", () => {
        strict_1.default.deepEqual(expected.map((e) => e.replace(/:\d+ /, " ")), [
            "astro/src/pages/ask.astro require-max-tokens",
            "kit/src/lib/Models.svelte require-max-tokens",
            "kit/src/routes/chat/+page.svelte no-full-history",
            "nuxt/pages/chat.vue require-max-tokens",
            "vite-vue/src/components/Chat.vue no-full-history",
        ]);
    });
    it("CLI lint: exactly the marked findings (none from markup, a style block or a JSON-LD script)", () => {
        const actual = (0, lint_command_1.lintFiles)([fixture], { all: true, cwd: fixture })
            .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
            .sort();
        strict_1.default.deepEqual(actual, expected);
    });
    it("CLI report: call sites in components, through `$lib`, `~/` and `.svelte` imports", () => {
        const report = (0, report_command_1.buildReport)([fixture], { cwd: fixture });
        const sites = report.calls.map((c) => `${c.file}:${c.line} ${c.model}${c.via ? ` via ${c.via.name}()` : ""}`).sort();
        const has = (prefix) => strict_1.default.ok(sites.some((s) => s.startsWith(prefix)), `${prefix} in\n${sites.join("\n")}`);
        has("astro/src/pages/ask.astro:5 claude-sonnet-4-5");
        has("kit/src/lib/Models.svelte:5");
        has("kit/src/routes/chat/+page.svelte:10 gpt-4o-mini via complete()");
        // Ollama on localhost: a local model, named by its own id (priced at $0).
        has("kit/src/routes/chat/+page.svelte:16 llama3.1 via generate()");
        has("nuxt/pages/chat.vue:19 gpt-4o");
        // `@/api/llm` through the paths of a referenced tsconfig (tsconfig.app.json), the wrapper's call priced.
        has("vite-vue/src/components/Chat.vue:10 gpt-4o-mini via chat()");
        // The <script> block's const is read from <script setup>: one module scope (the system prompt is counted).
        const vue = report.calls.find((c) => c.file === "nuxt/pages/chat.vue");
        strict_1.default.ok(vue.breakdown.some((b) => b.part === "system" && b.tokens > 5), JSON.stringify(vue.breakdown));
        strict_1.default.equal(sites.length, 8, sites.join("\n"));
    });
    it("ESLint with vue-eslint-parser and svelte-eslint-parser: the same findings as the CLI", async () => {
        const eslint = new eslint_1.ESLint({
            cwd: fixture,
            overrideConfigFile: true,
            errorOnUnmatchedPattern: false,
            overrideConfig: [
                { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
                { files: ["**/*.vue"], languageOptions: { parser: vue_eslint_parser_1.default, parserOptions: { parser: tsParser, sourceType: "module" } } },
                { files: ["**/*.svelte"], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
                (0, plugin_1.createPlugin)().configs.all,
            ],
        });
        const results = await eslint.lintFiles(["**/*.ts", "**/*.vue", "**/*.svelte"]);
        const fatal = results.flatMap((r) => r.messages.filter((m) => !m.ruleId).map((m) => `${r.filePath}: ${m.message}`));
        strict_1.default.deepEqual(fatal, []);
        const actual = results
            .flatMap((r) => r.messages.map((m) => `${node_path_1.default.relative(fixture, r.filePath)}:${m.line} ${m.ruleId.replace("costlint/", "")}`))
            .sort();
        // ESLint has no .astro parser here: the Astro page is the CLI's.
        strict_1.default.deepEqual(actual, expected.filter((e) => !e.startsWith("astro/")));
    });
});
//# sourceMappingURL=components.test.js.map