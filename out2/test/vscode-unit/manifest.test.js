"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const rules_1 = require("../../src/core/rules");
const schema_1 = require("../../src/core/config/schema");
const file_names_1 = require("../../src/vscode/file-names");
const root = node_path_1.default.resolve(__dirname, "../../..");
const pkg = JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "package.json"), "utf8"));
describe("vscode/manifest (package.json)", () => {
    it("activates only on the languages it serves", () => {
        strict_1.default.deepEqual(pkg.activationEvents, file_names_1.SERVED_LANGUAGES.map((l) => `onLanguage:${l}`));
    });
    it("costlint.rules lists every rule with the three severities (re-run node test/vscode/manifest.mjs after adding one)", () => {
        const rules = pkg.contributes.configuration.properties["costlint.rules"];
        strict_1.default.deepEqual(Object.keys(rules.properties).sort(), rules_1.RULES.map((r) => r.id).sort());
        for (const p of Object.values(rules.properties))
            strict_1.default.deepEqual(p.enum, ["off", "warn", "error"]);
    });
    it("every setting is resource-scoped, with a markdown description", () => {
        for (const [key, p] of Object.entries(pkg.contributes.configuration.properties)) {
            strict_1.default.ok(key.startsWith("costlint."), key);
            strict_1.default.equal(p.scope, "resource", key);
            strict_1.default.ok(p.markdownDescription.length > 20, key);
        }
    });
    it("declares untrusted and virtual workspace support, the icon and the category", () => {
        strict_1.default.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
        strict_1.default.equal(pkg.capabilities.virtualWorkspaces, true);
        strict_1.default.equal(pkg.main, "./dist/extension.js");
        strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(root, pkg.icon)));
        strict_1.default.deepEqual(pkg.categories, ["Linters"]);
        strict_1.default.equal(pkg.devDependencies["@vscode/vsce"], "3.9.2");
        for (const v of pkg.contributes.jsonValidation ?? [])
            strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(root, v.url)), v.url);
    });
    it("the .vscodeignore keeps only what runs", () => {
        const lines = node_fs_1.default.readFileSync(node_path_1.default.join(root, ".vscodeignore"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
        strict_1.default.equal(lines[0], "**");
        strict_1.default.ok(lines.includes("!dist/extension.js"));
        strict_1.default.ok(lines.includes("!dist/engine-api.js"), "the engine bundle the extension loads on first use");
        strict_1.default.ok(!lines.some((l) => /cli|eslint-plugin|\.map|src\//.test(l)));
    });
    it("watches the engine's configuration file name", () => {
        strict_1.default.equal(file_names_1.CONFIG_FILE, schema_1.CONFIG_FILE_NAME);
    });
    it("engine file names pick the parser from the language", () => {
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/b.ts", "typescript"), "/a/b.ts");
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/b.mts", "typescript"), "/a/b.mts");
        strict_1.default.equal((0, file_names_1.engineFileName)("Untitled-1", "javascriptreact"), "Untitled-1.jsx");
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/b.js", "javascriptreact"), "/a/b.js.jsx");
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/b.tsx", "typescriptreact"), "/a/b.tsx");
        // Components keep their extension (the engine reads their script parts); a component language on another name gets it.
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/Chat.vue", "vue"), "/a/Chat.vue");
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/+page.svelte", "svelte"), "/a/+page.svelte");
        strict_1.default.equal((0, file_names_1.engineFileName)("/a/index.astro", "astro"), "/a/index.astro");
        strict_1.default.equal((0, file_names_1.engineFileName)("Untitled-1", "vue"), "Untitled-1.vue");
    });
    it("serves the languages of Vue, Svelte and Astro components, and watches their files", () => {
        for (const language of ["vue", "svelte", "astro"])
            strict_1.default.ok(pkg.activationEvents.includes(`onLanguage:${language}`), language);
    });
});
//# sourceMappingURL=manifest.test.js.map