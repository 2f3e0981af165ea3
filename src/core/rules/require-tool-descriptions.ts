import { z } from "zod";
import { addPropertyEdit } from "../syntax/edits";
import { createRule } from "../rule";
import { undescribedParamsOf } from "../detectors/tool-descriptions";
import { findToolSchemas } from "../detectors/tools";

const options = z.object({
  ignoreNames: z
    .array(z.string())
    .default([])
    .describe("Parameter names not to report: fields whose name already says all the model needs (e.g. \"query\")."),
});

const TODO = "TODO: what this is and its format";

export default createRule({
  id: "require-tool-descriptions",
  meta: {
    type: "suggestion",
    description: "Require a description, format or bounds on free-text tool parameters, so the model need not guess their format.",
    recommended: false,
    messages: {
      freeText:
        "Tool parameter {{label}} is a bare {{type}}: the model guesses its format, and wrong guesses are paid again. Describe or constrain it.",
      addDescribe: "Add .describe(\"TODO: …\") to fill in.",
      addDescription: "Add description: \"TODO: …\" to fill in.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile, text } = context;
    const ignored = new Set(context.options.ignoreNames);
    const reported = new Set<number>();
    for (const tool of findToolSchemas(analysis)) {
      for (const param of undescribedParamsOf(analysis, tool)) {
        if (param.node.getSourceFile() !== sourceFile) continue; // judged in the file that writes it
        const start = param.node.getStart(sourceFile);
        if (reported.has(start)) continue; // one schema shared by several tools
        if (ignored.has(param.name)) continue;
        reported.add(start);
        const edit = param.zodField
          ? { start: param.zodField.getEnd(), end: param.zodField.getEnd(), text: `.describe(${JSON.stringify(TODO)})` }
          : addPropertyEdit(text, param.jsonField!, `description: ${JSON.stringify(TODO)}`, sourceFile);
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
