"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const engine_1 = require("../../src/core/engine");
const rules_1 = require("../../src/core/rules");
const root = node_path_1.default.resolve(__dirname, "../../..");
const PACKAGES = ["typescript/lib", "zod", "js-tiktoken", "eslint/lib", "@typescript-eslint/typescript-estree/dist", "mocha/lib", "esbuild/lib"];
function sourceFiles(dir, out = []) {
    for (const entry of node_fs_1.default.readdirSync(dir, { withFileTypes: true })) {
        const full = node_path_1.default.join(dir, entry.name);
        if (entry.isDirectory())
            sourceFiles(full, out);
        else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name))
            out.push(full);
    }
    return out;
}
const enabled = rules_1.RULES.map((rule) => ({ rule }));
describe("robustness on large real code", function () {
    this.timeout(600_000);
    it("runs every rule over every .ts/.js file of large installed packages without an exception", () => {
        const files = PACKAGES.flatMap((p) => sourceFiles(node_path_1.default.join(root, "node_modules", p)));
        strict_1.default.ok(files.length > 500, `found ${files.length} files`);
        let skipped = 0;
        let bytes = 0;
        for (const file of files) {
            const text = node_fs_1.default.readFileSync(file, "utf8");
            bytes += text.length;
            const result = (0, engine_1.lintText)(file, text, enabled);
            strict_1.default.deepEqual(result.failures.map((f) => `${f.ruleId}: ${String(f.error)}`), [], file);
            if (text.length > engine_1.DEFAULT_MAX_FILE_SIZE) {
                skipped++;
                strict_1.default.match(result.skipped ?? "", /costlint skipped .*: \d+\.\d MB is above the 2\.0 MB limit \(maxFileSize\)\./);
            }
            else {
                strict_1.default.equal(result.skipped, undefined);
            }
        }
        strict_1.default.ok(skipped >= 1, "typescript.js and the tokenizer ranks are above the limit");
        strict_1.default.ok(bytes > 20_000_000, `read ${bytes} bytes`);
    });
    it("analyses the largest files (9 MB typescript.js) without an exception when the limit is raised", () => {
        const big = ["typescript/lib/typescript.js", "typescript/lib/_tsc.js"].map((p) => node_path_1.default.join(root, "node_modules", p));
        for (const file of big) {
            const text = node_fs_1.default.readFileSync(file, "utf8");
            strict_1.default.ok(text.length > 5_000_000);
            const result = (0, engine_1.lintText)(file, text, enabled, { maxFileSize: 50_000_000 });
            strict_1.default.equal(result.skipped, undefined);
            strict_1.default.deepEqual(result.failures, []);
        }
    });
    it("gives no finding and no exception on malformed and odd code", () => {
        const odd = [
            "",
            "\uFEFF",
            "import OpenAI from 'openai'; const c = new OpenAI(); c.chat.completions.create({",
            "while (true) { try { await c.chat.completions.create( } catch",
            "class { this.x = ",
            "for (;;) {}".repeat(2000),
            "(".repeat(5000), // overflows TypeScript's own parser: skipped with a note
            "a".repeat(100_000),
            `import OpenAI from "openai"; const c = new OpenAI(); const f = (x = c) => x.chat.completions.create({ model: \`\${"a".repeat(3)}\`, messages: [] });`,
            "import * as z from 'zod'; z.object({ a: z.any() }).passthrough().passthrough();",
            "const x = <div>{(await import('openai')).default}</div>;",
            "label: for (;;) { continue label; }",
        ];
        for (const text of odd) {
            for (const name of ["odd.ts", "odd.tsx", "odd.js"]) {
                const result = (0, engine_1.lintText)(name, text, enabled);
                strict_1.default.deepEqual(result.failures, [], `${name}: ${text.slice(0, 60)}`);
                if (result.skipped)
                    strict_1.default.match(result.skipped, /^costlint could not parse odd\.(ts|tsx|js): Maximum call stack/);
            }
        }
    });
    it("terminates on deeply nested and self-referential code", () => {
        const selfRef = `import OpenAI from "openai"; let a = b; let b = a; const c = a.chat.completions.create({ model: "x", messages: [] });
      class K { x = this.y; y = this.x; go() { return this.x.responses.create({}); } }
      function f(): unknown { return f(); }`;
        const nested = `import OpenAI from "openai"; const c = new OpenAI();` + "function g() {".repeat(500) + "c.chat.completions.create({ model: 'x', messages: [] });" + "}".repeat(500);
        for (const text of [selfRef, nested]) {
            const result = (0, engine_1.lintText)("x.ts", text, enabled);
            strict_1.default.deepEqual(result.failures, []);
        }
        strict_1.default.equal((0, engine_1.lintText)("x.ts", nested, enabled).findings.filter((f) => f.ruleId === "require-max-tokens").length, 1);
    });
});
//# sourceMappingURL=robustness.test.js.map