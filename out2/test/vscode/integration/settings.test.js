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
describe("settings take effect", () => {
    before(async () => {
        await (0, helpers_1.api)();
    });
    afterEach(async () => {
        for (const key of ["rules", "inlineCost", "diagnostics", "assumptions.turns", "defaultModel", "pricing", "enable"])
            await (0, helpers_1.setSetting)(key, undefined);
    });
    it("costlint.rules turns a rule off, or changes its severity over costlint.config.json", async () => {
        const maxTokens = (await (0, helpers_1.open)("max-tokens.ts")).document.uri;
        await (0, helpers_1.setSetting)("rules", { "require-max-tokens": "off" });
        await (0, helpers_1.waitForDiagnostics)(maxTokens, (ds) => !ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "require-max-tokens off");
        await (0, helpers_1.setSetting)("rules", { "require-max-tokens": "error" });
        await (0, helpers_1.waitForDiagnostics)(maxTokens, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens" && d.severity === vscode.DiagnosticSeverity.Error), "require-max-tokens as an error");
        // The project file says "error" for require-retry-backoff; the setting wins.
        const retry = (await (0, helpers_1.open)("retry.ts")).document.uri;
        await (0, helpers_1.setSetting)("rules", { "require-retry-backoff": "warn" });
        await (0, helpers_1.waitForDiagnostics)(retry, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-retry-backoff" && d.severity === vscode.DiagnosticSeverity.Warning), "the setting over the file");
    });
    it("costlint.inlineCost hides and shows the inline cost", async () => {
        const uri = (await (0, helpers_1.open)("max-tokens.ts")).document.uri;
        strict_1.default.equal((await (0, helpers_1.costHints)(uri)).length, 2);
        await (0, helpers_1.setSetting)("inlineCost", false);
        await (0, helpers_1.waitFor)("no hints", () => (0, helpers_1.costHints)(uri), (h) => h.length === 0);
        await (0, helpers_1.setSetting)("inlineCost", true);
        await (0, helpers_1.waitFor)("hints back", () => (0, helpers_1.costHints)(uri), (h) => h.length === 2);
    });
    it("costlint.diagnostics: off shows the cost only; auto shows the problems where no ESLint config loads costlint", async () => {
        const uri = (await (0, helpers_1.open)("max-tokens.ts")).document.uri;
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "problems under auto (no ESLint extension here)");
        await (0, helpers_1.setSetting)("diagnostics", "off");
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.length === 0, "no problems");
        strict_1.default.equal((await (0, helpers_1.costHints)(uri)).length, 2);
        await (0, helpers_1.setSetting)("diagnostics", "on");
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "problems back");
    });
    it("costlint.assumptions.turns changes the assumed conversation length", async () => {
        const uri = (await (0, helpers_1.open)("history.ts")).document.uri;
        await (0, helpers_1.setSetting)("assumptions.turns", 5);
        const [hint] = await (0, helpers_1.waitFor)("turn 5", () => (0, helpers_1.costHints)(uri), (h) => h.length === 1 && /at turn 5$/.test((0, helpers_1.labelText)(h[0])));
        strict_1.default.match((0, helpers_1.labelText)(hint), /grows: \$0\.012 at turn 5$/);
    });
    it("costlint.defaultModel prices calls whose model the code does not name", async () => {
        const uri = (await (0, helpers_1.open)("default-model.ts")).document.uri;
        const [before] = await (0, helpers_1.costHints)(uri);
        strict_1.default.match((0, helpers_1.labelText)(before), /\$0\.0046\/call · gpt-4o\?$/);
        await (0, helpers_1.setSetting)("defaultModel", "gpt-4o-mini");
        const [after] = await (0, helpers_1.waitFor)("gpt-4o-mini", () => (0, helpers_1.costHints)(uri), (h) => h.length === 1 && (0, helpers_1.labelText)(h[0]).endsWith("gpt-4o-mini?"));
        strict_1.default.match((0, helpers_1.labelText)(after), /\$0\.00028\/call · gpt-4o-mini\?$/);
    });
    it("costlint.pricing overrides a price", async () => {
        const uri = (await (0, helpers_1.open)("history.ts")).document.uri;
        await (0, helpers_1.setSetting)("pricing", [{ id: "gpt-4o", inputPerMTok: 10, outputPerMTok: 40 }]);
        const [hint] = await (0, helpers_1.waitFor)("new prices", () => (0, helpers_1.costHints)(uri), (h) => h.length === 1 && /\$0\.023\/call/.test((0, helpers_1.labelText)(h[0])));
        strict_1.default.ok(hint);
    });
    it("costlint.enable false clears everything; true brings it back", async () => {
        const uri = (await (0, helpers_1.open)("max-tokens.ts")).document.uri;
        await (0, helpers_1.setSetting)("enable", false);
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.length === 0, "no diagnostics when disabled");
        strict_1.default.equal((await (0, helpers_1.costHints)(uri)).length, 0);
        await (0, helpers_1.setSetting)("enable", true);
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.length > 0, "diagnostics back");
        strict_1.default.ok((0, helpers_1.costlintDiagnostics)(uri).length > 0);
    });
    it("a bad setting: one notification naming the setting, the default for that key", async () => {
        const a = await (0, helpers_1.api)();
        const uri = (await (0, helpers_1.open)("history.ts")).document.uri;
        const before = a.notices().length;
        await (0, helpers_1.setSetting)("assumptions.turns", 0);
        const notices = await (0, helpers_1.waitFor)("a notice", () => a.notices(), (n) => n.length > before);
        strict_1.default.match(notices[notices.length - 1], /costlint\.assumptions\.turns.*using 20/);
        const [hint] = await (0, helpers_1.costHints)(uri);
        strict_1.default.match((0, helpers_1.labelText)(hint), /at turn 20$/);
        strict_1.default.ok(a.log().some((l) => l.includes("costlint.assumptions.turns")));
    });
});
//# sourceMappingURL=settings.test.js.map