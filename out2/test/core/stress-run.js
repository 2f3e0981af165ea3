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
exports.cpuMs = cpuMs;
exports.runEngine = runEngine;
exports.makeEslint = makeEslint;
exports.makeParseOnlyEslint = makeParseOnlyEslint;
exports.runEslint = runEslint;
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const eslint_1 = require("eslint");
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const analysis_1 = require("../../src/core/detectors/analysis");
const engine_1 = require("../../src/core/engine");
const run_1 = require("../../src/core/run");
const plugin_1 = require("../../src/eslint/plugin");
/** CPU milliseconds (user + system) a function takes. */
async function cpuMs(f) {
    const before = process.cpuUsage();
    await f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
}
const settings = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)(), all: true };
/** The CLI's engine path: `costlint lint` with every rule, then `costlint report`'s estimate. Throws what escapes. */
function runEngine(fileName, text) {
    const result = (0, run_1.lintFile)(fileName, text, settings);
    const estimates = result.skipped ? [] : (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(fileName, text)), settings);
    return { findings: result.findings.length, messages: result.findings.map((f) => f.message), failures: result.failures.map((f) => `${f.ruleId}: ${String(f.error)}`), ...(result.skipped ? { skipped: result.skipped } : {}), estimates: estimates.length };
}
/** ESLint with the plugin's `all` config and @typescript-eslint/parser (espree for .js). */
function makeEslint(cwd) {
    return new eslint_1.ESLint({
        cwd,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }, (0, plugin_1.createPlugin)().configs.all],
    });
}
/** ESLint with the same parser and no rules: what ESLint itself costs on a file, for telling costlint's own share. */
function makeParseOnlyEslint(cwd) {
    return new eslint_1.ESLint({
        cwd,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }],
    });
}
async function runEslint(eslint, cwd, fileName, text) {
    const [result] = await eslint.lintText(text, { filePath: node_path_1.default.join(cwd, fileName) });
    return result;
}
//# sourceMappingURL=stress-run.js.map