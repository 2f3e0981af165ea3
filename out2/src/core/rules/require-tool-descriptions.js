"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const zod_1 = require("zod");
const edits_1 = require("../syntax/edits");
const rule_1 = require("../rule");
const tool_descriptions_1 = require("../detectors/tool-descriptions");
const tools_1 = require("../detectors/tools");
const options = zod_1.z.object({
    ignoreNames: zod_1.z
        .array(zod_1.z.string())
        .default([])
        .describe("Parameter names not to report: fields whose name already says all the model needs (e.g. \"query\")."),
});
const TODO = "TODO: what this is and its format";
exports.default = (0, rule_1.createRule)({
    id: "require-tool-descriptions",
    meta: {
        type: "suggestion",
        description: "Require a description, format or bounds on free-text tool parameters, so the model need not guess their format.",
        recommended: false,
        messages: {
            freeText: "Tool parameter {{label}} is a bare {{type}}: the model guesses its format, and wrong guesses are paid again. Describe or constrain it.",
            addDescribe: "Add .describe(\"TODO: …\") to fill in.",
            addDescription: "Add description: \"TODO: …\" to fill in.",
        },
        hasSuggestions: true,
    },
    options,
    check(context) {
        const { analysis, sourceFile, text } = context;
        const ignored = new Set(context.options.ignoreNames);
        const reported = new Set();
        for (const tool of (0, tools_1.findToolSchemas)(analysis)) {
            for (const param of (0, tool_descriptions_1.undescribedParamsOf)(analysis, tool)) {
                if (param.node.getSourceFile() !== sourceFile)
                    continue; // judged in the file that writes it
                const start = param.node.getStart(sourceFile);
                if (reported.has(start))
                    continue; // one schema shared by several tools
                if (ignored.has(param.name))
                    continue;
                reported.add(start);
                const edit = param.zodField
                    ? { start: param.zodField.getEnd(), end: param.zodField.getEnd(), text: `.describe(${JSON.stringify(TODO)})` }
                    : (0, edits_1.addPropertyEdit)(text, param.jsonField, `description: ${JSON.stringify(TODO)}`, sourceFile);
                context.report({
                    start,
                    end: param.node.getEnd(),
                    messageId: "freeText",
                    data: { label: param.label, type: param.type },
                    suggestions: [{ messageId: param.zodField ? "addDescribe" : "addDescription", edits: [edit] }],
                });
            }
        }
    },
});
//# sourceMappingURL=require-tool-descriptions.js.map