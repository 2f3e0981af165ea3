"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const rules_1 = require("../../src/core/rules");
const eslint_1 = require("../../src/eslint");
const root = node_path_1.default.resolve(__dirname, "../../..");
const docsDir = node_path_1.default.join(root, "docs/rules");
const testsDir = node_path_1.default.join(root, "test/rules");
describe("rule meta", () => {
    it("every rule id is kebab-case with a no-/require-/max-/prefer- prefix and unique", () => {
        const ids = rules_1.RULES.map((r) => r.id);
        strict_1.default.equal(new Set(ids).size, ids.length);
        for (const id of ids)
            strict_1.default.match(id, /^(no|require|max|prefer)-[a-z]+(-[a-z]+)*$/);
    });
    it("the rule file is named after the id", () => {
        for (const rule of rules_1.RULES)
            strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(root, "src/core/rules", `${rule.id}.ts`)), rule.id);
    });
    it("every rule has a docs page, a test file, and its docs URL matches its id", () => {
        for (const rule of rules_1.RULES) {
            strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(docsDir, `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
            strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(testsDir, `${rule.id}.test.ts`)), `test/rules/${rule.id}.test.ts`);
            strict_1.default.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`), rule.docsUrl);
            strict_1.default.equal(eslint_1.plugin.rules[rule.id]?.meta?.docs?.url, rule.docsUrl);
        }
    });
    it("no orphan docs pages or rule files", () => {
        const ids = new Set(rules_1.RULES.map((r) => r.id));
        for (const file of node_fs_1.default.readdirSync(docsDir))
            strict_1.default.ok(ids.has(file.replace(/\.md$/, "")), `orphan docs/rules/${file}`);
        for (const file of node_fs_1.default.readdirSync(node_path_1.default.join(root, "src/core/rules"))) {
            if (file === "index.ts")
                continue;
            strict_1.default.ok(ids.has(file.replace(/\.ts$/, "")), `orphan src/core/rules/${file}`);
        }
    });
    it("each docs page has its title, description, examples, options with every key and default, and when not to use it", () => {
        for (const rule of rules_1.RULES) {
            const page = node_fs_1.default.readFileSync(node_path_1.default.join(docsDir, `${rule.id}.md`), "utf8");
            strict_1.default.ok(page.startsWith(`# costlint/${rule.id}\n\n${rule.meta.description}\n`), `${rule.id}: title and description`);
            for (const heading of ["## What it catches, and why it costs money", "## Examples", "## Options", "## When not to use it"]) {
                strict_1.default.ok(page.includes(heading), `${rule.id}: ${heading}`);
            }
            strict_1.default.ok(page.includes("❌") && page.includes("✅ Correct"), `${rule.id}: ❌ / ✅ examples`);
            const defaults = rule.options.parse({});
            for (const [key, value] of Object.entries(defaults)) {
                strict_1.default.ok(page.includes(`| \`${key}\` | \`${JSON.stringify(value)}\` |`), `${rule.id}: option ${key} with default ${JSON.stringify(value)}`);
            }
            const recommended = rule.meta.recommended ? `In \`recommended\` (${rule.meta.recommended})` : "Not in `recommended`";
            strict_1.default.ok(page.includes(recommended), `${rule.id}: says ${recommended}`);
            strict_1.default.equal(page.includes("has suggestions"), !!rule.meta.hasSuggestions, `${rule.id}: suggestions badge`);
        }
    });
    it("every option has a default and a description", () => {
        for (const rule of rules_1.RULES) {
            for (const [key, schema] of Object.entries(rule.options.shape)) {
                const s = schema;
                strict_1.default.ok(s.description, `${rule.id}.${key} description`);
                strict_1.default.ok(s.safeParse(undefined).success, `${rule.id}.${key} default`);
            }
        }
    });
    it("messages say what to do, and use only placeholders", () => {
        for (const rule of rules_1.RULES) {
            for (const [id, message] of Object.entries(rule.meta.messages)) {
                strict_1.default.ok(!/\$\{/.test(message), `${rule.id}.${id}: template literal`);
                strict_1.default.ok(message.length > 10, `${rule.id}.${id}`);
            }
        }
    });
    it("a message's first sentence (what, what it costs) fits in about 120 characters; the details are in the docs", () => {
        // Placeholders stand for typical values: a call label, a name, a figure (the longest real ones are in the docs).
        const typical = {
            call: "client.chat.completions.create()", what: "a full model call", why: "maxSteps: 20, the default", name: "withRetry",
            attempts: "10", max: "3", retries: "2", calls: "100", value: "9", outputTokens: "16,384", cost: "$0.164", budget: "$0.100",
            where: "a module-level array grown every call", fix: "", model: "gpt-4o (assumed model)",
        };
        const over = [];
        for (const rule of rules_1.RULES) {
            for (const [id, message] of Object.entries(rule.meta.messages)) {
                const filled = message.replace(/\{\{(\w+)\}\}/g, (_, key) => typical[key] ?? "x".repeat(10));
                const first = filled.split(/(?<=[.?!])\s/)[0];
                if (first.length > 125)
                    over.push(`${rule.id}/${id} (${first.length}): ${first}`);
            }
        }
        strict_1.default.deepEqual(over, []);
    });
    it("configs: recommended holds the recommended rules at their severity, all holds every rule", () => {
        const recommended = eslint_1.plugin.configs.recommended.rules ?? {};
        const all = eslint_1.plugin.configs.all.rules ?? {};
        for (const rule of rules_1.RULES) {
            strict_1.default.equal(recommended[`costlint/${rule.id}`], rule.meta.recommended || undefined);
            strict_1.default.ok(all[`costlint/${rule.id}`], rule.id);
        }
    });
});
//# sourceMappingURL=meta.test.js.map