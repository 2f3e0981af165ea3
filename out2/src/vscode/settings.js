"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECTION = void 0;
exports.readEditorSettings = readEditorSettings;
/** Reads the costlint.* settings of a scope: what the user set explicitly (so the project file still applies otherwise). */
const vscode = __importStar(require("vscode"));
const eslint_overlap_rules_1 = require("./eslint-overlap-rules");
exports.SECTION = "costlint";
/** The value set at the most specific level (folder > workspace > user, language-specific first), or undefined. */
function explicit(config, key) {
    const i = config.inspect(key);
    if (!i)
        return undefined;
    return i.workspaceFolderLanguageValue ?? i.workspaceFolderValue ?? i.workspaceLanguageValue ?? i.workspaceValue ?? i.globalLanguageValue ?? i.globalValue;
}
function readEditorSettings(scope) {
    const config = vscode.workspace.getConfiguration(exports.SECTION, scope);
    return {
        enable: config.get("enable", true) !== false,
        inlineCost: config.get("inlineCost", true) !== false,
        diagnostics: (0, eslint_overlap_rules_1.parseDiagnosticsMode)(config.get("diagnostics", "auto")),
        rules: explicit(config, "rules"),
        defaultModel: explicit(config, "defaultModel"),
        turns: explicit(config, "assumptions.turns"),
        budgetPerCallUsd: explicit(config, "budget.perCallUsd"),
        pricing: explicit(config, "pricing"),
    };
}
//# sourceMappingURL=settings.js.map