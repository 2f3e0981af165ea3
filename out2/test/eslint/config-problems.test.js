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
/** A bad costlint.config.json under ESLint: findings at line 1 (so JSON/SARIF output carries them), never a crash. */
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const plugin_1 = require("../../src/eslint/plugin");
const CALL_FILE = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n`;
describe("ESLint plugin: a bad costlint.config.json", function () {
    this.timeout(120_000);
    let dir;
    beforeEach(() => {
        dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-eslint-config-"));
        node_fs_1.default.mkdirSync(node_path_1.default.join(dir, ".git"));
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "a.ts"), CALL_FILE);
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "b.ts"), CALL_FILE);
    });
    afterEach(() => node_fs_1.default.rmSync(dir, { recursive: true, force: true }));
    const lint = async () => {
        const plugin = (0, plugin_1.createPlugin)();
        const eslint = new eslint_1.ESLint({
            cwd: dir,
            overrideConfigFile: true,
            overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.recommended],
        });
        return eslint.lintFiles(["."]);
    };
    it("keys named after Object.prototype members: no crash; one finding per problem at line 1 of each linted file, naming file:line:column and key", async () => {
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "costlint.config.json"), `{\n  "constructor": 1,\n  "rules": { "no-full-history": ["warn", { "__proto__": 1 }] }\n}`);
        const results = await lint();
        strict_1.default.equal(results.length, 2);
        const file = node_path_1.default.join(dir, "costlint.config.json");
        for (const result of results) {
            const config = result.messages.filter((m) => m.messageId === "configProblem");
            strict_1.default.deepEqual(config.map((m) => [m.line, m.column, m.message]), [
                [1, 1, `costlint configuration: ${file}:2:3: unknown key "constructor" (expected one of defaultModel, defaultModels, assumptions, budget, diff, pricing, rules, includeTests, maxFileSize); ignored`],
                [1, 1, `costlint configuration: ${file}:3:44: rules.no-full-history[1].__proto__: unknown option (expected one of keepTurns); ignored`],
            ]);
            strict_1.default.ok(result.messages.some((m) => m.ruleId === "costlint/require-max-tokens" && m.line === 3), "the lint itself still runs");
        }
    });
    it("a symlink to /dev/zero: one finding, and ESLint finishes", async () => {
        node_fs_1.default.symlinkSync("/dev/zero", node_path_1.default.join(dir, "costlint.config.json"));
        const [result] = await lint();
        const config = result.messages.filter((m) => m.messageId === "configProblem");
        strict_1.default.equal(config.length, 1);
        strict_1.default.match(config[0].message, /costlint\.config\.json: a symbolic link to a file outside its folder/);
    });
    it("a good file: no configuration finding", async () => {
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "costlint.config.json"), `{ "defaultModel": "gpt-4o-mini" }`);
        const results = await lint();
        strict_1.default.equal(results.flatMap((r) => r.messages).filter((m) => m.messageId === "configProblem").length, 0);
    });
});
//# sourceMappingURL=config-problems.test.js.map