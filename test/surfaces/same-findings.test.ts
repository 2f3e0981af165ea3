/**
 * The same files and configuration give the same findings on every surface: ESLint (the plugin with its project
 * configuration) and the CLI's engine (lintFiles, which the editor shares through lintFile), compared finding by
 * finding (rule, line, column), on files with templates, JSX and eslint-disable comments.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { lintFiles } from "../../src/cli/lint-command";
import { createPlugin } from "../../src/eslint/plugin";

const root = path.resolve(__dirname, "../../..");

/** Findings of both surfaces on the files under `dir`, as `file:line:column rule`. */
async function bothSurfaces(dir: string): Promise<{ eslint: string[]; cli: string[] }> {
  const plugin = createPlugin();
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser } },
      { files: ["**/*.jsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { linterOptions: { reportUnusedDisableDirectives: "off" } },
      plugin.configs.all,
    ],
  });
  const results = await eslint.lintFiles(["."]);
  const fromEslint = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId?.startsWith("costlint/")).map((m) => `${path.relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId!.slice("costlint/".length)}`),
  );
  const fromCli = lintFiles([dir], { all: true, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.column} ${f.ruleId}`));
  return { eslint: fromEslint.sort(), cli: fromCli.sort() };
}

const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();\n`;
const CALL = `client.chat.completions.create({ model: "gpt-4o", messages: [] })`;

/** Files where a comment scanner that re-scans the text alone loses sync (templates with ${…}, JSX text, regexes). */
const TRICKY: Record<string, string> = {
  "after-template.ts": `${OPENAI}const who = "x";\nconst p = \`hello \${who} // not a comment\`;\n// eslint-disable-next-line costlint/require-max-tokens\nexport const a = () => ${CALL};\nexport const b = () => ${CALL};\n`,
  "prompt-with-directive.ts": `${OPENAI}const n = 1;\nconst prompt = \`step \${n}\n/* eslint-disable */\nthen\`;\nexport const a = () => ${CALL};\n`,
  "nested-template.ts": `${OPENAI}const q = \`a \${\`b \${"c"} /* eslint-disable */\`} d\`;\nexport const a = () => ${CALL}; // eslint-disable-line costlint/require-max-tokens\nexport const b = () => ${CALL};\n`,
  "regex.ts": `${OPENAI}const r = /\\/\\* eslint-disable \\*\\//;\nexport const a = () => ${CALL};\n`,
  "string.ts": `${OPENAI}const s = "/* eslint-disable */";\nexport const a = () => ${CALL};\n`,
  "jsx-text.tsx": `${OPENAI}export const V = () => (\n  <p>\n    // eslint-disable-next-line\n    {${CALL}}\n  </p>\n);\n`,
  "jsx-comment.tsx": `${OPENAI}export const V = () => (\n  <p>\n    {/* eslint-disable-next-line costlint/require-max-tokens */}\n    {${CALL}}\n  </p>\n);\n`,
  "block-multi-line.ts": `${OPENAI}/* eslint-disable-next-line\n   costlint/require-max-tokens */\nexport const a = () => ${CALL};\nexport const b = () => ${CALL}; /* eslint-disable-line\n costlint/require-max-tokens */\n`,
  "file-disable-enable.ts": `${OPENAI}/* eslint-disable costlint/require-max-tokens */\nexport const a = () => ${CALL};\n/* eslint-enable costlint/require-max-tokens */\nexport const b = () => ${CALL};\n`,
};

describe("the same findings on every surface (ESLint and the CLI engine)", function () {
  this.timeout(300_000);

  it("on files with templates, JSX, regexes and disable comments", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-surfaces-"));
    try {
      fs.mkdirSync(path.join(dir, ".git"));
      for (const [name, text] of Object.entries(TRICKY)) fs.writeFileSync(path.join(dir, name), text);
      const { eslint, cli } = await bothSurfaces(dir);
      assert.deepEqual(cli, eslint);
      // Not trivially equal: the directives that must work do, and text that only looks like one does not.
      const caps = cli.filter((f) => f.endsWith(" require-max-tokens")).map((f) => f.split(":").slice(0, 2).join(":"));
      assert.deepEqual(caps, [
        "after-template.ts:7",
        "block-multi-line.ts:6",
        "file-disable-enable.ts:6",
        "jsx-text.tsx:6",
        "nested-template.ts:5",
        "prompt-with-directive.ts:7",
        "regex.ts:4",
        "string.ts:4",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("on the examples project (with its costlint.config.json)", async () => {
    const { eslint, cli } = await bothSurfaces(path.join(root, "examples"));
    assert.ok(cli.length > 10, `${cli.length} findings`);
    assert.deepEqual(cli, eslint);
  });
});
