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
const node_fs_1 = __importDefault(require("node:fs"));
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
describe("project configuration (costlint.config.json)", () => {
    it("a bad key: one message naming the file and the key; the defaults for it, the rest applied", async () => {
        const a = await (0, helpers_1.api)();
        const editor = await (0, helpers_1.open)("bad-config/agent.ts");
        const notice = await (0, helpers_1.waitFor)("the notice", () => a.notices().find((n) => n.includes("bad-config")), (n) => n !== undefined);
        strict_1.default.match(notice, /bad-config[/\\]costlint\.config\.json:2:3: unknown key "defaultModle"/);
        strict_1.default.equal(a.notices().filter((n) => n.includes("defaultModle")).length, 1, "said once");
        strict_1.default.ok(a.log().some((l) => l.includes('unknown key "defaultModle"')), "and in the log");
        // Linting goes on with the defaults.
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"));
        // Opening it again says nothing new.
        await (0, helpers_1.open)("max-tokens.ts");
        await (0, helpers_1.open)("bad-config/agent.ts");
        strict_1.default.equal(a.notices().filter((n) => n.includes("defaultModle")).length, 1);
    });
    it("a file above maxFileSize is skipped with a note (log, status bar), and a config change is picked up", async () => {
        const a = await (0, helpers_1.api)();
        const editor = await (0, helpers_1.open)("large/big.ts");
        const status = await (0, helpers_1.waitStatus)(/^\$\(info\) costlint: skipped$/);
        strict_1.default.match(status.tooltip, /skipped .*big\.ts.*maxFileSize/);
        strict_1.default.equal(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "costlint").length, 0);
        strict_1.default.equal(a.log().filter((l) => l.includes("skipped") && l.includes("big.ts")).length, 1, "noted once");
        // Raise the limit in the file: the watcher reloads it and the file is analysed.
        node_fs_1.default.writeFileSync((0, helpers_1.fixtureUri)("large/costlint.config.json").fsPath, '{ "maxFileSize": 100000 }\n');
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "big.ts analysed after the change", 30_000);
        await (0, helpers_1.waitStatus)(/LLM call/);
    });
});
//# sourceMappingURL=config.test.js.map