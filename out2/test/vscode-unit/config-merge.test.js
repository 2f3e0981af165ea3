"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const load_1 = require("../../src/core/config/load");
const config_merge_1 = require("../../src/vscode/config-merge");
const base = { enable: true, inlineCost: true };
const file = (json) => (0, load_1.parseConfigText)(JSON.stringify(json), "/p/costlint.config.json");
describe("vscode/config-merge (file < settings)", () => {
    it("keeps the file's values when nothing is set", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ defaultModel: "gpt-4o-mini", assumptions: { turns: 8 } }), base);
        strict_1.default.equal(r.config.defaultModel, "gpt-4o-mini");
        strict_1.default.equal(r.config.assumptions.turns, 8);
        strict_1.default.deepEqual(r.severityOverrides, {});
        strict_1.default.deepEqual([...r.fileProblems, ...r.settingProblems], []);
        strict_1.default.equal(r.file, "/p/costlint.config.json");
    });
    it("settings win over the file, key by key", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ defaultModel: "gpt-4o-mini", assumptions: { turns: 8, unresolvedTokens: 100 }, budget: { perCallUsd: 1 } }), {
            ...base,
            defaultModel: "claude-haiku-4-5",
            turns: 30,
            rules: { "require-max-tokens": "error", "costlint/no-full-history": "off" },
        });
        strict_1.default.equal(r.config.defaultModel, "claude-haiku-4-5");
        strict_1.default.deepEqual(r.config.assumptions, { turns: 30, unresolvedTokens: 100, replyTokens: 400 });
        strict_1.default.equal(r.config.budget.perCallUsd, 1);
        strict_1.default.deepEqual(r.severityOverrides, { "require-max-tokens": "error", "no-full-history": "off" });
    });
    it("pricing overrides from settings go over the file's", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ pricing: [{ id: "gpt-4o", inputPerMTok: 3 }] }), { ...base, pricing: [{ id: "gpt-4o", outputPerMTok: 20 }] });
        const gpt4o = r.pricing.models.find((m) => m.id === "gpt-4o");
        strict_1.default.equal(gpt4o.inputPerMTok, 3);
        strict_1.default.equal(gpt4o.outputPerMTok, 20);
    });
    it("a bad setting: one problem naming the setting and the key, the file's value kept", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ assumptions: { turns: 8 } }), { ...base, turns: 0, rules: { "no-such-rule": "warn", "require-max-tokens": "loud" }, pricing: [{ id: "new-model", inputPerMTok: 1 }] });
        strict_1.default.equal(r.config.assumptions.turns, 8);
        strict_1.default.equal(r.settingProblems.length, 4, r.settingProblems.join("\n"));
        strict_1.default.match(r.settingProblems[0], /^VS Code setting "costlint\.assumptions\.turns": .*got 0; using 8$/);
        strict_1.default.match(r.settingProblems.join("\n"), /costlint\.pricing.*"new-model" is not a known model, so it must give provider/);
        strict_1.default.match(r.settingProblems.join("\n"), /costlint\.rules.*unknown rule "no-such-rule"/);
        strict_1.default.match(r.settingProblems.join("\n"), /costlint\.rules.*"require-max-tokens": expected "off", "warn" or "error", got "loud"/);
    });
    it("a default model missing from the pricing table is named", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({}), { ...base, defaultModel: "gpt-9" });
        strict_1.default.match(r.settingProblems.join("\n"), /costlint\.defaultModel.*"gpt-9" is not in the pricing table/);
    });
    it("the file's own problems pass through", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ defaultModle: "x" }), base);
        strict_1.default.match(r.fileProblems[0], /^\/p\/costlint\.config\.json:1:2: unknown key "defaultModle"/);
    });
    it("settings with keys named after Object.prototype members: named, ignored, never a crash", () => {
        const rules = JSON.parse(`{ "constructor": "warn", "__proto__": "error", "toString": "off" }`);
        const pricing = JSON.parse(`[{ "id": "gpt-4o", "__proto__": { "inputPerMTok": 0 } }]`);
        const r = (0, config_merge_1.mergeEditorSettings)(file({}), { ...base, rules, pricing });
        strict_1.default.deepEqual(Object.keys(r.severityOverrides), []);
        strict_1.default.equal(Object.getPrototypeOf(r.severityOverrides), Object.prototype);
        for (const key of ["constructor", "__proto__", "toString"])
            strict_1.default.match(r.settingProblems.join("\n"), new RegExp(`unknown rule "${key.replace(/_/g, "_")}"`));
        strict_1.default.match(r.settingProblems.join("\n"), /costlint\.pricing.*__proto__/);
    });
    it("the file's unknown defaultModel is said once (by the file), not again as a setting", () => {
        const r = (0, config_merge_1.mergeEditorSettings)(file({ defaultModel: "gpt-9" }), base);
        strict_1.default.equal([...r.fileProblems, ...r.settingProblems].filter((p) => p.includes('"gpt-9"')).length, 1);
    });
});
//# sourceMappingURL=config-merge.test.js.map