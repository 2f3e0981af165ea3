import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeFile, createProject } from "../../src/core/detectors/analysis";
import { estimateCalls } from "../../src/core/cost/estimate";
import { defaultLoadedConfig } from "../../src/core/config/load";
import { parseSource } from "../../src/core/engine";
import type { FileTree } from "../../src/core/project/files";

/** A tree of files in memory (what `costlint diff` reads from a git revision). */
function memoryTree(files: Record<string, string>): FileTree {
  const dirs = new Map<string, Map<string, boolean>>();
  for (const file of Object.keys(files)) {
    let child = file;
    for (let dir = path.dirname(file); dir !== child; child = dir, dir = path.dirname(dir)) {
      if (!dirs.has(dir)) dirs.set(dir, new Map());
      dirs.get(dir)!.set(path.basename(child), child !== file);
    }
  }
  return {
    readText: (file) => files[file],
    size: (file) => (files[file] === undefined ? undefined : Buffer.byteLength(files[file]!)),
    entries: (dir) => (dirs.has(dir) ? [...dirs.get(dir)!].map(([name, isDirectory]) => ({ name, isDirectory })) : undefined),
  };
}

describe("a Project over a FileTree (a git revision) instead of the disk", () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-tree-")));
  // On disk: the wrapper uses gpt-4o and a file the tree does not have.
  fs.mkdirSync(path.join(dir, "lib"));
  fs.writeFileSync(path.join(dir, "lib/llm.ts"), `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const ask = (q: string) => c.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }], max_tokens: 10 });\n`);
  fs.writeFileSync(path.join(dir, "disk-only.ts"), "export const x = 1;\n");
  const tree = memoryTree({
    [path.join(dir, "lib/llm.ts")]: `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const ask = (q: string) => c.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }], max_tokens: 10 });\n`,
    [path.join(dir, "lib/extra/util.ts")]: "export const y = 2;\n",
  });
  const main = `import { ask } from "./lib/llm";\nexport async function answer(q: string) {\n  return ask(q);\n}\n`;

  it("reads and resolves the tree's files, never the disk's", () => {
    const project = createProject({ tree });
    assert.equal(project.resolve(path.join(dir, "main.ts"), "./lib/llm"), path.join(dir, "lib/llm.ts"));
    assert.match(project.textAt(path.join(dir, "lib/llm.ts"))!, /gpt-4o-mini/);
    assert.equal(project.resolve(path.join(dir, "main.ts"), "./disk-only"), undefined);
    assert.equal(project.resolve(path.join(dir, "main.ts"), "./lib/extra/util"), path.join(dir, "lib/extra/util.ts"));
    assert.deepEqual(project.files.listDirectories(path.join(dir, "lib")), ["extra"]);
  });

  it("prices a call through another module's wrapper with the tree's version of it", () => {
    const settings = defaultLoadedConfig();
    const model = (project: ReturnType<typeof createProject>) =>
      estimateCalls(analyzeFile(parseSource(path.join(dir, "main.ts"), main), project), settings).map((e) => e.model);
    assert.deepEqual(model(createProject({ tree })), ["gpt-4o-mini"]);
    assert.deepEqual(model(createProject()), ["gpt-4o"]);
  });
});
