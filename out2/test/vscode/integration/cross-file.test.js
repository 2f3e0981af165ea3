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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
describe("cross-file analysis in the editor", () => {
    before(async () => {
        await (0, helpers_1.api)();
    });
    it("a call through a client of another module is seen: its squiggle (as the CLI reports it) and its inline cost", async () => {
        const caller = await (0, helpers_1.open)("cross-file/caller.ts");
        const ds = await (0, helpers_1.waitForDiagnostics)(caller.document.uri, (d) => d.some((x) => (0, helpers_1.ruleOf)(x) === "require-max-tokens"));
        const d = ds.find((x) => (0, helpers_1.ruleOf)(x) === "require-max-tokens");
        strict_1.default.equal(caller.document.getText(d.range), "create");
        const finding = (0, helpers_1.engineRun)(caller.document).findings.find((f) => f.ruleId === "require-max-tokens");
        strict_1.default.ok(finding, "the engine (CLI view) reports it too");
        strict_1.default.equal(d.message, finding.message);
        const hints = await (0, helpers_1.costHints)(caller.document.uri);
        strict_1.default.equal(hints.length, 1, JSON.stringify(hints.map(helpers_1.labelText)));
        strict_1.default.match((0, helpers_1.labelText)(hints[0]), /^≈ \$0\.16\/call$/); // gpt-4o at its 16k maximum output
    });
    it("an edit to the imported module (unsaved) re-analyses the open file that depends on it, and undoing it brings the finding back", async () => {
        const caller = await (0, helpers_1.open)("cross-file/caller.ts");
        await (0, helpers_1.waitForDiagnostics)(caller.document.uri, (d) => d.some((x) => (0, helpers_1.ruleOf)(x) === "require-max-tokens"));
        const client = await (0, helpers_1.open)("cross-file/client.ts");
        try {
            // The shared client becomes the project's own object: the caller's call is no longer an LLM call.
            const edit = new vscode.WorkspaceEdit();
            const text = client.document.getText();
            const start = client.document.positionAt(text.indexOf("new OpenAI()"));
            const end = client.document.positionAt(text.indexOf("new OpenAI()") + "new OpenAI()".length);
            edit.replace(client.document.uri, new vscode.Range(start, end), "{ responses: { create: async (_request: unknown) => ({}) } }");
            strict_1.default.ok(await vscode.workspace.applyEdit(edit));
            strict_1.default.ok(client.document.isDirty, "the edit is not saved: the editor's text is what counts");
            await (0, helpers_1.waitForDiagnostics)(caller.document.uri, (d) => d.length === 0, "the caller's finding to go");
        }
        finally {
            await (0, helpers_1.revert)(client);
        }
        await (0, helpers_1.waitForDiagnostics)(caller.document.uri, (d) => d.some((x) => (0, helpers_1.ruleOf)(x) === "require-max-tokens"), "the caller's finding to come back");
    });
});
//# sourceMappingURL=cross-file.test.js.map