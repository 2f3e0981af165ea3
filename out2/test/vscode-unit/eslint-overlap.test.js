"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const eslint_overlap_rules_1 = require("../../src/vscode/eslint-overlap-rules");
describe("vscode/eslint-overlap (costlint.diagnostics)", () => {
    it("auto: shown unless the ESLint extension runs costlint's rules through the workspace's ESLint config", () => {
        strict_1.default.deepEqual((0, eslint_overlap_rules_1.decideDiagnostics)("auto", undefined), { show: true });
        const hidden = (0, eslint_overlap_rules_1.decideDiagnostics)("auto", "eslint.config.mjs");
        strict_1.default.equal(hidden.show, false);
        strict_1.default.match(hidden.reason, /eslint\.config\.mjs loads costlint/);
    });
    it("on and off whatever ESLint does", () => {
        strict_1.default.deepEqual((0, eslint_overlap_rules_1.decideDiagnostics)("on", "eslint.config.mjs"), { show: true });
        strict_1.default.equal((0, eslint_overlap_rules_1.decideDiagnostics)("off", undefined).show, false);
    });
    it("an unknown setting value is auto", () => {
        strict_1.default.equal((0, eslint_overlap_rules_1.parseDiagnosticsMode)("on"), "on");
        strict_1.default.equal((0, eslint_overlap_rules_1.parseDiagnosticsMode)("off"), "off");
        strict_1.default.equal((0, eslint_overlap_rules_1.parseDiagnosticsMode)("yes"), "auto");
        strict_1.default.equal((0, eslint_overlap_rules_1.parseDiagnosticsMode)(undefined), "auto");
    });
});
//# sourceMappingURL=eslint-overlap.test.js.map