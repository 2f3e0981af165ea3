"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_PROBLEM_MESSAGE = void 0;
exports.toEslintRule = toEslintRule;
const zod_1 = require("zod");
const engine_1 = require("../core/engine");
const source_file_1 = require("./source-file");
/** What was already said about a file, so each note is printed once per file however many rules run. */
const notes = new WeakMap();
/** The message of a configuration problem, which every costlint rule may report (the first one to run on a file does). */
exports.CONFIG_PROBLEM_MESSAGE = "configProblem";
/** True the first time it is asked for a file and key. */
function firstTime(sourceCode, key) {
    let said = notes.get(sourceCode);
    if (!said) {
        said = new Set();
        notes.set(sourceCode, said);
    }
    if (said.has(key))
        return false;
    said.add(key);
    return true;
}
function sayOnce(sourceCode, key, message) {
    if (firstTime(sourceCode, key))
        console.warn(message);
}
function jsonSchemaOf(rule) {
    const schema = zod_1.z.toJSONSchema(rule.options, { io: "input", target: "draft-4", unrepresentable: "any" });
    delete schema.$schema;
    // ESLint rejects unknown option keys, as its users expect.
    schema.additionalProperties = false;
    return [schema];
}
function toFix(edits) {
    return (fixer) => edits.map((e) => fixer.replaceTextRange([e.start, e.end], e.text));
}
/** An ESLint rule that runs a core rule and translates its findings. No rule logic lives here. */
function toEslintRule(rule, settings = {}) {
    return {
        meta: {
            type: rule.meta.type,
            docs: { description: rule.meta.description, recommended: rule.meta.recommended !== false, url: rule.docsUrl },
            messages: { ...rule.meta.messages, [exports.CONFIG_PROBLEM_MESSAGE]: "costlint configuration: {{problem}}" },
            schema: jsonSchemaOf(rule),
            ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}),
            ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
        },
        create(context) {
            const sourceCode = context.sourceCode;
            const filename = context.filename;
            return {
                Program() {
                    const configProblems = settings.configProblems?.(filename) ?? [];
                    if (configProblems.length && firstTime(sourceCode, "config")) {
                        for (const problem of configProblems) {
                            context.report({ loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } }, messageId: exports.CONFIG_PROBLEM_MESSAGE, data: { problem } });
                        }
                    }
                    const maxFileSize = typeof settings.maxFileSize === "function" ? settings.maxFileSize(filename) : settings.maxFileSize;
                    const skipped = (0, engine_1.sizeSkipReason)(filename, sourceCode.text.length, maxFileSize);
                    if (skipped) {
                        sayOnce(sourceCode, "size", skipped);
                        return;
                    }
                    let findings;
                    try {
                        const project = settings.project?.(sourceCode, filename);
                        const { sourceFile, reused } = (0, source_file_1.sourceFileFor)(sourceCode, filename, project);
                        settings.onSourceFile?.(sourceFile, reused);
                        const base = settings.baseOptions?.(rule.id, filename);
                        const options = { ...(base ?? {}), ...(context.options[0] ?? {}) };
                        const env = settings.env?.(sourceFile, filename) ?? {};
                        const result = (0, engine_1.runRule)(sourceFile, { rule, options }, env, project);
                        if (result.failure) {
                            const error = result.failure.error;
                            sayOnce(sourceCode, `failure:${rule.id}`, `costlint: rule ${rule.id} failed on ${filename} and reported nothing for it: ${error instanceof Error ? error.message : String(error)}`);
                            return;
                        }
                        findings = result.findings;
                    }
                    catch (error) {
                        sayOnce(sourceCode, `failure:${rule.id}`, `costlint: rule ${rule.id} failed on ${filename}: ${error instanceof Error ? error.message : String(error)}`);
                        return;
                    }
                    for (const finding of findings) {
                        context.report({
                            loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
                            messageId: finding.messageId,
                            data: stringData(finding.data),
                            ...(finding.fix ? { fix: toFix(finding.fix) } : {}),
                            ...(finding.suggestions?.length
                                ? { suggest: finding.suggestions.map((s) => ({ messageId: s.messageId, data: stringData(s.data ?? {}), fix: toFix(s.edits) })) }
                                : {}),
                        });
                    }
                },
            };
        },
    };
}
function stringData(data) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
}
//# sourceMappingURL=rule-adapter.js.map