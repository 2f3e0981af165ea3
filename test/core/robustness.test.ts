import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_MAX_FILE_SIZE, lintText } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";

const root = path.resolve(__dirname, "../../..");
const PACKAGES = ["typescript/lib", "zod", "js-tiktoken", "eslint/lib", "@typescript-eslint/typescript-estree/dist", "mocha/lib", "esbuild/lib"];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const enabled = RULES.map((rule) => ({ rule }));

describe("robustness on large real code", function () {
  this.timeout(600_000);

  it("runs every rule over every .ts/.js file of large installed packages without an exception", () => {
    const files = PACKAGES.flatMap((p) => sourceFiles(path.join(root, "node_modules", p)));
    assert.ok(files.length > 500, `found ${files.length} files`);
    let skipped = 0;
    let bytes = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      bytes += text.length;
      const result = lintText(file, text, enabled);
      assert.deepEqual(result.failures.map((f) => `${f.ruleId}: ${String(f.error)}`), [], file);
      if (text.length > DEFAULT_MAX_FILE_SIZE) {
        skipped++;
        assert.match(result.skipped ?? "", /costlint skipped .*: \d+\.\d MB is above the 2\.0 MB limit \(maxFileSize\)\./);
      } else {
        assert.equal(result.skipped, undefined);
      }
    }
    assert.ok(skipped >= 1, "typescript.js and the tokenizer ranks are above the limit");
    assert.ok(bytes > 20_000_000, `read ${bytes} bytes`);
  });

  it("analyses the largest files (9 MB typescript.js) without an exception when the limit is raised", () => {
    const big = ["typescript/lib/typescript.js", "typescript/lib/_tsc.js"].map((p) => path.join(root, "node_modules", p));
    for (const file of big) {
      const text = fs.readFileSync(file, "utf8");
      assert.ok(text.length > 5_000_000);
      const result = lintText(file, text, enabled, { maxFileSize: 50_000_000 });
      assert.equal(result.skipped, undefined);
      assert.deepEqual(result.failures, []);
    }
  });

  it("gives no finding and no exception on malformed and odd code", () => {
    const odd = [
      "",
      "\uFEFF",
      "import OpenAI from 'openai'; const c = new OpenAI(); c.chat.completions.create({",
      "while (true) { try { await c.chat.completions.create( } catch",
      "class { this.x = ",
      "for (;;) {}".repeat(2000),
      "(".repeat(5000), // overflows TypeScript's own parser: skipped with a note
      "a".repeat(100_000),
      `import OpenAI from "openai"; const c = new OpenAI(); const f = (x = c) => x.chat.completions.create({ model: \`\${"a".repeat(3)}\`, messages: [] });`,
      "import * as z from 'zod'; z.object({ a: z.any() }).passthrough().passthrough();",
      "const x = <div>{(await import('openai')).default}</div>;",
      "label: for (;;) { continue label; }",
    ];
    for (const text of odd) {
      for (const name of ["odd.ts", "odd.tsx", "odd.js"]) {
        const result = lintText(name, text, enabled);
        assert.deepEqual(result.failures, [], `${name}: ${text.slice(0, 60)}`);
        if (result.skipped) assert.match(result.skipped, /^costlint could not parse odd\.(ts|tsx|js): Maximum call stack/);
      }
    }
  });

  it("terminates on deeply nested and self-referential code", () => {
    const selfRef = `import OpenAI from "openai"; let a = b; let b = a; const c = a.chat.completions.create({ model: "x", messages: [] });
      class K { x = this.y; y = this.x; go() { return this.x.responses.create({}); } }
      function f(): unknown { return f(); }`;
    const nested = `import OpenAI from "openai"; const c = new OpenAI();` + "function g() {".repeat(500) + "c.chat.completions.create({ model: 'x', messages: [] });" + "}".repeat(500);
    for (const text of [selfRef, nested]) {
      const result = lintText("x.ts", text, enabled);
      assert.deepEqual(result.failures, []);
    }
    assert.equal(lintText("x.ts", nested, enabled).findings.filter((f) => f.ruleId === "require-max-tokens").length, 1);
  });
});
