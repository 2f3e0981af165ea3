"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.estimateText = estimateText;
exports.estimateDocument = estimateDocument;
const analysis_1 = require("../core/detectors/analysis");
const estimate_1 = require("../core/cost/estimate");
const engine_1 = require("../core/engine");
/**
 * Every generation call and agent run of a text; [] for a file above maxFileSize. Throws on engine errors.
 * Without `project`: the analysis lintFile just built (with the editor's project). With one (the workspace report,
 * for files not open): analysed here, following the file's imports as `costlint report` does.
 */
function estimateText(fileName, text, settings, project) {
    if ((0, engine_1.sizeSkipReason)(fileName, text.length, settings.config.maxFileSize))
        return [];
    return estimateParsed((0, engine_1.parseSourceCached)(fileName, text), settings, project); // the SourceFile (and analysis) lintFile just built
}
/** The estimates of an open document, from its edit session: kept across comment-only edits like its findings. */
function estimateDocument(session, text, settings) {
    if ((0, engine_1.sizeSkipReason)(session.fileName, text.length, settings.config.maxFileSize))
        return [];
    return session.estimate(text, settings, (sourceFile, project) => estimateParsed(sourceFile, settings, project));
}
function estimateParsed(sourceFile, settings, project) {
    project?.nextEpoch();
    return (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)(sourceFile, project), settings).map(({ node, ...rest }) => ({
        ...rest,
        calleeEnd: node.expression.getEnd(),
        callee: node.expression.getText(sourceFile).replace(/\s+/g, ""),
    }));
}
//# sourceMappingURL=estimate-text.js.map