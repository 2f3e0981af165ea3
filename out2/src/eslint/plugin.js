"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = exports.PLUGIN_NAME = void 0;
exports.projectConfigSettings = projectConfigSettings;
exports.createPlugin = createPlugin;
const node_path_1 = __importDefault(require("node:path"));
const load_1 = require("../core/config/load");
const parse_1 = require("../core/config/parse");
const analysis_1 = require("../core/detectors/analysis");
const rules_1 = require("../core/rules");
const run_1 = require("../core/run");
const rule_adapter_1 = require("./rule-adapter");
exports.PLUGIN_NAME = "costlint";
exports.VERSION = "0.1.0";
/**
 * Settings that read the project's costlint.config.json (the nearest one above each linted file): its rule
 * options under ESLint's own, its prices and budget for the messages and max-call-cost, its file size limit.
 * A bad file's problems are reported as findings at line 1 of each file it applies to (so JSON and SARIF output in
 * CI carry them), naming the file, line:column and key; defaults are used for the bad keys.
 */
function projectConfigSettings() {
    // Seven rules ask for the same file's configuration: find the file once per folder (again after a second,
    // so a long-lived ESLint server sees a new one); reading it checks its mtime each time (one stat).
    const found = new Map();
    const configFor = (filename) => {
        const dir = filename && node_path_1.default.isAbsolute(filename) ? node_path_1.default.dirname(filename) : process.cwd();
        const now = Date.now();
        let hit = found.get(dir);
        if (!hit || now - hit.at >= 1000) {
            if (found.size > 1000)
                found.clear();
            hit = { at: now, file: (0, load_1.findConfigFile)(dir) };
            found.set(dir, hit);
        }
        return hit.file ? (0, load_1.loadConfigFile)(hit.file) : (0, load_1.defaultLoadedConfig)();
    };
    // One cross-file context per ESLint process (or --concurrency worker): a module read for one linted file serves
    // every other that imports it. A file is compared with the disk again for each new linted file (one stat).
    let project;
    let current;
    const projectFor = (sourceCode, filename) => {
        if (!filename || !node_path_1.default.isAbsolute(filename))
            return undefined;
        project ??= (0, analysis_1.createProject)({ maxFileSize: configFor(filename).config.maxFileSize });
        if (current !== sourceCode) {
            current = sourceCode;
            project.nextEpoch();
        }
        return project;
    };
    return {
        project: projectFor,
        maxFileSize: (filename) => configFor(filename).config.maxFileSize,
        configProblems: (filename) => configFor(filename).problems,
        baseOptions: (ruleId, filename) => (0, parse_1.ruleOptionsFrom)(configFor(filename).config, ruleId),
        // The loaded configuration object itself is the estimate settings: cached per file, so estimates are too.
        env: (sourceFile, filename) => (0, run_1.costEnvironment)(sourceFile, configFor(filename)),
    };
}
function createPlugin(settings = projectConfigSettings()) {
    const rules = {};
    for (const rule of rules_1.RULES)
        rules[rule.id] = (0, rule_adapter_1.toEslintRule)(rule, settings);
    const plugin = {
        meta: { name: exports.PLUGIN_NAME, version: exports.VERSION },
        rules,
        configs: { recommended: {}, all: {} },
    };
    const recommendedRules = {};
    const allRules = {};
    for (const rule of rules_1.RULES) {
        if (rule.meta.recommended)
            recommendedRules[`${exports.PLUGIN_NAME}/${rule.id}`] = rule.meta.recommended;
        allRules[`${exports.PLUGIN_NAME}/${rule.id}`] = rule.meta.recommended || "warn";
    }
    plugin.configs.recommended = { name: "costlint/recommended", plugins: { [exports.PLUGIN_NAME]: plugin }, rules: recommendedRules };
    plugin.configs.all = { name: "costlint/all", plugins: { [exports.PLUGIN_NAME]: plugin }, rules: allRules };
    return plugin;
}
//# sourceMappingURL=plugin.js.map