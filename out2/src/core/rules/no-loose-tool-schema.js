"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_path_1 = __importDefault(require("node:path"));
const zod_1 = require("zod");
const call_label_1 = require("../detectors/call-label");
const edits_1 = require("../syntax/edits");
const rule_1 = require("../rule");
const tool_schemas_1 = require("../detectors/tool-schemas");
const tools_1 = require("../detectors/tools");
const options = zod_1.z.object({
    requireAdditionalPropertiesFalse: zod_1.z
        .boolean()
        .default(false)
        .describe("Require additionalProperties: false on every JSON-schema tool object, not only on tools declared strict."),
});
exports.default = (0, rule_1.createRule)({
    id: "no-loose-tool-schema",
    meta: {
        type: "problem",
        description: "Disallow loosely typed tool parameters that let the model invent arguments.",
        recommended: "error",
        messages: {
            zodAny: "Tool parameter typed {{label}} accepts anything: invented arguments reach your code and failed calls are paid again. Type it.",
            zodPassthrough: "{{label}} lets the model add keys the tool never declared: invented arguments pass validation. Remove it or use .strict().",
            zodLooseObject: "{{label}} lets the model add keys the tool never declared: invented arguments pass validation. Use z.object().",
            jsonUntyped: "Tool parameter {{label}} has no type: the model can send any value, and failed calls are paid again. Give it a type.",
            jsonObjectNoProperties: "Tool parameter {{label}} is an object with no properties: the model can invent any keys. Declare its properties.",
            jsonAdditionalTrue: "additionalProperties on {{label}} accepts undeclared keys: invented arguments pass through. Set additionalProperties: false.",
            jsonMissingAdditionalFalse: "This strict tool's {{label}} lacks additionalProperties: false, which strict mode requires on every object. Add it.",
            requiredOutsideSchema: "`required` sits beside the tool's schema, so the API ignores it: every field is optional to the model. Move it into the schema.",
            requiredUnknown: "`required` of {{label}} names {{names}}, which no property declares: the field meant stays optional. Fix the name.",
            multiplexerOptional: "Tool parameter {{label}} picks one of {{names}}, no other field required: calls missing a field fail and are paid again. The model is not told what each action needs: require each action's fields (one tool per action, or z.discriminatedUnion).",
            addAdditionalFalse: "Add additionalProperties: false.",
            moveRequired: "Move `required` into the schema.",
        },
        hasSuggestions: true,
    },
    options,
    check(context) {
        const { analysis, sourceFile, text } = context;
        const reported = new Set();
        for (const tool of (0, tools_1.findToolSchemas)(analysis)) {
            for (const part of (0, tool_schemas_1.loosePartsOf)(analysis, tool, context.options)) {
                const home = part.node.getSourceFile();
                if (home !== sourceFile) {
                    // A tool defined in another module and sent from here: reported at this call, naming where the schema is.
                    const range = (0, call_label_1.callNameRange)(tool.site, sourceFile);
                    const line = home.getLineAndCharacterOfPosition(part.node.getStart(home)).line + 1;
                    const label = `${part.label} (${node_path_1.default.basename(home.fileName)}:${line})`;
                    const key = `${range.start}:${part.kind}:${label}`;
                    if (reported.has(key))
                        continue;
                    reported.add(key);
                    context.report({ ...range, messageId: part.kind, data: { label, names: part.names ?? "" } });
                    continue;
                }
                const start = part.node.getStart(sourceFile);
                const key = `${start}:${part.kind}`;
                if (reported.has(key))
                    continue; // one schema shared by several tools
                reported.add(key);
                context.report({
                    start,
                    end: part.node.getEnd(),
                    messageId: part.kind,
                    data: { label: part.label, names: part.names ?? "" },
                    ...(part.object
                        ? { suggestions: [{ messageId: "addAdditionalFalse", edits: [(0, edits_1.addPropertyEdit)(text, part.object, "additionalProperties: false", sourceFile)] }] }
                        : {}),
                    ...(part.move
                        ? {
                            suggestions: [
                                {
                                    messageId: "moveRequired",
                                    edits: [
                                        (0, edits_1.removePropertyEdit)(text, part.move.property.parent, part.move.property, sourceFile),
                                        (0, edits_1.addPropertyEdit)(text, part.move.into, part.move.property.getText(sourceFile), sourceFile),
                                    ],
                                },
                            ],
                        }
                        : {}),
                });
            }
        }
    },
});
//# sourceMappingURL=no-loose-tool-schema.js.map