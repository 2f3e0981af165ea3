import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";
import { plugin } from "../../src/eslint";

const root = path.resolve(__dirname, "../../..");
const docsDir = path.join(root, "docs/rules");
const testsDir = path.join(root, "test/rules");

describe("rule meta", () => {
  it("every rule id is kebab-case with a no-/require-/max-/prefer- prefix and unique", () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(no|require|max|prefer)-[a-z]+(-[a-z]+)*$/);
  });

  it("the rule file is named after the id", () => {
    for (const rule of RULES) assert.ok(fs.existsSync(path.join(root, "src/core/rules", `${rule.id}.ts`)), rule.id);
  });

  it("every rule has a docs page, a test file, and its docs URL matches its id", () => {
    for (const rule of RULES) {
      assert.ok(fs.existsSync(path.join(docsDir, `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join(testsDir, `${rule.id}.test.ts`)), `test/rules/${rule.id}.test.ts`);
      assert.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`), rule.docsUrl);
      assert.equal(plugin.rules[rule.id]?.meta?.docs?.url, rule.docsUrl);
    }
  });

  it("no orphan docs pages or rule files", () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const file of fs.readdirSync(docsDir)) assert.ok(ids.has(file.replace(/\.md$/, "")), `orphan docs/rules/${file}`);
    for (const file of fs.readdirSync(path.join(root, "src/core/rules"))) {
      if (file === "index.ts") continue;
      assert.ok(ids.has(file.replace(/\.ts$/, "")), `orphan src/core/rules/${file}`);
    }
  });

  it("each docs page has its title, description, examples, options with every key and default, and when not to use it", () => {
    for (const rule of RULES) {
      const page = fs.readFileSync(path.join(docsDir, `${rule.id}.md`), "utf8");
      assert.ok(page.startsWith(`# costlint/${rule.id}\n\n${rule.meta.description}\n`), `${rule.id}: title and description`);
      for (const heading of ["## What it catches, and why it costs money", "## Examples", "## Options", "## When not to use it"]) {
        assert.ok(page.includes(heading), `${rule.id}: ${heading}`);
      }
      assert.ok(page.includes("❌") && page.includes("✅ Correct"), `${rule.id}: ❌ / ✅ examples`);
      const defaults = rule.options.parse({}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(defaults)) {
        assert.ok(page.includes(`| \`${key}\` | \`${JSON.stringify(value)}\` |`), `${rule.id}: option ${key} with default ${JSON.stringify(value)}`);
      }
      const recommended = rule.meta.recommended ? `In \`recommended\` (${rule.meta.recommended})` : "Not in `recommended`";
      assert.ok(page.includes(recommended), `${rule.id}: says ${recommended}`);
      assert.equal(page.includes("has suggestions"), !!rule.meta.hasSuggestions, `${rule.id}: suggestions badge`);
    }
  });

  it("every option has a default and a description", () => {
    for (const rule of RULES) {
      for (const [key, schema] of Object.entries(rule.options.shape)) {
        const s = schema as { description?: string; safeParse(v: unknown): { success: boolean } };
        assert.ok(s.description, `${rule.id}.${key} description`);
        assert.ok(s.safeParse(undefined).success, `${rule.id}.${key} default`);
      }
    }
  });

  it("messages say what to do, and use only placeholders", () => {
    for (const rule of RULES) {
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        assert.ok(!/\$\{/.test(message), `${rule.id}.${id}: template literal`);
        assert.ok(message.length > 10, `${rule.id}.${id}`);
      }
    }
  });

  it("a message's first sentence (what, what it costs) fits in about 120 characters; the details are in the docs", () => {
    // Placeholders stand for typical values: a call label, a name, a figure (the longest real ones are in the docs).
    const typical: Record<string, string> = {
      call: "client.chat.completions.create()", what: "a full model call", why: "maxSteps: 20, the default", name: "withRetry",
      attempts: "10", max: "3", retries: "2", calls: "100", value: "9", outputTokens: "16,384", cost: "$0.164", budget: "$0.100",
      where: "a module-level array grown every call", fix: "", model: "gpt-4o (assumed model)",
    };
    const over: string[] = [];
    for (const rule of RULES) {
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        const filled = message.replace(/\{\{(\w+)\}\}/g, (_, key: string) => typical[key] ?? "x".repeat(10));
        const first = filled.split(/(?<=[.?!])\s/)[0]!;
        if (first.length > 125) over.push(`${rule.id}/${id} (${first.length}): ${first}`);
      }
    }
    assert.deepEqual(over, []);
  });

  it("configs: recommended holds the recommended rules at their severity, all holds every rule", () => {
    const recommended = plugin.configs.recommended.rules ?? {};
    const all = plugin.configs.all.rules ?? {};
    for (const rule of RULES) {
      assert.equal(recommended[`costlint/${rule.id}`], rule.meta.recommended || undefined);
      assert.ok(all[`costlint/${rule.id}`], rule.id);
    }
  });
});
