/** The decision behind costlint.diagnostics, without `vscode` (unit-tested). */

export type DiagnosticsMode = "auto" | "on" | "off";

export const ESLINT_EXTENSION_ID = "dbaeumer.vscode-eslint";
/** ESLint flat config files (ESLint 9 and 10). */
export const ESLINT_CONFIG_GLOB = "**/eslint.config.{js,mjs,cjs,ts,mts,cts}";

/**
 * Whether costlint publishes its diagnostics. `eslintConfig`: the ESLint config through which the (installed and
 * enabled) ESLint extension runs costlint's rules on the file, if any.
 */
export function decideDiagnostics(mode: DiagnosticsMode, eslintConfig: string | undefined): { show: boolean; reason?: string } {
  if (mode === "on") return { show: true };
  if (mode === "off") return { show: false, reason: "costlint.diagnostics is off" };
  if (eslintConfig === undefined) return { show: true };
  return { show: false, reason: `the ESLint extension reports costlint's rules here (${eslintConfig} loads costlint): costlint shows the cost only (costlint.diagnostics: "on" shows both)` };
}

export function parseDiagnosticsMode(value: unknown): DiagnosticsMode {
  return value === "on" || value === "off" ? value : "auto";
}
