"use strict";
/** The decision behind costlint.diagnostics, without `vscode` (unit-tested). */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ESLINT_CONFIG_GLOB = exports.ESLINT_EXTENSION_ID = void 0;
exports.decideDiagnostics = decideDiagnostics;
exports.parseDiagnosticsMode = parseDiagnosticsMode;
exports.ESLINT_EXTENSION_ID = "dbaeumer.vscode-eslint";
/** ESLint flat config files (ESLint 9 and 10). */
exports.ESLINT_CONFIG_GLOB = "**/eslint.config.{js,mjs,cjs,ts,mts,cts}";
/**
 * Whether costlint publishes its diagnostics. `eslintConfig`: the ESLint config through which the (installed and
 * enabled) ESLint extension runs costlint's rules on the file, if any.
 */
function decideDiagnostics(mode, eslintConfig) {
    if (mode === "on")
        return { show: true };
    if (mode === "off")
        return { show: false, reason: "costlint.diagnostics is off" };
    if (eslintConfig === undefined)
        return { show: true };
    return { show: false, reason: `the ESLint extension reports costlint's rules here (${eslintConfig} loads costlint): costlint shows the cost only (costlint.diagnostics: "on" shows both)` };
}
function parseDiagnosticsMode(value) {
    return value === "on" || value === "off" ? value : "auto";
}
//# sourceMappingURL=eslint-overlap-rules.js.map