"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tester_1 = require("./tester");
const tool_headers_1 = require("./tool-headers");
const TODO = `"TODO: what this is and its format"`;
const aiBare = (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ date: z.string(), limit: z.number().optional() }) });`);
const aiNested = (0, tester_1.code)(tool_headers_1.AI, `const Args = z.object({ filter: z.object({ description: z.string().max(80), since: z.string() }), ids: z.array(z.coerce.number()) });`, `tool({ description: "d", inputSchema: Args });`);
const mcpShape = (0, tester_1.code)(tool_headers_1.MCP, `server.tool("t", "d", { path: z.string().trim() }, async () => ({ content: [] }));`);
const lcNamed = (0, tester_1.code)(`import { tool } from "@langchain/core/tools";`, `import { object, string } from "zod";`, `tool(async () => "", { name: "t", description: "d", schema: object({ sku: string() }) });`);
const chatJson = (0, tester_1.code)(tool_headers_1.OPENAI, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { when: { type: "string" } } } } }] });`);
const anthropicMultiline = (0, tester_1.code)(tool_headers_1.ANTHROPIC, `anthropic.messages.create({`, `  model: "m",`, `  max_tokens: 9,`, `  messages: [],`, `  tools: [{`, `    name: "t",`, `    input_schema: {`, `      type: "object",`, `      properties: {`, `        amount: {`, `          type: ["number", "null"],`, `        },`, `        tags: { type: "array", items: { type: "string" } },`, `      },`, `    },`, `  }],`, `});`);
const googleType = (0, tester_1.code)(tool_headers_1.GOOGLE, `ai.models.generateContent({ model: "m", contents: "c", config: { maxOutputTokens: 9, tools: [{ functionDeclarations: [{ name: "f", parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING } } } }] }] } });`);
const aiJsonSchema = (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: jsonSchema({ type: "object", properties: { id: { type: "integer" } } }) });`);
const jsShared = (0, tester_1.code)(tool_headers_1.AI, `const Args = z.object({ code: z.string() });`, `tool({ description: "a", inputSchema: Args });`, `tool({ description: "b", inputSchema: Args });`);
tester_1.ruleTester.run("require-tool-descriptions", (0, tester_1.eslintRule)("require-tool-descriptions"), {
    valid: [
        // described, formatted or bounded
        (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ a: z.string().describe("ISO date"), b: z.string().email(), c: z.number().int().min(1), d: z.string().optional().describe("x") }) });`),
        (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ a: z.string().regex(/^\\d+$/), b: z.string().max(80), c: z.string().url(), d: z.string().meta({ description: "x" }) }) });`),
        // zod 3's description parameter
        (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ a: z.string({ description: "ISO date" }), b: z.number({ description: "cents", invalid_type_error: "x" }).optional() }) });`),
        // not free text
        (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ a: z.enum(["x", "y"]), b: z.boolean(), c: z.literal("k"), d: z.email() }) });`),
        // a described array or object speaks for its items
        (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ ids: z.array(z.string()).describe("order ids"), o: z.object({ a: z.string() }).describe("a point") }) });`),
        (0, tester_1.code)(tool_headers_1.OPENAI, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { a: { type: "string", description: "x" }, b: { type: "string", enum: ["x"] }, c: { type: "string", format: "date" }, d: { type: "number", minimum: 0 }, e: { type: "boolean" } } } } }] });`),
        // a spread may hold the description
        (0, tester_1.code)(tool_headers_1.OPENAI, `const base = { description: "x" };`, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { a: { type: "string", ...base } } } } }] });`),
        // not a tool schema
        (0, tester_1.code)(`import { z } from "zod";`, `export const Form = z.object({ name: z.string() });`),
        // names the option lets through
        { code: (0, tester_1.code)(tool_headers_1.AI, `tool({ description: "d", inputSchema: z.object({ query: z.string() }) });`), options: [{ ignoreNames: ["query"] }] },
    ],
    invalid: [
        {
            code: aiBare,
            errors: [
                {
                    messageId: "freeText",
                    data: { label: `"date"`, type: "string" },
                    ...(0, tester_1.at)(aiBare, "date"),
                    suggestions: [{ messageId: "addDescribe", output: aiBare.replace("z.string()", `z.string().describe(${TODO})`) }],
                },
                {
                    messageId: "freeText",
                    data: { label: `"limit"`, type: "number" },
                    ...(0, tester_1.at)(aiBare, "limit"),
                    suggestions: [{ messageId: "addDescribe", output: aiBare.replace("z.number().optional()", `z.number().optional().describe(${TODO})`) }],
                },
            ],
        },
        {
            code: aiNested,
            errors: [
                { messageId: "freeText", data: { label: `"since"`, type: "string" }, ...(0, tester_1.at)(aiNested, "since"), suggestions: [{ messageId: "addDescribe", output: aiNested.replace("since: z.string()", `since: z.string().describe(${TODO})`) }] },
                {
                    messageId: "freeText",
                    data: { label: `the items of "ids"`, type: "number" },
                    ...(0, tester_1.at)(aiNested, "ids"),
                    suggestions: [{ messageId: "addDescribe", output: aiNested.replace("z.coerce.number()", `z.coerce.number().describe(${TODO})`) }],
                },
            ],
        },
        { code: mcpShape, errors: [{ messageId: "freeText", ...(0, tester_1.at)(mcpShape, "path"), suggestions: [{ messageId: "addDescribe", output: mcpShape.replace("z.string().trim()", `z.string().trim().describe(${TODO})`) }] }] },
        { code: lcNamed, errors: [{ messageId: "freeText", ...(0, tester_1.at)(lcNamed, "sku"), suggestions: [{ messageId: "addDescribe", output: lcNamed.replace("string() })", `string().describe(${TODO}) })`) }] }] },
        {
            code: chatJson,
            errors: [
                {
                    messageId: "freeText",
                    data: { label: `"when"`, type: "string" },
                    ...(0, tester_1.at)(chatJson, "when"),
                    suggestions: [{ messageId: "addDescription", output: chatJson.replace(`when: { type: "string" }`, `when: { type: "string", description: ${TODO} }`) }],
                },
            ],
        },
        {
            code: anthropicMultiline,
            errors: [
                {
                    messageId: "freeText",
                    data: { label: `"amount"`, type: "number" },
                    ...(0, tester_1.at)(anthropicMultiline, "amount"),
                    suggestions: [
                        {
                            messageId: "addDescription",
                            output: anthropicMultiline.replace(`          type: ["number", "null"],\n`, `          type: ["number", "null"],\n          description: ${TODO},\n`),
                        },
                    ],
                },
                {
                    messageId: "freeText",
                    data: { label: `the items of "tags"`, type: "string" },
                    ...(0, tester_1.at)(anthropicMultiline, "tags"),
                    suggestions: [{ messageId: "addDescription", output: anthropicMultiline.replace(`items: { type: "string" }`, `items: { type: "string", description: ${TODO} }`) }],
                },
            ],
        },
        {
            code: googleType,
            errors: [{ messageId: "freeText", ...(0, tester_1.at)(googleType, "city"), suggestions: [{ messageId: "addDescription", output: googleType.replace(`{ type: Type.STRING }`, `{ type: Type.STRING, description: ${TODO} }`) }] }],
        },
        {
            code: aiJsonSchema,
            errors: [
                { messageId: "freeText", data: { label: `"id"`, type: "integer" }, ...(0, tester_1.at)(aiJsonSchema, "id"), suggestions: [{ messageId: "addDescription", output: aiJsonSchema.replace(`{ type: "integer" }`, `{ type: "integer", description: ${TODO} }`) }] },
            ],
        },
        // a schema shared by two tools: reported once, in JavaScript too
        { code: jsShared, ...tool_headers_1.js, errors: [{ messageId: "freeText", ...(0, tester_1.at)(jsShared, "code"), suggestions: [{ messageId: "addDescribe", output: jsShared.replace("z.string()", `z.string().describe(${TODO})`) }] }] },
    ],
});
//# sourceMappingURL=require-tool-descriptions.test.js.map