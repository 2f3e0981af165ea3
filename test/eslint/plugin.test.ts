import assert from "node:assert/strict";
import path from "node:path";
import ts from "typescript";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint as ESLint10 } from "eslint";
import { lintText } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";
import { createPlugin } from "../../src/eslint/plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ESLint: ESLint9 } = require("eslint-v9") as typeof import("eslint");
const root = path.resolve(__dirname, "../../..");

const AGENT_TS = `import OpenAI from "openai";
const client = new OpenAI({ maxRetries: 9 });
const history: OpenAI.ChatCompletionMessageParam[] = [];
export async function turn(text: string) {
  history.push({ role: "user", content: text });
  while (true) {
    try {
      return await client.chat.completions.create({ model: "gpt-4o", messages: history });
    } catch {
      continue;
    }
  }
}
`;

const AGENT_JS = `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic();
export async function run(task) {
  const messages = [{ role: "user", content: task }];
  for (;;) {
    const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages });
    if (res.stop_reason !== "tool_use") return res;
    messages.push({ role: "assistant", content: res.content });
  }
}
`;

type ESLintClass = typeof ESLint10;

function makeEslint(ESLint: ESLintClass, plugin: ReturnType<typeof createPlugin>, parser: "ts" | "espree"): InstanceType<ESLintClass> {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      ...(parser === "ts" ? [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }] : []),
      plugin.configs.all,
    ],
  } as ConstructorParameters<ESLintClass>[0]);
}

function summary(messages: { ruleId: string | null; line: number; column: number }[]): string[] {
  return messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort();
}

describe("ESLint plugin with the real ESLint", () => {
  for (const [name, ESLint] of [
    ["ESLint 10", ESLint10],
    ["ESLint 9", ESLint9],
  ] as const) {
    describe(name, () => {
      it("reports the same findings as the engine on TypeScript with @typescript-eslint/parser", async () => {
        const eslint = makeEslint(ESLint, createPlugin(), "ts");
        const [result] = await eslint.lintText(AGENT_TS, { filePath: path.join(root, "agent.ts") });
        const engine = lintText("agent.ts", AGENT_TS, RULES.map((rule) => ({ rule })));
        const expected = engine.findings.map((f) => {
          const before = AGENT_TS.slice(0, f.start).split("\n");
          return `costlint/${f.ruleId}@${before.length}:${before[before.length - 1]!.length + 1}`;
        });
        assert.ok(expected.length >= 4, `engine found ${expected.length}`);
        assert.deepEqual(summary(result!.messages), expected.sort());
        assert.ok(result!.messages.some((m) => m.ruleId === "costlint/no-full-history"));
        assert.ok(result!.messages.some((m) => m.ruleId === "costlint/no-unbounded-retry" && m.line === 2));
      });

      it("works with ESLint's default parser on JavaScript", async () => {
        const eslint = makeEslint(ESLint, createPlugin(), "espree");
        const [result] = await eslint.lintText(AGENT_JS, { filePath: path.join(root, "agent.mjs") });
        assert.deepEqual(summary(result!.messages), ["costlint/no-full-history@6:96", "costlint/require-iteration-cap@5:3"]);
        assert.match(result!.messages[0]!.message, /no iteration cap/);
      });
    });
  }

  it("reuses the TypeScript AST of @typescript-eslint/parser, and parses once for espree, shared by every rule", async () => {
    for (const [parser, file, text, reusedExpected] of [
      ["ts", "a.ts", AGENT_TS, true],
      ["espree", "a.mjs", AGENT_JS, false],
    ] as const) {
      const seen: { sourceFile: ts.SourceFile; reused: boolean }[] = [];
      const plugin = createPlugin({ onSourceFile: (sourceFile, reused) => seen.push({ sourceFile, reused }) });
      const [result] = await makeEslint(ESLint10, plugin, parser).lintText(text, { filePath: path.join(root, file) });
      assert.ok(result!.messages.length > 0);
      assert.equal(seen.length, RULES.length, "every rule ran");
      assert.ok(seen.every((s) => s.reused === reusedExpected), `reused parser AST: ${reusedExpected}`);
      assert.equal(new Set(seen.map((s) => s.sourceFile)).size, 1, "one AST for all rules");
      assert.equal(seen[0]!.sourceFile.text, text);
    }
  });

  it("never crashes ESLint: an internal error reports nothing for the rule and says so once per file", async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const plugin = createPlugin({
        env: () => {
          throw new Error("boom");
        },
      });
      const [result] = await makeEslint(ESLint10, plugin, "ts").lintText(AGENT_TS, { filePath: path.join(root, "b.ts") });
      assert.deepEqual(result!.messages, []);
      assert.equal(warnings.length, RULES.length);
      assert.ok(warnings.every((w) => /costlint: rule [a-z-]+ failed on .*b\.ts.*boom/.test(w)));
    } finally {
      console.warn = warn;
    }
  });

  it("skips a file above the size limit with one message", async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const big = AGENT_TS + "\n" + "// filler\n".repeat(300_000);
      const [result] = await makeEslint(ESLint10, createPlugin(), "espree").lintText(big.replace(/: OpenAI\.ChatCompletionMessageParam\[\]/, "").replace("(text: string)", "(text)"), {
        filePath: path.join(root, "big.mjs"),
      });
      assert.deepEqual(result!.messages, []);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /costlint skipped .*big\.mjs: 3\.\d MB is above the 2\.0 MB limit/);
    } finally {
      console.warn = warn;
    }
  });

  it("rejects unknown rule options the ESLint way", async () => {
    const eslint = new ESLint10({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { costlint: createPlugin() }, rules: { "costlint/no-unbounded-retry": ["error", { maxAtempts: 3 }] } }],
    });
    await assert.rejects(eslint.lintText("x", { filePath: path.join(root, "c.mjs") }), /Unexpected property "maxAtempts"/);
  });
});

describe("the built plugin bundles", () => {
  it("load as CommonJS and ESM with the same rules and configs", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cjs = require(path.join(root, "dist/eslint-plugin.cjs"));
    const esm = (await import(path.join(root, "dist/eslint-plugin.mjs"))).default;
    const ids = RULES.map((r) => r.id).sort();
    assert.deepEqual(Object.keys(cjs.rules).sort(), ids);
    assert.deepEqual(Object.keys(esm.rules).sort(), ids);
    assert.deepEqual(Object.keys(cjs.configs).sort(), ["all", "recommended"]);
    assert.equal(cjs.configs.recommended.plugins.costlint, cjs);
  });

  it("lints with ESLint when loaded from the bundle", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cjs = require(path.join(root, "dist/eslint-plugin.cjs"));
    const eslint = new ESLint10({ cwd: root, overrideConfigFile: true, overrideConfig: [cjs.configs.recommended] });
    const [result] = await eslint.lintText(AGENT_JS, { filePath: path.join(root, "d.mjs") });
    assert.deepEqual(summary(result!.messages), ["costlint/no-full-history@6:96", "costlint/require-iteration-cap@5:3"]);
  });
});
