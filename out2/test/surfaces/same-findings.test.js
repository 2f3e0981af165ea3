"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The same files and configuration give the same findings on every surface: ESLint (the plugin with its project
 * configuration) and the CLI's engine (lintFiles, which the editor shares through lintFile), compared finding by
 * finding (rule, line, column), on files with templates, JSX and eslint-disable comments.
 */
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const lint_command_1 = require("../../src/cli/lint-command");
const plugin_1 = require("../../src/eslint/plugin");
const root = node_path_1.default.resolve(__dirname, "../../..");
/** Findings of both surfaces on the files under `dir`, as `file:line:column rule`. */
async function bothSurfaces(dir) {
    const plugin = (0, plugin_1.createPlugin)();
    const eslint = new eslint_1.ESLint({
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
    const fromEslint = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith("costlint/")).map((m) => `${node_path_1.default.relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId.slice("costlint/".length)}`));
    const fromCli = (0, lint_command_1.lintFiles)([dir], { all: true, cwd: dir }).flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.column} ${f.ruleId}`));
    return { eslint: fromEslint.sort(), cli: fromCli.sort() };
}
const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();\n`;
const CALL = `client.chat.completions.create({ model: "gpt-4o", messages: [] })`;
/** Files where a comment scanner that re-scans the text alone loses sync (templates with ${…}, JSX text, regexes). */
const TRICKY = {
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
        const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-surfaces-"));
        try {
            node_fs_1.default.mkdirSync(node_path_1.default.join(dir, ".git"));
            for (const [name, text] of Object.entries(TRICKY))
                node_fs_1.default.writeFileSync(node_path_1.default.join(dir, name), text);
            const { eslint, cli } = await bothSurfaces(dir);
            strict_1.default.deepEqual(cli, eslint);
            // Not trivially equal: the directives that must work do, and text that only looks like one does not.
            const caps = cli.filter((f) => f.endsWith(" require-max-tokens")).map((f) => f.split(":").slice(0, 2).join(":"));
            strict_1.default.deepEqual(caps, [
                "after-template.ts:7",
                "block-multi-line.ts:6",
                "file-disable-enable.ts:6",
                "jsx-text.tsx:6",
                "nested-template.ts:5",
                "prompt-with-directive.ts:7",
                "regex.ts:4",
                "string.ts:4",
            ]);
        }
        finally {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        }
    });
    it("on the examples project (with its costlint.config.json)", async () => {
        const { eslint, cli } = await bothSurfaces(node_path_1.default.join(root, "examples"));
        strict_1.default.ok(cli.length > 10, `${cli.length} findings`);
        strict_1.default.deepEqual(cli, eslint);
    });
});
//# sourceMappingURL=same-findings.test.js.map