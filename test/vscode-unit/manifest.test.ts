import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";
import { CONFIG_FILE_NAME } from "../../src/core/config/schema";
import { CONFIG_FILE, engineFileName, SERVED_LANGUAGES } from "../../src/vscode/file-names";

const root = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

describe("vscode/manifest (package.json)", () => {
  it("activates only on the languages it serves", () => {
    assert.deepEqual(pkg.activationEvents, SERVED_LANGUAGES.map((l) => `onLanguage:${l}`));
  });

  it("costlint.rules lists every rule with the three severities (re-run node test/vscode/manifest.mjs after adding one)", () => {
    const rules = pkg.contributes.configuration.properties["costlint.rules"];
    assert.deepEqual(Object.keys(rules.properties).sort(), RULES.map((r) => r.id).sort());
    for (const p of Object.values(rules.properties) as { enum: string[] }[]) assert.deepEqual(p.enum, ["off", "warn", "error"]);
  });

  it("every setting is resource-scoped, with a markdown description", () => {
    for (const [key, p] of Object.entries(pkg.contributes.configuration.properties) as [string, { scope: string; markdownDescription: string }][]) {
      assert.ok(key.startsWith("costlint."), key);
      assert.equal(p.scope, "resource", key);
      assert.ok(p.markdownDescription.length > 20, key);
    }
  });

  it("declares untrusted and virtual workspace support, the icon and the category", () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.main, "./dist/extension.js");
    assert.ok(fs.existsSync(path.join(root, pkg.icon)));
    assert.deepEqual(pkg.categories, ["Linters"]);
    assert.equal(pkg.devDependencies["@vscode/vsce"], "3.9.2");
    for (const v of pkg.contributes.jsonValidation ?? []) assert.ok(fs.existsSync(path.join(root, v.url)), v.url);
  });

  it("the .vscodeignore keeps only what runs", () => {
    const lines = fs.readFileSync(path.join(root, ".vscodeignore"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
    assert.equal(lines[0], "**");
    assert.ok(lines.includes("!dist/extension.js"));
    assert.ok(lines.includes("!dist/engine-api.js"), "the engine bundle the extension loads on first use");
    assert.ok(!lines.some((l) => /cli|eslint-plugin|\.map|src\//.test(l)));
  });

  it("watches the engine's configuration file name", () => {
    assert.equal(CONFIG_FILE, CONFIG_FILE_NAME);
  });

  it("engine file names pick the parser from the language", () => {
    assert.equal(engineFileName("/a/b.ts", "typescript"), "/a/b.ts");
    assert.equal(engineFileName("/a/b.mts", "typescript"), "/a/b.mts");
    assert.equal(engineFileName("Untitled-1", "javascriptreact"), "Untitled-1.jsx");
    assert.equal(engineFileName("/a/b.js", "javascriptreact"), "/a/b.js.jsx");
    assert.equal(engineFileName("/a/b.tsx", "typescriptreact"), "/a/b.tsx");
    // Components keep their extension (the engine reads their script parts); a component language on another name gets it.
    assert.equal(engineFileName("/a/Chat.vue", "vue"), "/a/Chat.vue");
    assert.equal(engineFileName("/a/+page.svelte", "svelte"), "/a/+page.svelte");
    assert.equal(engineFileName("/a/index.astro", "astro"), "/a/index.astro");
    assert.equal(engineFileName("Untitled-1", "vue"), "Untitled-1.vue");
  });

  it("serves the languages of Vue, Svelte and Astro components, and watches their files", () => {
    for (const language of ["vue", "svelte", "astro"]) assert.ok(pkg.activationEvents.includes(`onLanguage:${language}`), language);
  });
});
