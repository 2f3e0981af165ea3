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
exports.openRuleDocs = openRuleDocs;
/**
 * "Show documentation for RULE": the rule's page bundled in the extension (docs/rules/RULE.md) in the
 * Markdown preview. It works offline and in remote and web windows, and describes the rules of the installed
 * version; the diagnostic's code link still goes to the page online. Fallback: the online page.
 */
const vscode = __importStar(require("vscode"));
const engine_1 = require("./engine");
async function openRuleDocs(extensionUri, ruleId, log) {
    const rule = (0, engine_1.engine)().ruleById(String(ruleId));
    if (!rule) {
        log.warn(`no documentation for unknown rule ${String(ruleId)}`);
        return;
    }
    const page = vscode.Uri.joinPath(extensionUri, "docs", "rules", `${rule.id}.md`);
    try {
        await vscode.workspace.fs.stat(page);
        await vscode.commands.executeCommand("markdown.showPreview", page);
        return;
    }
    catch (error) {
        log.warn(`could not show the bundled page ${page.toString()} (${error instanceof Error ? error.message : String(error)}); opening ${rule.docsUrl}`);
    }
    await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
}
//# sourceMappingURL=docs.js.map