"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const rules_1 = require("../../src/core/rules");
const root = node_path_1.default.resolve(__dirname, "../../..");
describe("the Marketplace page (docs/marketplace.md, the .vsix's README)", () => {
    const page = node_fs_1.default.readFileSync(node_path_1.default.join(root, "docs/marketplace.md"), "utf8");
    it("is what package-vsix.mjs packs as README.md", () => {
        const script = node_fs_1.default.readFileSync(node_path_1.default.join(root, "test/vscode/package-vsix.mjs"), "utf8");
        strict_1.default.match(script, /docs\/marketplace\.md/);
    });
    it("links every rule's page and lists every setting", () => {
        for (const rule of rules_1.RULES)
            strict_1.default.ok(page.includes(`](docs/rules/${rule.id}.md)`), rule.id);
        const pkg = JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "package.json"), "utf8"));
        for (const key of Object.keys(pkg.contributes.configuration.properties))
            strict_1.default.ok(page.includes(`\`${key}\``), key);
    });
    it("speaks to users: no development commands", () => {
        strict_1.default.doesNotMatch(page, /npm (ci|run|test)|mocha|esbuild/);
        strict_1.default.ok(node_fs_1.default.existsSync(node_path_1.default.join(root, page.match(/\]\((media\/[^)]+)\)/)[1])));
    });
});
//# sourceMappingURL=marketplace.test.js.map