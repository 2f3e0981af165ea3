#!/usr/bin/env node
// Writes the extension's part of package.json: "contributes", "activationEvents", "capabilities", "icon",
// "categories", "galleryBanner", "keywords" and the scripts package / test:vscode*. Touches no other key
// (others edit package.json too). The rule list of `costlint.rules` comes from src/core/rules (bundled on
// the fly with esbuild), so re-run this after adding a rule: `node test/vscode/manifest.mjs`
// (`--check` exits 1 if package.json is not up to date; test/vscode-unit checks the rule list too).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgFile = path.join(root, "package.json");

async function loadRules() {
  const out = await esbuild.build({
    entryPoints: [path.join(root, "src/core/rules/index.ts")],
    bundle: true, platform: "node", format: "cjs", write: false, logLevel: "error", packages: "external",
  });
  const module = { exports: {} };
  const file = path.join(root, "src/core/rules/index.ts");
  new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(module, module.exports, createRequire(file), file, path.dirname(file));
  return module.exports.RULES;
}

const RULES = await loadRules();
const LANGUAGES = ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue", "svelte", "astro"];
const docs = (id) => `https://github.com/costlint/costlint/blob/main/docs/rules/${id}.md`;

const extensionKeys = {
  icon: "media/icon.png",
  categories: ["Linters"],
  keywords: ["llm", "ai agents", "cost", "tokens", "openai", "anthropic", "ai sdk", "langchain", "eslint", "linter"],
  galleryBanner: { color: "#14213d", theme: "dark" },
  activationEvents: LANGUAGES.map((l) => `onLanguage:${l}`),
  capabilities: {
    untrustedWorkspaces: {
      supported: true,
      description: "costlint only reads the text of your files and costlint.config.json; it never runs workspace code.",
    },
    virtualWorkspaces: true,
  },
  contributes: {
    configuration: {
      title: "costlint",
      properties: {
        "costlint.enable": {
          type: "boolean",
          default: true,
          scope: "resource",
          order: 0,
          markdownDescription: "Check TypeScript and JavaScript files (and the scripts of Vue, Svelte and Astro components) for the cost risks of AI-agent code and estimate the cost of every LLM call.",
        },
        "costlint.rules": {
          type: "object",
          default: {},
          scope: "resource",
          order: 1,
          markdownDescription:
            "Rule severities, over the `rules` of `costlint.config.json` (which CI reads too). Rules not listed keep the project file's severity, else their default: " +
            RULES.map((r) => `\`${r.id}\` (${r.meta.recommended || "off"})`).join(", ") +
            ". Rule options are set in `costlint.config.json`.",
          properties: Object.fromEntries(
            RULES.map((r) => [
              r.id,
              {
                type: "string",
                enum: ["off", "warn", "error"],
                enumDescriptions: ["Not reported.", "Reported as a warning.", "Reported as an error."],
                markdownDescription: `${r.meta.description} Default: \`${r.meta.recommended || "off"}\`. [Documentation](${docs(r.id)})`,
              },
            ]),
          ),
          additionalProperties: false,
        },
        "costlint.defaultModel": {
          type: "string",
          default: "gpt-4o",
          scope: "resource",
          order: 2,
          markdownDescription:
            "The model that prices calls whose model cannot be read from the code (`defaultModel` of `costlint.config.json`). A model id of the pricing table, e.g. `gpt-4o-mini`, `claude-sonnet-4-5`, `gemini-2.5-flash`, or one added with `#costlint.pricing#`.",
        },
        "costlint.assumptions.turns": {
          type: "integer",
          default: 20,
          minimum: 1,
          maximum: 10000,
          scope: "resource",
          order: 3,
          markdownDescription: "Assumed length of a conversation, in turns, for calls that send a growing history: the inline cost shows the cost at this turn (`assumptions.turns`).",
        },
        "costlint.budget.perCallUsd": {
          type: "number",
          default: 0.1,
          minimum: 0,
          scope: "resource",
          order: 4,
          markdownDescription: "The most one LLM call may cost, worst case, in USD (`budget.perCallUsd`): the hover marks calls above it, and the `max-call-cost` rule reports them when it is on.",
        },
        "costlint.pricing": {
          type: "array",
          default: [],
          scope: "resource",
          order: 5,
          markdownDescription:
            "Price overrides (`pricing` of `costlint.config.json`), USD per million tokens: `{ \"id\": \"gpt-4o\", \"inputPerMTok\": 2, \"outputPerMTok\": 8 }` changes a known model; a new id must also give `provider`, `contextWindow` and `maxOutputTokens`.",
          items: {
            type: "object",
            required: ["id"],
            properties: {
              id: { type: "string", description: "Model id (or an alias of a known model)." },
              provider: { type: "string", description: "openai, anthropic, google, mistral, deepseek, or your own." },
              inputPerMTok: { type: "number", minimum: 0, description: "USD per million input tokens." },
              outputPerMTok: { type: "number", minimum: 0, description: "USD per million output tokens." },
              cachedInputPerMTok: { type: "number", minimum: 0, description: "USD per million cached input tokens." },
              contextWindow: { type: "integer", minimum: 1 },
              maxOutputTokens: { type: "integer", minimum: 1 },
              encoding: { type: "string", enum: ["o200k_base", "cl100k_base"] },
              tokenFactor: { type: "number", exclusiveMinimum: 0 },
              aliases: { type: "array", items: { type: "string" } },
            },
          },
        },
        "costlint.inlineCost": {
          type: "boolean",
          default: true,
          scope: "resource",
          order: 6,
          markdownDescription: "Show the estimated cost of each LLM call at the end of its line (an inlay hint: `#editor.inlayHints.enabled#` must be on). The hover on a call shows the breakdown either way.",
        },
      },
    },
    jsonValidation: [{ fileMatch: "costlint.config.json", url: "./schema/costlint.config.schema.json" }],
    commands: [
      { command: "costlint.showReport", title: "Show cost report", category: "costlint" },
      { command: "costlint.showLog", title: "Show log", category: "costlint" },
      { command: "costlint.openDocs", title: "Show rule documentation", category: "costlint" },
      { command: "costlint.openCallSite", title: "Open call site", category: "costlint" },
    ],
    menus: {
      commandPalette: [
        { command: "costlint.openDocs", when: "false" },
        { command: "costlint.openCallSite", when: "false" },
      ],
    },
  },
};

const scripts = {
  package: "node esbuild.mjs --production && node test/vscode/package-vsix.mjs --out costlint.vsix",
  "test:vscode:setup": "bash test/vscode/setup.sh",
  // Offline (code-server): what CI runs. With internet (Electron VS Code): test:vscode.
  "test:vscode:server": "npm run build && npm run compile-tests && node test/vscode/run-tests.mjs",
  "test:vscode": "npm run build && npm run compile-tests && node test/vscode/run-electron.mjs",
  "test:vscode:e2e": "npm run package && node test/vscode/e2e.mjs",
};

const text = fs.readFileSync(pkgFile, "utf8");
const pkg = JSON.parse(text);
for (const [key, value] of Object.entries(extensionKeys)) pkg[key] = value;
pkg.scripts = { ...pkg.scripts, ...scripts };
const next = `${JSON.stringify(pkg, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (next !== text) {
    console.error("package.json is not up to date: run node test/vscode/manifest.mjs");
    process.exit(1);
  }
  console.log("package.json is up to date");
} else if (next !== text) {
  fs.writeFileSync(pkgFile, next);
  console.log("package.json: extension keys written");
} else {
  console.log("package.json: already up to date");
}
