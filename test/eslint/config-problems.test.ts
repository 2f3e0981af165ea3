/** A bad costlint.config.json under ESLint: findings at line 1 (so JSON/SARIF output carries them), never a crash. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { createPlugin } from "../../src/eslint/plugin";

const CALL_FILE = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n`;

describe("ESLint plugin: a bad costlint.config.json", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-eslint-config-"));
    fs.mkdirSync(path.join(dir, ".git"));
    fs.writeFileSync(path.join(dir, "a.ts"), CALL_FILE);
    fs.writeFileSync(path.join(dir, "b.ts"), CALL_FILE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const lint = async (): Promise<ESLint.LintResult[]> => {
    const plugin = createPlugin();
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.recommended],
    });
    return eslint.lintFiles(["."]);
  };

  it("keys named after Object.prototype members: no crash; one finding per problem at line 1 of each linted file, naming file:line:column and key", async () => {
    fs.writeFileSync(path.join(dir, "costlint.config.json"), `{\n  "constructor": 1,\n  "rules": { "no-full-history": ["warn", { "__proto__": 1 }] }\n}`);
    const results = await lint();
    assert.equal(results.length, 2);
    const file = path.join(dir, "costlint.config.json");
    for (const result of results) {
      const config = result.messages.filter((m) => m.messageId === "configProblem");
      assert.deepEqual(
        config.map((m) => [m.line, m.column, m.message]),
        [
          [1, 1, `costlint configuration: ${file}:2:3: unknown key "constructor" (expected one of defaultModel, defaultModels, assumptions, budget, diff, pricing, rules, includeTests, maxFileSize); ignored`],
          [1, 1, `costlint configuration: ${file}:3:44: rules.no-full-history[1].__proto__: unknown option (expected one of keepTurns); ignored`],
        ],
      );
      assert.ok(result.messages.some((m) => m.ruleId === "costlint/require-max-tokens" && m.line === 3), "the lint itself still runs");
    }
  });

  it("a symlink to /dev/zero: one finding, and ESLint finishes", async () => {
    fs.symlinkSync("/dev/zero", path.join(dir, "costlint.config.json"));
    const [result] = await lint();
    const config = result!.messages.filter((m) => m.messageId === "configProblem");
    assert.equal(config.length, 1);
    assert.match(config[0]!.message, /costlint\.config\.json: a symbolic link to a file outside its folder/);
  });

  it("a good file: no configuration finding", async () => {
    fs.writeFileSync(path.join(dir, "costlint.config.json"), `{ "defaultModel": "gpt-4o-mini" }`);
    const results = await lint();
    assert.equal(results.flatMap((r) => r.messages).filter((m) => m.messageId === "configProblem").length, 0);
  });
});
