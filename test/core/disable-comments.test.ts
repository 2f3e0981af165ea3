import assert from "node:assert/strict";
import path from "node:path";
import { ESLint } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { defaultConfig } from "../../src/core/config/schema";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { lintFile } from "../../src/core/run";
import { createPlugin } from "../../src/eslint/plugin";

const BASE = `import OpenAI from "openai";
const client = new OpenAI();
export const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });
`;

const CASES: Record<string, string> = {
  none: BASE,
  nextLine: BASE.replace("export const a", "// eslint-disable-next-line costlint/require-max-tokens\nexport const a"),
  nextLineWithReason: BASE.replace("export const a", "// eslint-disable-next-line costlint/require-max-tokens -- capped by the proxy\nexport const a"),
  nextLineOtherRule: BASE.replace("export const a", "// eslint-disable-next-line costlint/no-full-history\nexport const a"),
  nextLineOtherPlugin: BASE.replace("export const a", "// eslint-disable-next-line no-console\nexport const a"),
  nextLineAll: BASE.replace("export const a", "// eslint-disable-next-line\nexport const a"),
  sameLine: BASE.replace("messages: [] });", "messages: [] }); // eslint-disable-line costlint/require-max-tokens"),
  block: `/* eslint-disable costlint/require-max-tokens */\n${BASE}`,
  blockThenEnable: `/* eslint-disable costlint/require-max-tokens */\n/* eslint-enable costlint/require-max-tokens */\n${BASE}`,
  lineCommentFileDisableIgnored: `// eslint-disable costlint/require-max-tokens\n${BASE}`,
  // long runs of blanks inside the directive (the pattern reads it in linear time) and trailing blanks
  nextLineLongBlanks: BASE.replace("export const a", `/* eslint-disable-next-line   costlint/require-max-tokens${" ".repeat(20_000)}-- why${" ".repeat(20_000)}*/\nexport const a`),
  blockTrailingBlanks: `/* eslint-disable costlint/require-max-tokens${" \t".repeat(5_000)}*/\n${BASE}`,
};

describe("eslint-disable comments: the CLI and editor engine agree with ESLint", () => {
  const settings = { config: defaultConfig(), pricing: defaultPricingTable() };
  const eslint = new ESLint({
    cwd: path.resolve(__dirname, "../../.."),
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser }, linterOptions: { reportUnusedDisableDirectives: "off" } },
      { plugins: { costlint: createPlugin({}) }, rules: { "costlint/require-max-tokens": "warn" } },
    ],
  });

  for (const [name, text] of Object.entries(CASES)) {
    it(name, async () => {
      const ours = lintFile("x.ts", text, settings).findings.filter((f) => f.ruleId === "require-max-tokens").length;
      const [result] = await eslint.lintText(text, { filePath: path.resolve(__dirname, "../../../x.ts") });
      const theirs = result!.messages.filter((m) => m.ruleId === "costlint/require-max-tokens").length;
      assert.equal(ours, theirs, `engine ${ours}, ESLint ${theirs}`);
    });
  }

  it("suppresses where it should (the table above is not trivially all-equal)", () => {
    const counts = Object.fromEntries(Object.entries(CASES).map(([n, t]) => [n, lintFile("x.ts", t, settings).findings.filter((f) => f.ruleId === "require-max-tokens").length]));
    assert.deepEqual(counts, { none: 1, nextLine: 0, nextLineWithReason: 0, nextLineOtherRule: 1, nextLineOtherPlugin: 1, nextLineAll: 0, sameLine: 0, block: 0, blockThenEnable: 1, lineCommentFileDisableIgnored: 1, nextLineLongBlanks: 0, blockTrailingBlanks: 0 });
  });
});
