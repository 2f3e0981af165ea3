import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";
import { analyzeFile, createProject, mayHaveSites } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";

/** A small app on disk: a client, a wrapper around it, a service calling the wrapper, two modules in a cycle. */
function writeApp(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-shared-parse-")));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "app", dependencies: { openai: "^5.0.0" } }),
    "lib/client.ts": `import OpenAI from "openai";\nexport const openai = new OpenAI();\n`,
    "lib/complete.ts": `import { openai } from "./client";\nimport { label } from "./cycle-a";\nexport async function complete(prompt: string) {\n  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 100, messages: [{ role: "user", content: label + prompt }] });\n  return r.choices[0]?.message?.content ?? "";\n}\n`,
    "lib/cycle-a.ts": `import { other } from "./cycle-b";\nexport const label = "a:" + other;\nexport function useB() {\n  return other;\n}\n`,
    "lib/cycle-b.ts": `import { label } from "./cycle-a";\nimport { complete } from "./complete";\nexport const other = "b";\nexport async function ask() {\n  return complete(label);\n}\n`,
    "service.ts": `import { complete } from "./lib/complete";\nexport async function summarise(text: string) {\n  return complete("Summarise: " + text);\n}\n`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("a file analysed at the top level and imported by others is parsed, indexed and analysed once", () => {
  const dir = writeApp();
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const complete = path.join(dir, "lib/complete.ts");

  it("gives the project's parse of a file when the caller read the same text, and no parse for other text", () => {
    const project = createProject({ unchanging: true });
    const text = fs.readFileSync(complete, "utf8");
    // service.ts imports lib/complete.ts: the project parses it for the tracer.
    analyzeFile(parseSource(path.join(dir, "service.ts"), fs.readFileSync(path.join(dir, "service.ts"), "utf8")), project);
    const parsed = project.sourceFileAt(complete);
    assert.ok(parsed);
    assert.equal(project.sourceFileWithText(complete, text), parsed);
    assert.equal(project.sourceFileWithText(complete, text + "\n// edited in the editor"), undefined);
    assert.equal(project.sourceFileWithText("lib/complete.ts", text), undefined, "a relative path is not a project file");
  });

  it("shares one index and one tracer between the module's importers and its own analysis", () => {
    const project = createProject({ unchanging: true });
    const sourceFile = project.sourceFileWithText(complete, fs.readFileSync(complete, "utf8"))!;
    const tracer = project.tracerAt(complete)!;
    const analysis = analyzeFile(sourceFile, project);
    assert.equal(analysis.index, project.indexOf(sourceFile));
    assert.equal(analysis.tracer, tracer);
    assert.equal(analysis.sites.length, 1);
    // Another parse of the same text is not the project's: its own index and tracer.
    const other = analyzeFile(parseSource(complete, sourceFile.text), project);
    assert.equal(project.indexOf(other.index.sourceFile), undefined);
    assert.notEqual(other.tracer, tracer);
    assert.equal(other.sites.length, 1);
    // Where files may change (the editor, ESLint), a tracer's answers about other modules are not kept: its own.
    const live = createProject();
    const liveFile = live.sourceFileWithText(complete, sourceFile.text)!;
    assert.notEqual(analyzeFile(liveFile, live).tracer, live.tracerAt(complete));
  });

  it("reports the same call sites whatever order the files come in, and as each file analysed alone", () => {
    const files = ["service.ts", "lib/cycle-b.ts", "lib/cycle-a.ts", "lib/complete.ts", "lib/client.ts"].map((f) => path.join(dir, f));
    const shown = (report: ReturnType<typeof buildReport>) =>
      report.calls.map((c) => `${c.file}:${c.line}:${c.column} ${c.model} ${c.inputTokens}/${c.outputTokens}${c.via ? ` via ${c.via.name}` : ""}`).sort();
    const forward = shown(buildReport(files, { cwd: dir }));
    const backward = shown(buildReport([...files].reverse(), { cwd: dir }));
    const alone = files.flatMap((f) => shown(buildReport([f], { cwd: dir }))).sort();
    assert.equal(forward.length, 3, forward.join("\n"));
    assert.deepEqual(backward, forward);
    assert.deepEqual(alone, forward);
  });
});

describe("a project whose files do not change during its life (one command-line run)", () => {
  it("compares a file with the disk once; a long-lived project sees the change at the next top-level file", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-unchanging-")));
    try {
      const file = path.join(dir, "prompt.ts");
      fs.writeFileSync(file, `export const PROMPT = "one";\n`);
      const once = createProject({ unchanging: true });
      const live = createProject();
      for (const p of [once, live]) {
        p.nextEpoch();
        assert.match(p.textAt(file)!, /one/);
      }
      fs.writeFileSync(file, `export const PROMPT = "two, a longer text";\n`);
      for (const p of [once, live]) p.nextEpoch();
      assert.match(once.textAt(file)!, /one/);
      assert.match(live.textAt(file)!, /two/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the text gate before a parse: type-only imports of an SDK are no hint, but a client class's type", () => {
  it("skips a file whose SDK imports are all type-only, keeps one with a value import among them", () => {
    assert.equal(mayHaveSites(`import type { UIMessage } from "ai";\nexport const n = (m: UIMessage[]) => m.length;\n`), false);
    assert.equal(mayHaveSites(`import { type UIMessage, type ToolUIPart as T } from "ai";\nexport const n = (m: UIMessage[]) => m.length;\n`), false);
    assert.equal(mayHaveSites(`export type * from "ai";\nexport type { UIMessage } from "ai";\n`), false);
    assert.equal(mayHaveSites(`import type {\n  UIMessage,\n} from 'ai'\nimport { generateText } from 'ai'\n`), true);
    assert.equal(mayHaveSites(`import { type UIMessage, generateText } from "ai";\n`), true);
    assert.equal(mayHaveSites(`import { UIMessage } from "ai";\n`), true, "an import without `type` declares a binding");
    // A type-only import-equals is not matched, so the statement after it keeps its hint.
    assert.equal(mayHaveSites(`import type X = require("y");\nimport OpenAI from "openai";\n`), true);
  });

  it("a type-only import of a client class is a hint: a value typed by it holds a client (a message type is none)", () => {
    const text = `import type OpenAI from "openai";\nexport async function ask(client: OpenAI) {\n  return client.responses.create({ model: "gpt-4o", input: "hi" });\n}\n`;
    const withValue = text.replace("import type OpenAI", "import OpenAI");
    assert.equal(analyzeFile(parseSource("/virtual/a.ts", withValue)).sites.length, 1);
    assert.equal(analyzeFile(parseSource("/virtual/b.ts", text)).sites.length, 1);
    assert.equal(mayHaveSites(text), true);
    assert.equal(mayHaveSites(text.replace("import type OpenAI", "import type { ChatCompletionMessageParam as OpenAI }")), false);
  });
});
