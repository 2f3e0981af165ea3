import path from "node:path";
import type ts from "typescript";
import { z } from "zod";
import { callNameRange } from "../detectors/call-label";
import { addPropertyEdit, removePropertyEdit } from "../syntax/edits";
import { createRule } from "../rule";
import { loosePartsOf } from "../detectors/tool-schemas";
import { findToolSchemas } from "../detectors/tools";

const options = z.object({
  requireAdditionalPropertiesFalse: z
    .boolean()
    .default(false)
    .describe("Require additionalProperties: false on every JSON-schema tool object, not only on tools declared strict."),
});

export default createRule({
  id: "no-loose-tool-schema",
  meta: {
    type: "problem",
    description: "Disallow loosely typed tool parameters that let the model invent arguments.",
    recommended: "error",
    messages: {
      zodAny:
        "Tool parameter typed {{label}} accepts anything: invented arguments reach your code and failed calls are paid again. Type it.",
      zodPassthrough:
        "{{label}} lets the model add keys the tool never declared: invented arguments pass validation. Remove it or use .strict().",
      zodLooseObject:
        "{{label}} lets the model add keys the tool never declared: invented arguments pass validation. Use z.object().",
      jsonUntyped:
        "Tool parameter {{label}} has no type: the model can send any value, and failed calls are paid again. Give it a type.",
      jsonObjectNoProperties:
        "Tool parameter {{label}} is an object with no properties: the model can invent any keys. Declare its properties.",
      jsonAdditionalTrue:
        "additionalProperties on {{label}} accepts undeclared keys: invented arguments pass through. Set additionalProperties: false.",
      jsonMissingAdditionalFalse:
        "This strict tool's {{label}} lacks additionalProperties: false, which strict mode requires on every object. Add it.",
      requiredOutsideSchema:
        "`required` sits beside the tool's schema, so the API ignores it: every field is optional to the model. Move it into the schema.",
      requiredUnknown:
        "`required` of {{label}} names {{names}}, which no property declares: the field meant stays optional. Fix the name.",
      multiplexerOptional:
        "Tool parameter {{label}} picks one of {{names}}, no other field required: calls missing a field fail and are paid again. The model is not told what each action needs: require each action's fields (one tool per action, or z.discriminatedUnion).",
      addAdditionalFalse: "Add additionalProperties: false.",
      moveRequired: "Move `required` into the schema.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile, text } = context;
    const reported = new Set<string>();
    for (const tool of findToolSchemas(analysis)) {
      for (const part of loosePartsOf(analysis, tool, context.options)) {
        const home = part.node.getSourceFile();
        if (home !== sourceFile) {
          // A tool defined in another module and sent from here: reported at this call, naming where the schema is.
          const range = callNameRange(tool.site, sourceFile);
          const line = home.getLineAndCharacterOfPosition(part.node.getStart(home)).line + 1;
          const label = `${part.label} (${path.basename(home.fileName)}:${line})`;
          const key = `${range.start}:${part.kind}:${label}`;
          if (reported.has(key)) continue;
          reported.add(key);
          context.report({ ...range, messageId: part.kind, data: { label, names: part.names ?? "" } });
          continue;
        }
        const start = part.node.getStart(sourceFile);
        const key = `${start}:${part.kind}`;
        if (reported.has(key)) continue; // one schema shared by several tools
        reported.add(key);
        context.report({
          start,
          end: part.node.getEnd(),
          messageId: part.kind,
          data: { label: part.label, names: part.names ?? "" },
          ...(part.object
            ? { suggestions: [{ messageId: "addAdditionalFalse", edits: [addPropertyEdit(text, part.object, "additionalProperties: false", sourceFile)] }] }
            : {}),
          ...(part.move
            ? {
                suggestions: [
                  {
                    messageId: "moveRequired",
                    edits: [
                      removePropertyEdit(text, part.move.property.parent as ts.ObjectLiteralExpression, part.move.property, sourceFile),
                      addPropertyEdit(text, part.move.into, part.move.property.getText(sourceFile), sourceFile),
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
