import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lintFiles } from "../../src/cli/lint-command";
import { createProject } from "../../src/core/detectors/analysis";
import { parseJsonc } from "../../src/core/project/jsonc";
import { pnpmListEntry } from "../../src/core/project/resolve";

/** A project in a temp folder: files by relative path; a value of null makes a FIFO, `-> target` a symlink. */
function makeProject(files: Record<string, string | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-project-"));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (content === null) execFileSync("mkfifo", [file]);
    else if (content.startsWith("-> ")) fs.symlinkSync(content.slice(3), file);
    else fs.writeFileSync(file, content);
  }
  return dir;
}

const lint = (dir: string): string[] => lintFiles([dir], { all: false, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`)).sort();

describe("project resolution", () => {
  let dir = "";
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = "";
  });

  it("relative imports with .js meaning .ts, index files, tsconfig paths through a relative extends, baseUrl", () => {
    dir = makeProject({
      "tsconfig.base.json": `{ "compilerOptions": { "baseUrl": "./src", "paths": { "~lib/*": ["lib/*"] } } }`,
      "tsconfig.json": `{ "extends": "./tsconfig.base.json" }`,
      "src/lib/ai/index.ts": `export const x = 1;`,
      "src/lib/b.ts": `export const y = 2;`,
      "src/app.ts": ``,
    });
    const project = createProject();
    const app = path.join(dir, "src/app.ts");
    assert.equal(project.resolve(app, "./lib/ai"), path.join(dir, "src/lib/ai/index.ts"));
    assert.equal(project.resolve(app, "./lib/b.js"), path.join(dir, "src/lib/b.ts"));
    assert.equal(project.resolve(app, "~lib/b"), path.join(dir, "src/lib/b.ts"));
    assert.equal(project.resolve(app, "lib/b"), path.join(dir, "src/lib/b.ts"), "baseUrl");
    assert.equal(project.resolve(app, "openai"), undefined, "packages are the SDK profiles' business");
    assert.equal(project.resolve(app, "./missing"), undefined);
  });

  it("pnpm-workspace.yaml entries read by slicing: quotes, comments, long runs of blanks", () => {
    assert.equal(pnpmListEntry(`  - "packages/*"`), "packages/*");
    assert.equal(pnpmListEntry(`  - 'apps/*' # comment`), "apps/*");
    assert.equal(pnpmListEntry(`    -   tools/cli   `), "tools/cli");
    assert.equal(pnpmListEntry(`  - # only a comment`), undefined);
    assert.equal(pnpmListEntry(`packages:`), undefined);
    // Lines the old pattern read in quadratic time: long runs of blanks inside and around an entry.
    assert.equal(pnpmListEntry(`  - "a${" ".repeat(100_000)}b`), `a${" ".repeat(100_000)}b`);
    assert.equal(pnpmListEntry(`  -${" ".repeat(100_000)}x${" ".repeat(100_000)}`), "x");
  });

  it("workspace packages by name: package.json workspaces and pnpm-workspace.yaml, entry from source when dist is absent", () => {
    dir = makeProject({
      "pnpm-workspace.yaml": `packages:\n  - "packages/*"\n  - 'apps/*' # comment\n`,
      "packages/llm/package.json": `{ "name": "@acme/llm", "main": "./dist/index.js", "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" } } }`,
      "packages/llm/src/index.ts": `export const a = 1;`,
      "packages/llm/src/tools.ts": `export const t = 1;`,
      "apps/web/package.json": `{ "name": "web" }`,
      "apps/web/page.ts": ``,
    });
    const project = createProject();
    const page = path.join(dir, "apps/web/page.ts");
    assert.equal(project.resolve(page, "@acme/llm"), path.join(dir, "packages/llm/src/index.ts"));
    assert.equal(project.resolve(page, "@acme/llm/tools"), path.join(dir, "packages/llm/src/tools.ts"));
    assert.equal(project.resolve(page, "@acme/other"), undefined);
  });

  it("JSON with comments and trailing commas; anything else is undefined, never an exception", () => {
    assert.deepEqual(parseJsonc(`{ // c\n "a": [1, 2,], /* x */ "b": "//not a comment", }`), { a: [1, 2], b: "//not a comment" });
    for (const bad of ["", "{", "nul", "/* open", `{"a": "unterminated`]) assert.equal(parseJsonc(bad), undefined, bad);
  });
});

describe("hostile projects (never crash, never hang)", () => {
  let dir = "";
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = "";
  });

  const CALLER = `import { llm } from "@/client";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
  const CLIENT = `import OpenAI from "openai";\nexport const llm = new OpenAI();\n`;

  it("a tsconfig or package.json that is /dev/zero, a FIFO or a folder is ignored", function () {
    if (process.platform === "win32") this.skip();
    dir = makeProject({
      "tsconfig.json": "-> /dev/zero",
      "package.json": null,
      "src/tsconfig.json/.keep": "",
      "src/client.ts": CLIENT,
      "src/use.ts": CALLER.replace("@/client", "./client"),
      "src/alias.ts": CALLER,
    });
    assert.deepEqual(lint(dir), ["src/use.ts:2 require-max-tokens"]);
  });

  it("an import of /dev/zero or a FIFO as a module is not read", function () {
    if (process.platform === "win32") this.skip();
    dir = makeProject({ "zero.ts": "-> /dev/zero", "fifo.ts": null, "use.ts": `import { a } from "./zero";\nimport { b } from "./fifo";\nexport const c = a.chat.completions.create({ model: "gpt-4o", messages: [] }) + b;\n` });
    // `a` cannot be read: the distinctive chat.completions path alone still marks the call (as before cross-file analysis).
    assert.deepEqual(lint(dir), ["use.ts:3 require-max-tokens"]);
  });

  it("import cycles, self re-exports and a long chain of re-exports end", () => {
    const files: Record<string, string> = {
      "a.ts": `export * from "./b";\nexport * from "./a";\nexport { llm as viaA } from "./b";\n`,
      "b.ts": `export * from "./a";\nimport { viaA } from "./a";\nexport const other = viaA;\n`,
      "use.ts": `import { nothing } from "./a";\nexport const go = () => nothing.responses.create({ model: "gpt-4o", input: "x" });\n`,
      "chain0.ts": CLIENT,
    };
    for (let i = 1; i <= 30; i++) files[`chain${i}.ts`] = `export * from "./chain${i - 1}";\n`;
    files["deep.ts"] = `import { llm } from "./chain30";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
    files["near.ts"] = `import { llm } from "./chain3";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`;
    dir = makeProject(files);
    // The nearby chain is followed; 30 files deep is past the nesting bound (no finding rather than a hang).
    assert.deepEqual(lint(dir), ["near.ts:2 require-max-tokens"]);
  });
});
