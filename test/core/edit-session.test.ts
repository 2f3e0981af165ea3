import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { defaultConfig } from "../../src/core/config/schema";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { createProject } from "../../src/core/detectors/analysis";
import { EditSession, type ContentChange } from "../../src/core/edit-session";
import { lintFile, type FileRun } from "../../src/core/run";
import { changedSpan } from "../../src/core/syntax/incremental";
import { estimateDocument, estimateText } from "../../src/vscode/estimate-text";
import type { CallView } from "../../src/vscode/format";

/**
 * The editor's incremental path (an EditSession: incremental parse, findings and estimates kept across
 * comment-only edits) against a from-scratch analysis, edit after edit: they must be equal, every field.
 */

const repo = path.resolve(__dirname, "../../..");
const settings = { config: defaultConfig(), pricing: defaultPricingTable(), all: true };

/** mulberry32: a fixed seed gives the same edits on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Real agent modules: the example project and the cross-file fixtures (COSTLINT_EDIT_CORPUS: another folder of them). */
function corpus(): string[] {
  const dirs = process.env.COSTLINT_EDIT_CORPUS ? process.env.COSTLINT_EDIT_CORPUS.split(path.delimiter) : [path.join(repo, "examples"), path.join(repo, "test/fixtures/projects")];
  const limit = Number(process.env.COSTLINT_EDIT_FILES ?? 40);
  return dirs
    .flatMap((d) => sourceFiles(d))
    .filter((f) => {
      const size = fs.statSync(f).size;
      return size > 300 && size < 60_000 && /openai|anthropic|["']ai["']|langchain|completions|generateText/.test(fs.readFileSync(f, "utf8"));
    })
    .sort()
    .slice(0, limit);
}

const SNIPPETS = [" ", "x", "await ", "messages.push(m);", "}", "{", "max_tokens: 5, ", "\n", "(", ")", ";", '"', "`", "while (true) {", "// note", "/* c */", "maxRetries: 0,", "const messages = [];", "return;"];

/** Statements typed into a function body: some change what another function's call sends or how it loops. */
const BODY_SNIPPETS = [
  "messages.push({ role: \"user\", content: \"more\" });",
  "history.push(reply);",
  "const extra = 1;",
  "await ask(\"again\");",
  "while (true) { await main(); }",
  "for (let i = 0; i < 3; i++) { console.log(i); }",
  "return;",
  "options.max_tokens = 100;",
  "messages.length = 0;",
  "client.maxRetries = 10;",
  "if (done) break;",
  "try { await run(); } catch (e) { retry(); }",
  "tools.push(extraTool);",
];

/**
 * Code typed into a function body (found with TypeScript's parser): a statement before one of the body's statements,
 * a word in one of its strings, or one of its statements deleted.
 */
function bodyEdit(text: string, next: () => number): ContentChange {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sf = ts.createSourceFile("edit.ts", text, ts.ScriptTarget.Latest, true);
  const bodies: ts.Block[] = [];
  const strings: ts.Node[] = [];
  const visit = (node: ts.Node, inBody: boolean): void => {
    const body = (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.body && ts.isBlock(node.body) ? node.body : undefined;
    if (body && body.statements.length) bodies.push(body);
    if (inBody && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.end - node.getStart(sf) > 2) strings.push(node);
    ts.forEachChild(node, (child) => visit(child, inBody || !!body));
  };
  visit(sf, false);
  if (!bodies.length) return { rangeOffset: 0, rangeLength: 0, text: " " };
  const kind = next();
  if (kind < 0.3 && strings.length) {
    const str = pick(strings);
    return { rangeOffset: str.getStart(sf) + 1, rangeLength: 0, text: pick(["Be brief. ", "x", "https://api.openai.com/v1/chat/completions "]) };
  }
  const statement = pick(pick(bodies).statements);
  if (kind < 0.85) return { rangeOffset: statement.getStart(sf), rangeLength: 0, text: `${pick(BODY_SNIPPETS)}\n` };
  return { rangeOffset: statement.getStart(sf), rangeLength: statement.end - statement.getStart(sf), text: "" };
}

/** One random edit of `text`, as the editor's content change (offsets into `text`). */
function randomEdit(text: string, next: () => number): ContentChange {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const at = Math.floor(next() * (text.length + 1));
  if (next() < 0.4) return bodyEdit(text, next);
  const kind = next();
  if (kind < 0.35) {
    // A comment typed at the end of a line of code (what the editor benchmark does), or into one already there.
    const lineEnd = text.indexOf("\n", at);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const comment = text.lastIndexOf("//", end);
    if (comment > text.lastIndexOf("\n", end - 1) && next() < 0.5) return { rangeOffset: end, rangeLength: 0, text: pick(["a", " word", "s"]) };
    return { rangeOffset: end, rangeLength: 0, text: ` // ${pick(["edit", "TODO", "note"])}` };
  }
  if (kind < 0.6) return { rangeOffset: at, rangeLength: 0, text: pick(SNIPPETS) };
  if (kind < 0.8) return { rangeOffset: at, rangeLength: Math.min(text.length - at, 1 + Math.floor(next() * 20)), text: "" };
  // Text copied from elsewhere in the file (a pasted line).
  const from = Math.floor(next() * text.length);
  return { rangeOffset: at, rangeLength: Math.min(text.length - at, Math.floor(next() * 5)), text: text.slice(from, from + Math.floor(next() * 60)) };
}

function apply(text: string, c: ContentChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/** What must agree: the findings with every field, the severities, failures and the skip note. */
function comparable(run: FileRun): unknown {
  return { findings: run.findings, severities: [...run.severities], failures: run.failures.map((f) => f.ruleId), skipped: run.skipped, optionProblems: run.optionProblems };
}

describe("the editor's incremental analysis (EditSession) equals a from-scratch analysis", function () {
  this.timeout(Number(process.env.COSTLINT_EDIT_TIMEOUT ?? 600_000));

  it("changedSpan: from the editor's changes (checked) or from the texts", () => {
    const before = "const a = 1;\nconst b = 2;\n";
    const after = apply(apply(before, { rangeOffset: 6, rangeLength: 1, text: "xy" }), { rangeOffset: 20, rangeLength: 1, text: "" });
    assert.equal(after, "const xy = 1;\nconst  = 2;\n");
    assert.deepEqual(changedSpan(before, after, [[{ rangeOffset: 6, rangeLength: 1, text: "xy" }], [{ rangeOffset: 20, rangeLength: 1, text: "" }]]), { start: 6, oldEnd: 20, newEnd: 20 });
    // Changes that do not account for the text are ignored: the texts decide.
    assert.deepEqual(changedSpan(before, after, [[{ rangeOffset: 0, rangeLength: 0, text: "zz" }]]), { start: 6, oldEnd: 20, newEnd: 20 });
    assert.equal(changedSpan(before, before), undefined);
  });

  it("random edit sequences on real agent files (fixed seed): findings and estimates equal, comment edits reused", () => {
    const files = corpus();
    assert.ok(files.length >= 5, `agent files found: ${files.length}`);
    const next = random(Number(process.env.COSTLINT_EDIT_SEED ?? 12));
    const steps = Number(process.env.COSTLINT_EDIT_STEPS ?? 20);
    let reused = 0;
    let sliced = 0;
    const whole = new Map<string, number>();
    let incremental = 0;
    let compared = 0;
    let withFindings = 0;
    for (const file of files) {
      const original = fs.readFileSync(file, "utf8");
      let text = original;
      const session = new EditSession<CallView>(file);
      const project = createProject();
      let version = 1;
      for (let step = 0; step < steps; step++) {
        const changes: ContentChange[] = [];
        for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
          const change = randomEdit(text, next);
          changes.push(change);
          text = apply(text, change);
        }
        if (next() < 0.05) text = original; // undo everything (the changes no longer describe the text)
        version++;
        project.files.setOverlay(file, text, version);
        const got = session.lint(text, { ...settings, project }, [changes]);
        if (session.lastLint.reused) reused++;
        if (session.lastLint.sliced) sliced++;
        if (session.lastLint.whole) whole.set(session.lastLint.whole, (whole.get(session.lastLint.whole) ?? 0) + 1);
        if (session.lastLint.parse === "incremental") incremental++;
        const fresh = createProject();
        fresh.files.setOverlay(file, text, version);
        const want = lintFile(file, text, { ...settings, project: fresh });
        assert.deepEqual(comparable(got), comparable(want), `${path.relative(repo, file)} after edit ${step}: ${JSON.stringify(changes)}`);
        if (!want.skipped) {
          // Every step: the session keeps the estimates of each text, so the next edit reuses them.
          const gotCalls = estimateDocument(session, text, settings);
          const wantCalls = estimateText(file, text, settings, fresh);
          assert.deepEqual(gotCalls, wantCalls, `${path.relative(repo, file)} estimates after edit ${step}`);
        }
        if (want.findings.length) withFindings++;
        compared++;
      }
      session.reset();
      if (process.env.COSTLINT_EDIT_VERBOSE) console.log(`    ${path.relative(repo, file)}: ${compared} edits so far, ${sliced} answered per statement`);
    }
    if (process.env.COSTLINT_EDIT_VERBOSE) console.log(`    ${files.length} files, ${compared} edits: ${incremental} incremental parses, ${reused} reused, ${sliced} answered per statement, ${withFindings} with findings; analysed in full: ${JSON.stringify(Object.fromEntries(whole))}`);
    // The test can fail: the fast paths ran, and the files had findings to keep right.
    assert.ok(incremental > compared / 2, `incremental parses: ${incremental} of ${compared}`);
    assert.ok(reused > compared / 10, `findings reused: ${reused} of ${compared}`);
    assert.ok(sliced > compared / 10, `code edits answered per statement: ${sliced} of ${compared}`);
    assert.ok(withFindings > compared / 10, `steps with findings: ${withFindings} of ${compared}`);
  });

  it("an edit in one function changes a finding in another (a shared history), and back", () => {
    const file = path.join(os.tmpdir(), "costlint-edit-session", "shared.ts");
    const a = `import OpenAI from "openai";
const client = new OpenAI();
const messages: { role: "user"; content: string }[] = [];

export async function ask() {
  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages });
}

export function remember(text: string) {
  console.log(text); // keep
}
`;
    const b = a.replace("console.log(text); // keep", "messages.push({ role: \"user\", content: text }); // keep");
    const session = new EditSession(file);
    const history = (run: FileRun) => run.findings.filter((f) => f.ruleId === "no-full-history").map((f) => f.start);
    const before = session.lint(a, settings);
    assert.deepEqual(history(before), []);
    const after = session.lint(b, settings);
    assert.equal(session.lastLint.parse, "incremental");
    assert.equal(session.lastLint.reused, false);
    // Answered per statement: the edited function and ask(), which sends the array it now grows, not the whole file.
    assert.equal(session.lastLint.sliced?.recomputed, 3, JSON.stringify(session.lastLint));
    assert.deepEqual(comparable(after), comparable(lintFile(file, b, settings)));
    assert.equal(history(after).length, 1);
    assert.ok(history(after)[0]! < b.indexOf("export function remember"), "the finding is in ask(), not in the edited function");
    // A comment typed after it keeps the findings, moved.
    const c = b.replace("// keep", "// keep it");
    assert.deepEqual(comparable(session.lint(c, settings)), comparable(lintFile(file, c, settings)));
    assert.equal(session.lastLint.reused, true);
    const d = c.replace("create({", "create({ // the call\n");
    assert.deepEqual(comparable(session.lint(d, settings)), comparable(lintFile(file, d, settings)));
    assert.equal(session.lastLint.reused, false, "a new line: lines moved, analysed again");
    assert.deepEqual(comparable(session.lint(a, settings)), comparable(lintFile(file, a, settings)));
  });

  it("an edit of a wrapper's body changes its callers' findings; functions it does not reach keep theirs", () => {
    const file = path.join(os.tmpdir(), "costlint-edit-session", "wrapper.ts");
    const a = `import OpenAI from "openai";
const client = new OpenAI();

async function ask(q: string) {
  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: q }] });
}

export async function poll() {
  while (true) {
    try {
      return await ask("status?");
    } catch {
      console.log("again");
    }
  }
}

export async function summarize(text: string) {
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
}
`;
    const session = new EditSession(file);
    const retries = (run: FileRun) => run.findings.filter((f) => f.ruleId === "no-unbounded-retry");
    assert.equal(retries(session.lint(a, settings)).length, 1, "the loop retries an LLM call through ask()");
    // ask() no longer calls the model: poll()'s loop is no retry of an LLM call any more.
    const b = a.replace("return client.chat.completions.create({ model: \"gpt-4o\", max_tokens: 100, messages: [{ role: \"user\", content: q }] });", "return q;");
    const after = session.lint(b, settings);
    assert.deepEqual(comparable(after), comparable(lintFile(file, b, settings)));
    assert.equal(retries(after).length, 0);
    assert.deepEqual(session.lastLint.sliced, { recomputed: 2, read: 4, of: 5 }, "ask() and its caller recomputed (with the client and its import read); summarize() kept");
    assert.ok(after.findings.some((f) => f.ruleId === "require-max-tokens" && f.start > b.indexOf("summarize")), "summarize()'s finding kept");
    // And back: a statement typed into summarize() reaches no other function.
    const c = b.replace("  return client.chat.completions.create({ model: \"gpt-4o\", messages", "  const started = Date.now();\n  return client.chat.completions.create({ model: \"gpt-4o\", messages");
    assert.deepEqual(comparable(session.lint(c, settings)), comparable(lintFile(file, c, settings)));
    assert.deepEqual(session.lastLint.sliced, { recomputed: 1, read: 3, of: 5 });
  });

  it("an edit of a caller's callback changes a generic retry helper's finding, and back", () => {
    const file = path.join(os.tmpdir(), "costlint-edit-session", "helper.ts");
    const a = `import OpenAI from "openai";
const client = new OpenAI();

async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await fn();
    } catch {
      console.log("again");
    }
  }
}

export async function ping() {
  return withRetry(async () => "pong");
}

export async function summarize(text: string) {
  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: text }] });
}
`;
    const session = new EditSession(file);
    const retries = (run: FileRun) => run.findings.filter((f) => f.ruleId === "no-unbounded-retry");
    assert.equal(retries(session.lint(a, settings)).length, 0, "the helper is given no model call");
    // ping() now gives it a model call: the helper's loop is judged.
    const b = a.replace(`withRetry(async () => "pong")`, `withRetry(() => summarize("pong"))`);
    const after = session.lint(b, settings);
    assert.deepEqual(comparable(after), comparable(lintFile(file, b, settings)));
    assert.equal(retries(after).length, 1);
    assert.ok(retries(after)[0]!.start < b.indexOf("export async function ping"), "reported at the helper's loop");
    // Answered per statement: the edited caller, and the helper it calls, which reads its callers.
    assert.ok(session.lastLint.sliced, JSON.stringify(session.lastLint));
    const back = session.lint(a, settings);
    assert.deepEqual(comparable(back), comparable(lintFile(file, a, settings)));
    assert.equal(retries(back).length, 0);
  });

  it("a change in an imported module or in the configuration is analysed again, not reused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-edit-session-"));
    try {
      fs.writeFileSync(path.join(dir, "package.json"), "{}");
      const lib = path.join(dir, "lib.ts");
      fs.writeFileSync(lib, `import OpenAI from "openai";\nexport const client = new OpenAI();\nexport const LIMIT = 200;\n`);
      const file = path.join(dir, "agent.ts");
      const text = `import { client } from "./lib";\nexport async function ask(q: string) {\n  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n}\n`;
      const project = createProject();
      const session = new EditSession(file);
      const first = session.lint(text, { ...settings, project });
      assert.ok(first.findings.some((f) => f.ruleId === "require-max-tokens"), "the call through the imported client is seen");
      // The imported module changes (in another editor): the client is no longer an OpenAI client.
      project.files.setOverlay(lib, `export const client = { chat: { completions: { create: async (x: unknown) => x } } };\n`, 2);
      const second = session.lint(text, { ...settings, project });
      assert.equal(session.lastLint.reused, false);
      const fresh = createProject();
      fresh.files.setOverlay(lib, `export const client = { chat: { completions: { create: async (x: unknown) => x } } };\n`, 2);
      assert.deepEqual(comparable(second), comparable(lintFile(file, text, { ...settings, project: fresh })));
      // Another configuration object: analysed again with it.
      const off = { ...settings, project, severityOverrides: { "require-max-tokens": "off" as const } };
      const third = session.lint(text, off);
      assert.equal(session.lastLint.reused, false);
      assert.ok(!third.findings.some((f) => f.ruleId === "require-max-tokens"));
      session.lint(text, off);
      assert.equal(session.lastLint.reused, true, "the same text and settings: kept");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
