import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";
import { analyzeFile, createProject } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";

/** A project in a temp folder: files by relative path. */
function makeProject(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-barrels-")));
  fs.mkdirSync(path.join(dir, ".git"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const call = (model: string): string => `openai.chat.completions.create({ model: "${model}", max_tokens: 10, messages: [{ role: "user", content: p }] })`;

/**
 * A barrel (`lib/index.ts`: `export *` of many modules, one of them a barrel itself) imported by many files, each
 * asking for another name: past a few names the barrel answers from the names its modules export, and must find
 * what a lookup through every module finds, in the same order.
 */
function barrelProject(modules: number): { files: Record<string, string>; expected: string[] } {
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "app", dependencies: { openai: "^5.0.0" } }),
    "lib/client.ts": `import OpenAI from "openai";\nexport const openai = new OpenAI();\n`,
  };
  const expected: string[] = [];
  const stars: string[] = [];
  for (let i = 0; i < modules; i++) {
    // Every third module wraps the model (a different one each), the others are plain code.
    files[`lib/m${i}.ts`] =
      i % 3 === 0
        ? `import { openai } from "./client";\nexport async function ask${i}(p: string) {\n  return ${call(`gpt-4o-mini-${i}`)};\n}\n`
        : `export function ask${i}(p: string) {\n  return p.length + ${i};\n}\n`;
    stars.push(i === 5 ? `export * from "./nested";` : `export * from "./m${i}";`);
  }
  // A nested barrel, a name two modules export (the first star wins), a default export (re-exported by `export *`
  // here, as the tracer reads it), and a module that does not resolve.
  files["lib/nested/index.ts"] = `export * from "./deep";\n`;
  files["lib/nested/deep.ts"] = `import { openai } from "../client";\nexport async function nestedAsk(p: string) {\n  return ${call("gpt-4.1")};\n}\n`;
  files["lib/first.ts"] = `import { openai } from "./client";\nexport async function twice(p: string) {\n  return ${call("gpt-4o")};\n}\n`;
  files["lib/second.ts"] = `export function twice(p: string) {\n  return p;\n}\n`;
  files["lib/index.ts"] = [`export * from "./missing";`, ...stars, `export * from "./first";`, `export * from "./second";`].join("\n") + "\n";
  const names = [...Array.from({ length: modules }, (_, i) => (i === 5 ? "nestedAsk" : `ask${i}`)), "twice", "nothingHere"];
  names.forEach((name, i) => {
    files[`app/use-${i}.ts`] = `import { ${name} } from "../lib";\nexport const run${i} = (p: string) => ${name}(p);\n`;
    const model = name === "nestedAsk" ? "gpt-4.1" : name === "twice" ? "gpt-4o" : /^ask(\d+)$/.test(name) && Number(name.slice(3)) % 3 === 0 ? `gpt-4o-mini-${name.slice(3)}` : undefined;
    if (model) expected.push(`app/use-${i}.ts ${model}`);
  });
  return { files, expected: expected.sort() };
}

describe("barrels: `export *` of many modules, imported by many files", () => {
  let dir = "";
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = "";
  });

  it("finds each name through the barrel as a lookup through every re-exported module does (nested barrels, first star wins)", () => {
    const { files, expected } = barrelProject(40);
    dir = makeProject(files);
    const report = buildReport([dir], { cwd: dir });
    const viaWrappers = report.calls.filter((c) => c.file.startsWith("app/")).map((c) => `${c.file} ${c.requestedModel ?? c.model}`);
    assert.deepEqual(viaWrappers.sort(), expected);
    assert.ok(expected.length > 12, "past the first few lookups, the barrel answers from its modules' names");
    assert.deepEqual(report.failures, []);
  });

  it("finds the same calls whatever order the importers are analysed in", () => {
    const { files, expected } = barrelProject(30);
    dir = makeProject(files);
    const importers = Object.keys(files).filter((f) => f.startsWith("app/"));
    const callsIn = (order: string[]): string[] => {
      const project = createProject({ unchanging: true });
      return order.flatMap((rel) => {
        const file = path.join(dir, rel);
        project.nextEpoch();
        const analysis = analyzeFile(parseSource(file, fs.readFileSync(file, "utf8")), project);
        return analysis.llmCalls.map(() => rel);
      });
    };
    const forward = callsIn(importers);
    assert.equal(forward.length, expected.length);
    assert.deepEqual(callsIn([...importers].reverse()).sort(), forward.sort());
  });
});
