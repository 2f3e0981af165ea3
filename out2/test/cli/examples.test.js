"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const files_1 = require("../../src/cli/files");
const lint_command_1 = require("../../src/cli/lint-command");
const root = node_path_1.default.resolve(__dirname, "../../..");
const examples = node_path_1.default.join(root, "examples");
/** `// expect: rule-a, rule-b` at the end of a line: the findings that line must have. */
function expectations(file) {
    const lines = node_fs_1.default.readFileSync(file, "utf8").split("\n");
    const out = [];
    lines.forEach((line, i) => {
        const match = /\/\/ expect: ([a-z-]+(?:, [a-z-]+)*)\s*$/.exec(line);
        if (match)
            for (const rule of match[1].split(", "))
                out.push(`${node_path_1.default.relative(root, file)}:${i + 1} ${rule}`);
    });
    return out;
}
describe("examples/ (the README's main job)", () => {
    it("reports exactly the marked mistakes and nothing in their correct versions", () => {
        const files = (0, files_1.collectFiles)([examples]);
        strict_1.default.ok(files.length >= 6);
        const expected = files.flatMap(expectations).sort();
        const actual = (0, lint_command_1.lintFiles)([examples], { all: true, cwd: root })
            .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
            .sort();
        strict_1.default.ok(expected.length >= 20, `${expected.length} marked mistakes`);
        strict_1.default.deepEqual(actual, expected);
    });
    it("covers every rule at least once", () => {
        const rules = new Set((0, files_1.collectFiles)([examples]).flatMap(expectations).map((e) => e.split(" ")[1]));
        for (const id of ["no-unbounded-retry", "require-retry-backoff", "require-iteration-cap", "no-full-history", "no-loose-tool-schema", "require-max-tokens"]) {
            strict_1.default.ok(rules.has(id), id);
        }
    });
});
//# sourceMappingURL=examples.test.js.map