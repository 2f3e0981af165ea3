import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";

const root = path.resolve(__dirname, "../../..");

describe("the Marketplace page (docs/marketplace.md, the .vsix's README)", () => {
  const page = fs.readFileSync(path.join(root, "docs/marketplace.md"), "utf8");

  it("is what package-vsix.mjs packs as README.md", () => {
    const script = fs.readFileSync(path.join(root, "test/vscode/package-vsix.mjs"), "utf8");
    assert.match(script, /docs\/marketplace\.md/);
  });

  it("links every rule's page and lists every setting", () => {
    for (const rule of RULES) assert.ok(page.includes(`](docs/rules/${rule.id}.md)`), rule.id);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(page.includes(`\`${key}\``), key);
  });

  it("speaks to users: no development commands", () => {
    assert.doesNotMatch(page, /npm (ci|run|test)|mocha|esbuild/);
    assert.ok(fs.existsSync(path.join(root, page.match(/\]\((media\/[^)]+)\)/)![1]!)));
  });
});
