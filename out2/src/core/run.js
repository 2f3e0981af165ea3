"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.configuredRules = configuredRules;
exports.costEnvironment = costEnvironment;
exports.lintFile = lintFile;
const analysis_1 = require("./detectors/analysis");
const parse_1 = require("./config/parse");
const estimate_1 = require("./cost/estimate");
const disable_comments_1 = require("./syntax/disable-comments");
const engine_1 = require("./engine");
const rules_1 = require("./rules");
/** The rules a configuration turns on, with their severity and options: the same choice on every surface. */
function configuredRules(settings) {
    const out = [];
    for (const rule of rules_1.RULES) {
        const base = rule.meta.recommended || (settings.all ? "warn" : "off");
        const severity = settings.severityOverrides?.[rule.id] ?? (0, parse_1.ruleSeverityFrom)(settings.config, rule.id) ?? base;
        if (severity === "off")
            continue;
        out.push({ rule, severity, options: (0, parse_1.ruleOptionsFrom)(settings.config, rule.id) ?? {} });
    }
    return out;
}
/** Rule messages quote real numbers: the output side of a call priced on its model (no tokenizer needed). */
function costEnvironment(sourceFile, settings) {
    return {
        describeCall: (node) => {
            const analysis = (0, analysis_1.analyzeFile)(sourceFile);
            const site = analysis.siteByNode.get(node);
            if (!site)
                return undefined;
            try {
                return (0, estimate_1.describeOutput)(analysis, site, settings);
            }
            catch {
                return undefined;
            }
        },
        estimate: settings,
    };
}
/** Lints one file's text with a configuration: what the CLI and the editor both call. Honours eslint-disable comments. */
function lintFile(fileName, text, settings) {
    const rules = configuredRules(settings);
    settings.project?.nextEpoch();
    let env;
    const result = (0, engine_1.lintText)(fileName, text, rules, {
        maxFileSize: settings.config.maxFileSize,
        envFor: (sourceFile) => (env ??= costEnvironment(sourceFile, settings)),
        ...(settings.project ? { project: settings.project } : {}),
        ...(settings.sourceFile ? { sourceFile: settings.sourceFile } : {}),
    });
    // The same parsed file the rules saw (parseSourceCached keeps the last few): comments where the parser put them.
    const parsed = settings.sourceFile && (0, engine_1.parsedFrom)(settings.sourceFile) === text ? settings.sourceFile : undefined;
    const findings = result.findings.length ? (0, disable_comments_1.applyDisableComments)(parsed ?? (0, engine_1.parseSourceCached)(fileName, text), result.findings) : result.findings;
    return { ...result, findings, severities: new Map(rules.map((r) => [r.rule.id, r.severity])) };
}
//# sourceMappingURL=run.js.map