/** Reads the costlint.* settings of a scope: what the user set explicitly (so the project file still applies otherwise). */
import * as vscode from "vscode";
import type { EditorSettings } from "./config-merge";
import { parseDiagnosticsMode } from "./eslint-overlap-rules";

export const SECTION = "costlint";

/** The value set at the most specific level (folder > workspace > user, language-specific first), or undefined. */
function explicit(config: vscode.WorkspaceConfiguration, key: string): unknown {
  const i = config.inspect(key);
  if (!i) return undefined;
  return i.workspaceFolderLanguageValue ?? i.workspaceFolderValue ?? i.workspaceLanguageValue ?? i.workspaceValue ?? i.globalLanguageValue ?? i.globalValue;
}

export function readEditorSettings(scope: vscode.ConfigurationScope | undefined): EditorSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: config.get<boolean>("enable", true) !== false,
    inlineCost: config.get<boolean>("inlineCost", true) !== false,
    diagnostics: parseDiagnosticsMode(config.get("diagnostics", "auto")),
    rules: explicit(config, "rules"),
    defaultModel: explicit(config, "defaultModel"),
    turns: explicit(config, "assumptions.turns"),
    budgetPerCallUsd: explicit(config, "budget.perCallUsd"),
    pricing: explicit(config, "pricing"),
  };
}
