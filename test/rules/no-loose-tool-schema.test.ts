import { at, code, eslintRule, ruleTester } from "./tester";
import { AI, ANTHROPIC, GOOGLE, js, MCP, OPENAI } from "./tool-headers";


// --- invalid cases: the code, then each expected report, in source order ---

const aiAny = code(AI, `export const search = tool({`, `  description: "Search",`, `  inputSchema: z.object({ query: z.string(), filters: z.any() }),`, `  execute: async () => [],`, `});`);
const aiV4Unknown = code(AI, `tool({ description: "d", parameters: z.object({ data: z.unknown().describe("payload") }), execute: async () => 1 });`);
const aiRecord = code(AI, `tool({ description: "d", inputSchema: z.object({ meta: z.record(z.string(), z.any()) }) });`);
const aiArrayOptional = code(AI, `tool({ description: "d", inputSchema: z.object({ rows: z.array(z.unknown()).optional() }) });`);
const aiConstSchema = code(AI, `const Args = z.object({ id: z.string(), payload: z.any() });`, `export const t = tool({ description: "d", inputSchema: Args });`);
const aiShared = code(
  AI,
  `const Args = z.object({ payload: z.unknown() });`,
  `export const a = tool({ description: "a", inputSchema: Args });`,
  `export const b = tool({ description: "b", inputSchema: Args });`,
);
const aiExtend = code(AI, `const Base = z.object({ id: z.string() });`, `tool({ description: "d", inputSchema: Base.extend({ extra: z.any() }) });`);
const aiPassthroughConst = code(AI, `const Base = z.object({ id: z.string() });`, `tool({ description: "d", inputSchema: Base.passthrough() });`);
const aiLoose = code(AI, `tool({ description: "d", inputSchema: z.object({ id: z.string() }).loose() });`);
const aiZodSchema = code(`import { tool, zodSchema } from "ai";`, `import { z } from "zod";`, `tool({ description: "d", inputSchema: zodSchema(z.object({ q: z.any() })) });`);
const aiNamespace = code(`import { tool } from "ai";`, `import * as z from "zod";`, `tool({ description: "d", inputSchema: z.object({ q: z.any() }) });`);
const aiRenamedV4 = code(`import { tool } from "ai";`, `import { z as zod } from "zod/v4";`, `tool({ description: "d", inputSchema: zod.object({ q: zod.unknown() }) });`);
const aiNamedImports = code(`import { tool } from "ai";`, `import { object, any, string } from "zod/v3";`, `tool({ description: "d", inputSchema: object({ a: string(), b: any() }) });`);
const aiTwoParts = code(AI, `tool({ description: "d", inputSchema: z.object({ a: z.any(), b: z.object({ c: z.unknown() }).passthrough() }) });`);
const aiJsonUntyped = code(AI, `tool({ description: "d", inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string" }, extra: { description: "anything" } } }) });`);
const aiJsonRequireClosed = code(AI, `tool({ description: "d", inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string" } } }) });`);
const aiRecordWithoutHelper = code(
  `import { generateText } from "ai";`,
  `import { z } from "zod";`,
  `await generateText({ model, prompt: "p", maxOutputTokens: 100, tools: { lookup: { description: "d", inputSchema: z.object({ key: z.any() }) } } });`,
);
const lcTool = code(`import { tool } from "@langchain/core/tools";`, `import { z } from "zod";`, `tool(async () => "", { name: "t", description: "d", schema: z.object({ q: z.string() }).passthrough() });`);
const lcToolV1 = code(`import { tool } from "langchain";`, `import { z } from "zod";`, `tool(async () => "", { name: "t", schema: z.object({ q: z.any() }) });`);
const lcDynamic = code(
  `import { DynamicStructuredTool } from "@langchain/core/tools";`,
  `import { z } from "zod";`,
  `new DynamicStructuredTool({ name: "t", description: "d", schema: z.object({ q: z.string() }).catchall(z.unknown()), func: async () => "" });`,
);
const agentsLoose = code(`import { tool } from "@openai/agents";`, `import { z } from "zod";`, `tool({ name: "t", description: "d", parameters: z.looseObject({ q: z.string() }), execute: async () => "" });`);
const agentsJsonStrictDefault = code(
  `import { tool } from "@openai/agents";`,
  `tool({`,
  `  name: "t",`,
  `  description: "d",`,
  `  parameters: {`,
  `    type: "object",`,
  `    properties: { q: { type: "string" } },`,
  `    required: ["q"],`,
  `  },`,
  `  execute: async () => "",`,
  `});`,
);
const mcpToolDesc = code(MCP, `server.tool("search", "Search docs", { q: z.string(), opts: z.any() }, async () => ({ content: [] }));`);
const mcpToolShapeConst = code(MCP, `const shape = { q: z.unknown() };`, `server.tool("search", shape, async () => ({ content: [] }));`);
const mcpRegister = code(MCP, `server.registerTool("search", { description: "d", inputSchema: { q: z.string(), extra: z.any() } }, async () => ({ content: [] }));`);
const mcpRegisterConst = code(MCP, `const inputSchema = { q: z.string(), extra: z.unknown() };`, `server.registerTool("search", { description: "d", inputSchema }, async () => ({ content: [] }));`);
const mcpClassField = code(
  MCP,
  `class Tools {`,
  `  private server = new McpServer({ name: "s", version: "1" });`,
  `  register() {`,
  `    this.server.tool("x", { a: z.any() }, async () => ({ content: [] }));`,
  `  }`,
  `}`,
);
// openai chat's legacy function calling: `functions: [{ name, description, parameters }]`.
const legacyFunctions = code(
  OPENAI,
  `await client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100, functions: [{ name: "send_email", description: "Send an email.", parameters: { type: "object", properties: { to: { type: "string" }, body: {} } } }] });`,
);

const chatUntyped = code(
  OPENAI,
  `await client.chat.completions.create({`,
  `  model: "gpt-4o",`,
  `  messages: [],`,
  `  max_completion_tokens: 100,`,
  `  tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" }, extra: { description: "anything" } } } } }],`,
  `});`,
);
const chatObjectNoProps = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { meta: { type: "object", description: "m" } } } } }] });`,
);
const chatStrictTop = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } } }] });`,
);
const chatStrictNested = code(
  OPENAI,
  `const parameters = {`,
  `  type: "object",`,
  `  properties: {`,
  `    rows: { type: "array", items: { type: "object", properties: { n: { type: "number" } }, required: ["n"] } },`,
  `  },`,
  `  required: ["rows"],`,
  `  additionalProperties: false,`,
  `};`,
  `const tools = [{ type: "function", function: { name: "f", strict: true, parameters } }];`,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools });`,
);
const chatOption = code(
  OPENAI,
  `const params = { type: "object", properties: { q: { type: "string" } } };`,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: params } }] });`,
);
const chatSpreadConst = code(
  OPENAI,
  `const common = [{ type: "function", function: { name: "a", parameters: { type: "object", properties: { x: {} } } } }];`,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [...common, { type: "function", function: { name: "b", parameters: { type: "object", properties: { y: { type: "string" } } } } }] });`,
);
const chatAnyOf = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { v: { anyOf: [{ type: "string" }, { description: "other" }] } } } } }] });`,
);
const chatAdditionalUntyped = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { tags: { type: "object", additionalProperties: { description: "v" } } } } } }] });`,
);
const chatZodFunction = code(
  OPENAI,
  `import { zodFunction } from "openai/helpers/zod";`,
  `import { z } from "zod";`,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [zodFunction({ name: "f", parameters: z.object({ q: z.any() }) })] });`,
);
const chatUntracedClient = code(
  `export function ask(llm) {`,
  `  return llm.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: {} } } } }] });`,
  `}`,
);
const responsesAdditionalTrue = code(
  OPENAI,
  `client.responses.create({ model: "m", input: "x", max_output_tokens: 9, tools: [{ type: "function", name: "f", strict: false, parameters: { type: "object", properties: { q: { type: "string" } }, additionalProperties: true } }] });`,
);
const responsesStrictMultiline = code(
  OPENAI,
  `client.responses.create({`,
  `  model: "m",`,
  `  input: "x",`,
  `  max_output_tokens: 9,`,
  `  tools: [`,
  `    {`,
  `      type: "function",`,
  `      name: "f",`,
  `      strict: true,`,
  `      parameters: {`,
  `        type: "object",`,
  `        properties: { q: { type: "string" } },`,
  `        required: ["q"]`,
  `      },`,
  `    },`,
  `  ],`,
  `});`,
);
const runToolsUntyped = code(
  OPENAI,
  `client.beta.chat.completions.runTools({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { function: (a) => a, parse: JSON.parse, parameters: { type: "object", properties: { a: { title: "A" } } } } }] });`,
);
const anthropicNoProps = code(
  ANTHROPIC,
  `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", description: "d", input_schema: { type: "object" } }] });`,
);
const anthropicAdditionalEmpty = code(
  ANTHROPIC,
  `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { q: { type: "string" } }, additionalProperties: {} } }] });`,
);
const anthropicStrict = code(
  ANTHROPIC,
  `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", strict: true, input_schema: { type: "object", properties: { q: { type: "string" } } } }] });`,
);
const googleLoose = code(
  GOOGLE,
  `ai.models.generateContent({`,
  `  model: "gemini-2.5-flash",`,
  `  contents: "x",`,
  `  config: {`,
  `    maxOutputTokens: 100,`,
  `    tools: [{ functionDeclarations: [{ name: "f", parameters: { type: Type.OBJECT, properties: { q: { type: Type.STRING }, meta: { type: Type.OBJECT }, note: { description: "n" } } } }] }],`,
  `  },`,
  `});`,
);
const googleJsonOption = code(
  GOOGLE,
  `ai.models.generateContent({ model: "g", contents: "x", config: { maxOutputTokens: 9, tools: [{ functionDeclarations: [{ name: "f", parametersJsonSchema: { type: "object", properties: { q: { type: "string" } } } }] }] } });`,
);
const jsZod = code(`import { tool } from "ai";`, `import { z } from "zod";`, `export const t = tool({ description: "d", inputSchema: z.object({ q: z.any() }) });`);
const jsRequireZod = code(`const { tool } = require("ai");`, `const { z } = require("zod");`, `module.exports = tool({ description: "d", inputSchema: z.object({ q: z.unknown() }) });`);
const jsStrict = code(
  `import OpenAI from "openai";`,
  `const client = new OpenAI();`,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object", properties: { q: { type: "string" } } } } }] });`,
);
const tsxTool = code(
  AI,
  `const search = tool({ description: "d", inputSchema: z.object({ q: z.any() }) });`,
  `export function View(): JSX.Element {`,
  `  return <button onClick={() => search}>{"go"}</button>;`,
  `}`,
);

ruleTester.run("no-loose-tool-schema", eslintRule("no-loose-tool-schema"), {
  valid: [
    // --- precise zod schemas, every SDK ---
    code(AI, `tool({ description: "d", inputSchema: z.object({ city: z.string(), days: z.number().int().min(1), unit: z.enum(["c", "f"]).optional() }) });`),
    code(AI, `tool({ description: "d", inputSchema: z.object({ tags: z.record(z.string(), z.number()), when: z.union([z.string(), z.date()]) }).strict() });`),
    code(`import { tool } from "ai";`, `import { z } from "zod/v3";`, `tool({ description: "d", parameters: z.object({ q: z.string() }) });`),
    code(`import { tool } from "@langchain/core/tools";`, `import { z } from "zod";`, `tool(async ({ q }) => q, { name: "t", schema: z.object({ q: z.string() }) });`),
    code(`import { DynamicStructuredTool } from "@langchain/core/tools";`, `import { z } from "zod";`, `new DynamicStructuredTool({ name: "t", description: "d", schema: z.object({ q: z.string() }), func: async () => "" });`),
    code(`import { tool } from "@openai/agents";`, `import { z } from "zod";`, `tool({ name: "t", description: "d", parameters: z.object({ q: z.string() }), execute: async () => "" });`),
    code(MCP, `server.tool("search", "Search", { q: z.string(), limit: z.number().optional() }, async () => ({ content: [] }));`),
    code(MCP, `server.registerTool("search", { description: "d", inputSchema: { q: z.string() } }, async () => ({ content: [] }));`),
    // MCP: annotations or a tool without parameters
    code(MCP, `server.tool("ping", { title: "Ping", readOnlyHint: true }, async () => ({ content: [] }));`, `server.tool("now", async () => ({ content: [] }));`),
    // a zod schema defined elsewhere in the file and closed
    code(AI, `const Args = z.object({ id: z.string() });`, `tool({ description: "d", inputSchema: Args.extend({ n: z.number() }) });`),

    // --- precise JSON schemas ---
    code(
      OPENAI,
      `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" }, unit: { enum: ["c", "f"] }, k: { const: 1 }, r: { $ref: "#/$defs/R" }, u: { anyOf: [{ type: "string" }, { type: "null" }] } }, required: ["q"] } } }] });`,
    ),
    // strict, closed at every level (nested object, array items)
    code(
      OPENAI,
      `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object", properties: { o: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false }, l: { type: "array", items: { type: "object", properties: { n: { type: "number" } }, additionalProperties: false } } }, required: ["o", "l"], additionalProperties: false } } }] });`,
    ),
    // a tool without parameters, declared as an empty properties list
    code(OPENAI, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, functions: [{ name: "now", parameters: { type: "object", properties: { tz: { type: "string" } } } }], function_call: "auto" });`),
    code(OPENAI, `client.responses.create({ model: "m", input: "x", max_output_tokens: 9, tools: [{ type: "function", name: "now", parameters: { type: "object", properties: {} }, strict: false }] });`),
    // built-in tools have no parameters to check
    code(OPENAI, `client.responses.create({ model: "m", input: "x", max_output_tokens: 9, tools: [{ type: "web_search" }, { type: "file_search", vector_store_ids: ["v"] }] });`),
    // a typed map: additionalProperties is a schema, not `true`
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { tags: { type: "object", additionalProperties: { type: "string" } } } } }] });`),
    code(OPENAI, `client.beta.chat.completions.runTools({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { function: (a) => a, parse: JSON.parse, parameters: { type: "object", properties: { a: { type: "string" } } } } }] });`),
    code(GOOGLE, `ai.models.generateContent({ model: "g", contents: "x", config: { maxOutputTokens: 9, tools: [{ functionDeclarations: [{ name: "f", parameters: { type: Type.OBJECT, properties: { q: { type: Type.STRING }, o: { type: Type.OBJECT, properties: { a: { type: Type.NUMBER } } } } } }] }] } });`),
    // Gemini's `parameters` (OpenAPI subset) has no additionalProperties: the option does not ask for it there
    {
      code: code(GOOGLE, `ai.models.generateContent({ model: "g", contents: "x", config: { maxOutputTokens: 9, tools: [{ functionDeclarations: [{ name: "f", parameters: { type: Type.OBJECT, properties: { q: { type: Type.STRING } } } }] }] } });`),
      options: [{ requireAdditionalPropertiesFalse: true }],
    },
    code(GOOGLE, `ai.models.generateContent({ model: "g", contents: "x", config: { maxOutputTokens: 9, tools: [{ googleSearch: {} }] } });`),
    // @openai/agents JSON parameters: strict by default and closed; or strict turned off
    code(`import { tool } from "@openai/agents";`, `tool({ name: "t", description: "d", parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"], additionalProperties: false }, execute: async () => "" });`),
    code(`import { tool } from "@openai/agents";`, `tool({ name: "t", description: "d", strict: false, parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] }, execute: async () => "" });`),
    code(AI, `tool({ description: "d", inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string" } }, additionalProperties: false }) });`),
    // the option does not apply to zod (its JSON schema is closed by the converter)
    { code: code(AI, `tool({ description: "d", inputSchema: z.object({ q: z.string() }) });`), options: [{ requireAdditionalPropertiesFalse: true }] },

    // --- what we cannot see: no report ---
    // a spread in the schema, an imported schema, an imported tools list
    code(OPENAI, `const base = { type: "object" };`, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", strict: true, parameters: { ...base, properties: { q: {} } } } }] });`),
    code(OPENAI, `import { params, moreTools } from "./schemas";`, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [...moreTools, { type: "function", function: { name: "f", strict: true, parameters: params } }] });`),
    code(AI, `import { Args } from "./args";`, `tool({ description: "d", inputSchema: Args });`),
    code(OPENAI, `export function send(tools) { return client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools }); }`),

    // --- look-alikes ---
    // a `z` that is not zod
    code(`import { tool } from "ai";`, `import { z } from "./my-validation";`, `tool({ description: "d", inputSchema: z.object({ q: z.any() }).passthrough() });`),
    code(`import { tool } from "ai";`, `const z = makeSchemaBuilder();`, `tool({ description: "d", inputSchema: z.object({ q: z.any() }) });`),
    // a non-zod `z` in an MCP raw shape
    code(`import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";`, `import * as z from "superstruct";`, `const server = new McpServer({ name: "s", version: "1" });`, `server.tool("t", { a: z.any() }, async () => ({ content: [] }));`),
    // a tool's output schema is not what the model sends
    code(AI, `tool({ description: "d", inputSchema: z.object({ q: z.string() }), outputSchema: z.any() });`),
    code(MCP, `server.registerTool("t", { inputSchema: { q: z.string() }, outputSchema: { result: z.unknown() } }, async () => ({ content: [] }));`),
    // zod looseness that no tool receives
    code(`import { z } from "zod";`, `export const Config = z.object({ extra: z.any() }).passthrough();`, `export const Loose = z.looseObject({});`),
    // `any` in TypeScript types
    code(AI, `type Args = Record<string, any>;`, `export function handle(args: any): Args { return args as unknown as Args; }`, `tool({ description: "d", inputSchema: z.object({ q: z.string() }), execute: async (a: any) => a });`),
    // a `tool` or `tools` that are not an LLM's
    code(`import { tool } from "./my-tools";`, `import { z } from "zod";`, `tool({ description: "d", inputSchema: z.object({ q: z.any() }) });`),
    code(`import express from "express";`, `import { z } from "zod";`, `const app = express();`, `app.tool("x", { a: z.any() }, () => {});`),
    // `{ type: "object" }` as a whole schema: a tool that takes no arguments (nested, it is reported: see chatNestedOpen)
    anthropicNoProps,
    code(`import { tool, jsonSchema } from "ai";`, `export const now = tool({ description: "the time", inputSchema: jsonSchema<Record<string, never>>({ type: "object" }), execute: async () => Date.now() });`),
    code(`import twilio from "twilio";`, `const t = twilio();`, `t.messages.create({ body: "hi", tools: [{ name: "t", input_schema: { type: "object" } }] });`),
    code(`export function register(registry) {`, `  registry.messages.create({ tools: [{ name: "t", input_schema: { type: "object", properties: { q: {} } } }] });`, `}`),
    code(`import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";`, `import { z } from "zod";`, `const s = new McpServer({ name: "s", version: "1" });`, `s.resource("r", "file:///x", async () => ({ contents: [] }));`, `s.prompt("p", { a: z.string() }, () => ({ messages: [] }));`),

    // --- other parsers and file kinds ---
    { ...js, code: code(`import { tool } from "ai";`, `import { z } from "zod";`, `export const t = tool({ description: "d", inputSchema: z.object({ q: z.string() }) });`) },
    { ...js, code: code(`const OpenAI = require("openai");`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" } } } } }] });`) },
    {
      filename: "view.tsx",
      code: code(AI, `const t = tool({ description: "d", inputSchema: z.object({ q: z.string() }) });`, `export const View = () => <div data-any={String(t)}>{"z.any()"}</div>;`),
    },
  ],
  invalid: [
    // --- zod: any / unknown, wherever it sits ---
    { code: aiAny, errors: [{ messageId: "zodAny", data: { label: "z.any()" }, ...at(aiAny, "z.any()") }] },
    { code: aiV4Unknown, errors: [{ messageId: "zodAny", data: { label: "z.unknown()" }, ...at(aiV4Unknown, "z.unknown()") }] },
    { code: aiRecord, errors: [{ messageId: "zodAny", ...at(aiRecord, "z.any()") }] },
    { code: aiArrayOptional, errors: [{ messageId: "zodAny", ...at(aiArrayOptional, "z.unknown()") }] },
    // through a schema const, reported where the const defines it
    { code: aiConstSchema, errors: [{ messageId: "zodAny", ...at(aiConstSchema, "z.any()") }] },
    // one schema shared by two tools: one report
    { code: aiShared, errors: [{ messageId: "zodAny", ...at(aiShared, "z.unknown()") }] },
    { code: aiExtend, errors: [{ messageId: "zodAny", ...at(aiExtend, "z.any()") }] },
    { code: aiZodSchema, errors: [{ messageId: "zodAny", ...at(aiZodSchema, "z.any()") }] },
    { code: aiNamespace, errors: [{ messageId: "zodAny", ...at(aiNamespace, "z.any()") }] },
    { code: aiRenamedV4, errors: [{ messageId: "zodAny", ...at(aiRenamedV4, "zod.unknown()") }] },
    { code: aiNamedImports, errors: [{ messageId: "zodAny", data: { label: "z.any()" }, ...at(aiNamedImports, "any()", 0) }] },
    {
      code: aiTwoParts,
      errors: [
        { messageId: "zodAny", ...at(aiTwoParts, "z.any()") },
        { messageId: "zodAny", ...at(aiTwoParts, "z.unknown()") },
        { messageId: "zodPassthrough", data: { label: ".passthrough()" }, ...at(aiTwoParts, "passthrough") },
      ],
    },
    { code: aiRecordWithoutHelper, errors: [{ messageId: "zodAny", ...at(aiRecordWithoutHelper, "z.any()") }] },
    { code: lcToolV1, errors: [{ messageId: "zodAny", ...at(lcToolV1, "z.any()") }] },
    { code: lcDynamic, errors: [{ messageId: "zodAny", ...at(lcDynamic, "z.unknown()") }] },

    // --- zod: open objects ---
    { code: lcTool, errors: [{ messageId: "zodPassthrough", data: { label: ".passthrough()" }, ...at(lcTool, "passthrough") }] },
    { code: aiPassthroughConst, errors: [{ messageId: "zodPassthrough", ...at(aiPassthroughConst, "passthrough") }] },
    { code: aiLoose, errors: [{ messageId: "zodPassthrough", data: { label: ".loose()" }, ...at(aiLoose, "loose") }] },
    { code: agentsLoose, errors: [{ messageId: "zodLooseObject", data: { label: "z.looseObject()" }, ...at(agentsLoose, "looseObject") }] },

    // --- MCP raw shapes ---
    { code: mcpToolDesc, errors: [{ messageId: "zodAny", ...at(mcpToolDesc, "z.any()") }] },
    { code: mcpToolShapeConst, errors: [{ messageId: "zodAny", ...at(mcpToolShapeConst, "z.unknown()") }] },
    { code: mcpRegister, errors: [{ messageId: "zodAny", ...at(mcpRegister, "z.any()") }] },
    // a raw shape through a const is a shape, not a JSON schema without a type
    { code: mcpRegisterConst, errors: [{ messageId: "zodAny", ...at(mcpRegisterConst, "z.unknown()") }] },
    { code: mcpClassField, errors: [{ messageId: "zodAny", ...at(mcpClassField, "z.any()") }] },

    // --- JSON schema: OpenAI chat ---
    { code: chatUntyped, errors: [{ messageId: "jsonUntyped", data: { label: `"extra"` }, ...at(chatUntyped, "extra") }] },
    { code: legacyFunctions, errors: [{ messageId: "jsonUntyped", data: { label: `"body"` }, ...at(legacyFunctions, "body") }] },
    { code: chatObjectNoProps, errors: [{ messageId: "jsonObjectNoProperties", data: { label: `"meta"` }, ...at(chatObjectNoProps, "meta") }] },
    {
      code: chatStrictTop,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          data: { label: "the schema" },
          ...at(chatStrictTop, "parameters"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: code(
                OPENAI,
                `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"], additionalProperties: false } } }] });`,
              ),
            },
          ],
        },
      ],
    },
    {
      // the tools array and the schema are consts; the nested object in `items` is not closed
      code: chatStrictNested,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          data: { label: `the items of "rows"` },
          ...at(chatStrictNested, "items"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: chatStrictNested.replace(`required: ["n"] }`, `required: ["n"], additionalProperties: false }`),
            },
          ],
        },
      ],
    },
    {
      // the option extends the requirement to non-strict tools; reported at the const holding the schema
      code: chatOption,
      options: [{ requireAdditionalPropertiesFalse: true }],
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(chatOption, "params"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: code(
                OPENAI,
                `const params = { type: "object", properties: { q: { type: "string" } }, additionalProperties: false };`,
                `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: params } }] });`,
              ),
            },
          ],
        },
      ],
    },
    { code: chatSpreadConst, errors: [{ messageId: "jsonUntyped", data: { label: `"x"` }, ...at(chatSpreadConst, "x: {}", 0, 1) }] },
    { code: chatAnyOf, errors: [{ messageId: "jsonUntyped", data: { label: `a variant (anyOf) of "v"` }, ...at(chatAnyOf, `{ description: "other" }`) }] },
    { code: chatAdditionalUntyped, errors: [{ messageId: "jsonUntyped", data: { label: `the values of "tags"` }, ...at(chatAdditionalUntyped, "additionalProperties") }] },
    { code: chatZodFunction, errors: [{ messageId: "zodAny", ...at(chatZodFunction, "z.any()") }] },
    // an untraced receiver with OpenAI's distinctive method path
    { code: chatUntracedClient, errors: [{ messageId: "jsonUntyped", data: { label: `"q"` }, ...at(chatUntracedClient, "q: {}", 0, 1) }] },

    // --- JSON schema: OpenAI responses, runTools ---
    { code: responsesAdditionalTrue, errors: [{ messageId: "jsonAdditionalTrue", data: { label: "the schema" }, ...at(responsesAdditionalTrue, "additionalProperties: true") }] },
    {
      code: responsesStrictMultiline,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(responsesStrictMultiline, "parameters"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: responsesStrictMultiline.replace(`        required: ["q"]\n`, `        required: ["q"],\n        additionalProperties: false\n`),
            },
          ],
        },
      ],
    },
    { code: runToolsUntyped, errors: [{ messageId: "jsonUntyped", data: { label: `"a"` }, ...at(runToolsUntyped, "a: { title", 0, 1) }] },

    // --- JSON schema: Anthropic ---
    { code: anthropicAdditionalEmpty, errors: [{ messageId: "jsonAdditionalTrue", ...at(anthropicAdditionalEmpty, "additionalProperties: {}") }] },
    {
      code: anthropicStrict,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(anthropicStrict, "input_schema"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: code(
                ANTHROPIC,
                `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", strict: true, input_schema: { type: "object", properties: { q: { type: "string" } }, additionalProperties: false } }] });`,
              ),
            },
          ],
        },
      ],
    },

    // --- JSON schema: Google ---
    {
      code: googleLoose,
      errors: [
        { messageId: "jsonObjectNoProperties", data: { label: `"meta"` }, ...at(googleLoose, "meta") },
        { messageId: "jsonUntyped", data: { label: `"note"` }, ...at(googleLoose, "note") },
      ],
    },
    {
      code: googleJsonOption,
      options: [{ requireAdditionalPropertiesFalse: true }],
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(googleJsonOption, "parametersJsonSchema"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: googleJsonOption.replace(`{ q: { type: "string" } } }`, `{ q: { type: "string" } }, additionalProperties: false }`),
            },
          ],
        },
      ],
    },

    // --- JSON schema: AI SDK jsonSchema(), @openai/agents (strict by default) ---
    { code: aiJsonUntyped, errors: [{ messageId: "jsonUntyped", data: { label: `"extra"` }, ...at(aiJsonUntyped, "extra") }] },
    {
      code: aiJsonRequireClosed,
      options: [{ requireAdditionalPropertiesFalse: true }],
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(aiJsonRequireClosed, "jsonSchema", 1),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: aiJsonRequireClosed.replace(`{ q: { type: "string" } } })`, `{ q: { type: "string" } }, additionalProperties: false })`),
            },
          ],
        },
      ],
    },
    {
      code: agentsJsonStrictDefault,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(agentsJsonStrictDefault, "parameters"),
          suggestions: [
            {
              messageId: "addAdditionalFalse",
              output: agentsJsonStrictDefault.replace(`    required: ["q"],\n`, `    required: ["q"],\n    additionalProperties: false,\n`),
            },
          ],
        },
      ],
    },

    // --- JavaScript through espree ---
    { ...js, code: jsZod, errors: [{ messageId: "zodAny", ...at(jsZod, "z.any()") }] },
    { ...js, code: jsRequireZod, errors: [{ messageId: "zodAny", ...at(jsRequireZod, "z.unknown()") }] },
    {
      ...js,
      code: jsStrict,
      errors: [
        {
          messageId: "jsonMissingAdditionalFalse",
          ...at(jsStrict, "parameters"),
          suggestions: [{ messageId: "addAdditionalFalse", output: jsStrict.replace(`{ q: { type: "string" } } }`, `{ q: { type: "string" } }, additionalProperties: false }`) }],
        },
      ],
    },

    // --- TSX ---
    { filename: "search.tsx", code: tsxTool, errors: [{ messageId: "zodAny", ...at(tsxTool, "z.any()") }] },
  ],
});

// Variants of a typed schema refine its type: `{ type: "string", anyOf: [{ minLength: 3 }, { pattern }] }` (seen in
// vercel/ai's examples) is not loose; the same variants under an untyped parent are.
ruleTester.run("no-loose-tool-schema (variants)", eslintRule("no-loose-tool-schema"), {
  valid: [
    code(
      `import { generateText, jsonSchema, tool } from "ai";`,
      `generateText({ model, prompt: "x", tools: { w: tool({ inputSchema: jsonSchema({ type: "object", properties: {`,
      `  location: { type: "string", anyOf: [{ minLength: 3 }, { pattern: "^\\\\d{5}$" }] } }, required: ["location"] }) }) } });`,
    ),
  ],
  invalid: [
    {
      code: code(
        `import { generateText, jsonSchema, tool } from "ai";`,
        `generateText({ model, prompt: "x", tools: { w: tool({ inputSchema: jsonSchema({ type: "object", properties: {`,
        `  location: { anyOf: [{ minLength: 3 }, { type: "string" }] } }, required: ["location"] }) }) } });`,
      ),
      errors: [{ messageId: "jsonUntyped", line: 3, column: 23 }],
    },
  ],
});

// --- tools given to a model a factory method makes (@google/generative-ai, @google-cloud/vertexai) ---
const GEN_AI = `import { GoogleGenerativeAI, SchemaType } from "@google/generative-ai";\nconst genAI = new GoogleGenerativeAI(process.env.KEY);`;
const genAiLoose = code(
  GEN_AI,
  `const model = genAI.getGenerativeModel({`,
  `  model: "gemini-2.0-flash",`,
  `  tools: [{ functionDeclarations: [{ name: "f", parameters: { type: SchemaType.OBJECT, properties: { q: { type: SchemaType.STRING }, meta: { type: SchemaType.OBJECT } } } }] }],`,
  `});`,
);

ruleTester.run("no-loose-tool-schema (Google factory methods)", eslintRule("no-loose-tool-schema"), {
  valid: [
    code(GEN_AI, `genAI.getGenerativeModel({ model: "g", tools: [{ functionDeclarations: [{ name: "f", parameters: { type: SchemaType.OBJECT, properties: { q: { type: SchemaType.STRING } } } }] }] });`),
    // an app's own getGenerativeModel
    code(`import { getGenerativeModel } from "./ai";`, `getGenerativeModel({ model: "g", tools: [{ functionDeclarations: [{ name: "f", parameters: { type: "object", properties: { meta: { type: "object" } } } }] }] });`),
  ],
  invalid: [
    {
      code: genAiLoose,
      errors: [{ messageId: "jsonObjectNoProperties", data: { label: `"meta"` }, ...at(genAiLoose, "meta") }],
    },
  ],
});

// --- Bedrock Converse: toolConfig.tools[].toolSpec.inputSchema.json ---
const BEDROCK = `import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";\nconst bedrock = new BedrockRuntimeClient({});`;
const bedrockLoose = code(
  BEDROCK,
  `await bedrock.send(new ConverseCommand({ modelId: "m", messages: [], toolConfig: { tools: [{ toolSpec: { name: "f", inputSchema: { json: { type: "object", properties: { q: { type: "string" }, meta: { type: "object" } } } } } }] } }));`,
);

ruleTester.run("no-loose-tool-schema (Bedrock)", eslintRule("no-loose-tool-schema"), {
  valid: [
    code(BEDROCK, `await bedrock.send(new ConverseCommand({ modelId: "m", messages: [], toolConfig: { tools: [{ toolSpec: { name: "f", inputSchema: { json: { type: "object", properties: { q: { type: "string" } } } } } }] } }));`),
  ],
  invalid: [
    {
      code: bedrockLoose,
      errors: [{ messageId: "jsonObjectNoProperties", data: { label: `"meta"` }, ...at(bedrockLoose, "meta") }],
    },
  ],
});

// --- Mastra createTool and Genkit defineTool: zod input schemas ---
const mastraAny = code(`import { createTool } from "@mastra/core/tools";`, `import { z } from "zod";`, `export const t = createTool({ id: "t", description: "d", inputSchema: z.object({ q: z.string(), extra: z.any() }), execute: async () => 1 });`);
const genkitAny = code(`import { genkit, z } from "genkit";`, `const ai = genkit({ plugins: [] });`, `export const t = ai.defineTool({ name: "t", description: "d", inputSchema: z.object({ q: z.unknown() }) }, async () => 1);`);

ruleTester.run("no-loose-tool-schema (Mastra, Genkit)", eslintRule("no-loose-tool-schema"), {
  valid: [
    code(`import { createTool } from "@mastra/core/tools";`, `import { z } from "zod";`, `export const t = createTool({ id: "t", description: "d", inputSchema: z.object({ q: z.string() }), execute: async () => 1 });`),
    // an app's own createTool
    code(`import { z } from "zod";`, `function createTool(o: object) { return o; }`, `createTool({ inputSchema: z.object({ q: z.any() }) });`),
  ],
  invalid: [
    { code: mastraAny, errors: [{ messageId: "zodAny", data: { label: "z.any()" }, ...at(mastraAny, "z.any()") }] },
    { code: genkitAny, errors: [{ messageId: "zodAny", data: { label: "z.unknown()" }, ...at(genkitAny, "z.unknown()") }] },
  ],
});

// --- `required` beside the schema, required names that are not properties, open objects nested in fields ---

const chatRequiredBeside = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" } } }, required: ["q"] } }] });`,
);
const anthropicRequiredBeside = code(
  ANTHROPIC,
  `anthropic.messages.create({`,
  `  model: "m",`,
  `  max_tokens: 9,`,
  `  messages: [],`,
  `  tools: [`,
  `    {`,
  `      name: "t",`,
  `      required: ["city"],`,
  `      input_schema: {`,
  `        type: "object",`,
  `        properties: { city: { type: "string" } },`,
  `      },`,
  `    },`,
  `  ],`,
  `});`,
);
const responsesRequiredBesideBoth = code(
  OPENAI,
  `client.responses.create({ model: "m", input: "i", max_output_tokens: 9, tools: [{ type: "function", name: "f", parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] }, required: ["q"] }] });`,
);
const responsesRequiredLast = code(
  OPENAI,
  `client.responses.create({`,
  `  model: "m",`,
  `  input: "i",`,
  `  max_output_tokens: 9,`,
  `  tools: [{`,
  `    type: "function",`,
  `    name: "f",`,
  `    parameters: { type: "object", properties: { q: { type: "string" } } },`,
  `    required: ["q"],`,
  `  }],`,
  `});`,
);
const chatRequiredTypo = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } }, required: ["qery", "limit", "lmit"] } } }] });`,
);
const anthropicNestedRequiredTypo = code(
  ANTHROPIC,
  `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { addr: { type: "object", properties: { street: { type: "string" } }, required: ["stret"] } }, required: ["addr"] } }] });`,
);
const chatNestedOpen = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { a: { type: "object", properties: { b: { type: "object" } } } } } } }] });`,
);
const aiRecordOneArg = code(AI, `tool({ description: "d", inputSchema: z.object({ a: z.object({ meta: z.record(z.unknown()) }) }) });`);

ruleTester.run("no-loose-tool-schema (required, nested open objects)", eslintRule("no-loose-tool-schema"), {
  valid: [
    // `required` inside the schema, naming declared properties
    code(OPENAI, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } } }] });`),
    // names from variants or open objects: not judged
    code(OPENAI, `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" } }, anyOf: [{ properties: { r: { type: "string" } } }], required: ["r"] } } }] });`),
    code(ANTHROPIC, `const base = { q: { type: "string" } };`, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { ...base }, required: ["q"] } }] });`),
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { q: { type: "string" } }, required: names } }] });`),
    // a key named `required` that is not an array
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", required: true, input_schema: { type: "object", properties: { q: { type: "string" } } } }] });`),
    // `required` as a property name inside properties is a field, not the keyword
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { required: { type: "boolean" } }, required: ["required"] } }] });`),
  ],
  invalid: [
    {
      code: chatRequiredBeside,
      errors: [
        {
          messageId: "requiredOutsideSchema",
          ...at(chatRequiredBeside, "required"),
          suggestions: [
            {
              messageId: "moveRequired",
              output: code(
                OPENAI,
                `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } } }] });`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: anthropicRequiredBeside,
      errors: [
        {
          messageId: "requiredOutsideSchema",
          ...at(anthropicRequiredBeside, "required"),
          suggestions: [
            {
              messageId: "moveRequired",
              output: anthropicRequiredBeside
                .replace(`      required: ["city"],\n`, "")
                .replace(`        properties: { city: { type: "string" } },\n`, `        properties: { city: { type: "string" } },\n        required: ["city"],\n`),
            },
          ],
        },
      ],
    },
    {
      // the last property, with a trailing comma: its line goes, the comma style stays
      code: responsesRequiredLast,
      errors: [
        {
          messageId: "requiredOutsideSchema",
          ...at(responsesRequiredLast, "required"),
          suggestions: [
            {
              messageId: "moveRequired",
              output: responsesRequiredLast
                .replace(`\n    required: ["q"],`, "")
                .replace(`properties: { q: { type: "string" } } },`, `properties: { q: { type: "string" } }, required: ["q"] },`),
            },
          ],
        },
      ],
    },
    // the schema has its own `required`: reported, no suggestion
    { code: responsesRequiredBesideBoth, errors: [{ messageId: "requiredOutsideSchema", ...at(responsesRequiredBesideBoth, "required", 1), suggestions: [] }] },
    { code: chatRequiredTypo, errors: [{ messageId: "requiredUnknown", data: { label: "the schema", names: `"qery", "lmit"` }, ...at(chatRequiredTypo, "required") }] },
    { code: anthropicNestedRequiredTypo, errors: [{ messageId: "requiredUnknown", data: { label: `"addr"`, names: `"stret"` }, ...at(anthropicNestedRequiredTypo, "required") }] },
    // already caught: open objects nested in fields
    { code: chatNestedOpen, errors: [{ messageId: "jsonObjectNoProperties", data: { label: `"b"` }, ...at(chatNestedOpen, "b:", 0, 1) }] },
    { code: aiRecordOneArg, errors: [{ messageId: "zodAny", ...at(aiRecordOneArg, "z.unknown()") }] },
  ],
});

// --- multiplexer tools: an action enum whose per-action fields are all optional ---
const muxMcp = code(
  MCP,
  `server.tool("memory_modify", "Modify memories", {`,
  `  operation: z.enum(["update", "delete", "batch-delete"]).describe("What to do"),`,
  `  target: z.string().optional(),`,
  `  targets: z.array(z.string()).optional(),`,
  `}, async () => ({ content: [] }));`,
);
const muxAi = code(
  AI,
  `const Operation = z.enum(["info", "convert", "trim", "merge", "detect"]);`,
  `export const audio = tool({ description: "Audio", inputSchema: z.object({`,
  `  operation: Operation,`,
  `  audioPath: z.string().optional(),`,
  `  outputFormat: z.enum(["mp3", "wav"]).optional(),`,
  `  startTime: z.number().nullish(),`,
  `  speed: z.number().default(1),`,
  `}).describe("Audio tools") });`,
);
const muxJson = code(
  ANTHROPIC,
  `const editor = { name: "editor", input_schema: { type: "object", properties: { command: { type: "string", enum: ["view", "create", "str_replace"] }, path: { type: "string" }, file_text: { type: "string" } }, required: ["command"] } };`,
  `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [editor] });`,
);
const muxJsonNoRequired = code(
  OPENAI,
  `client.chat.completions.create({ model: "m", messages: [], max_tokens: 9, tools: [{ type: "function", function: { name: "crm", parameters: { type: "object", properties: { action: { enum: ["create", "update"] }, name: { type: "string" }, id: { type: "string" } } } } }] });`,
);
const muxRegister = code(
  MCP,
  `const inputSchema = { action: z.enum(["start", "stop"]), minutes: z.number().int().optional(), label: z.string().optional() };`,
  `server.registerTool("timer", { description: "d", inputSchema }, async () => ({ content: [] }));`,
);

ruleTester.run("no-loose-tool-schema (multiplexer tools)", eslintRule("no-loose-tool-schema"), {
  valid: [
    // a field every action needs (besides the discriminator) is required
    code(MCP, `server.tool("calc", "d", { operation: z.enum(["add", "sqrt"]), a: z.number(), b: z.number().optional() }, async () => ({ content: [] }));`),
    // only one optional field
    code(MCP, `server.registerTool("timer", { description: "d", inputSchema: { action: z.enum(["start", "stop"]), minutes: z.number().optional() } }, async () => ({ content: [] }));`),
    // one value: nothing to choose; the discriminator itself optional or defaulted; not a discriminator's name
    code(AI, `tool({ description: "d", inputSchema: z.object({ action: z.enum(["run"]), a: z.string().optional(), b: z.string().optional() }) });`),
    code(AI, `tool({ description: "d", inputSchema: z.object({ action: z.enum(["a", "b"]).optional(), a: z.string().optional(), b: z.string().optional() }) });`),
    code(AI, `tool({ description: "d", inputSchema: z.object({ unit: z.enum(["c", "f"]), city: z.string().optional(), days: z.number().optional() }) });`),
    // already a discriminated union, or refined per action
    code(AI, `tool({ description: "d", inputSchema: z.discriminatedUnion("action", [z.object({ action: z.literal("a"), x: z.string() }), z.object({ action: z.literal("b"), y: z.string() })]) });`),
    code(AI, `tool({ description: "d", inputSchema: z.object({ action: z.enum(["a", "b"]), x: z.string().optional(), y: z.string().optional() }).refine((v) => v.action !== "a" || !!v.x) });`),
    // a field we cannot read may be required
    code(AI, `import { Path } from "./schemas";`, `tool({ description: "d", inputSchema: z.object({ action: z.enum(["a", "b"]), path: Path, x: z.string().optional(), y: z.string().optional() }) });`),
    // JSON: another field required, or per-action requirements stated with oneOf / if
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "e", input_schema: { type: "object", properties: { command: { type: "string", enum: ["view", "create"] }, path: { type: "string" }, file_text: { type: "string" } }, required: ["command", "path"] } }] });`),
    code(ANTHROPIC, `anthropic.messages.create({ model: "m", max_tokens: 9, messages: [], tools: [{ name: "e", input_schema: { type: "object", properties: { command: { type: "string", enum: ["view", "create"] }, path: { type: "string" }, text: { type: "string" } }, required: ["command"], oneOf: [{ required: ["path"] }, { required: ["text"] }] } }] });`),
  ],
  invalid: [
    { code: muxMcp, errors: [{ messageId: "multiplexerOptional", data: { label: `"operation"`, names: `"update", "delete", "batch-delete" (3 actions, 2 optional fields)` }, ...at(muxMcp, "operation") }] },
    { code: muxAi, errors: [{ messageId: "multiplexerOptional", data: { label: `"operation"`, names: `"info", "convert", "trim", "merge", ... (5 actions, 4 optional fields)` }, ...at(muxAi, "operation") }] },
    { code: muxJson, errors: [{ messageId: "multiplexerOptional", ...at(muxJson, "command") }] },
    { code: muxJsonNoRequired, errors: [{ messageId: "multiplexerOptional", data: { label: `"action"`, names: `"create", "update" (2 actions, 2 optional fields)` }, ...at(muxJsonNoRequired, "action") }] },
    { code: muxRegister, errors: [{ messageId: "multiplexerOptional", ...at(muxRegister, "action") }] },
  ],
});

// --- An MCP host forwarding a server's inputSchema: the server validates the arguments (docs: "Not reported") ---
const mcpForward = (toTool: string) =>
  code(
    OPENAI,
    `import { Client } from "@modelcontextprotocol/sdk/client/index.js";`,
    `export async function answer(mcp: Client, prompt: string) {`,
    `  const { tools } = await mcp.listTools();`,
    `  const res = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: [{ role: "user", content: prompt }], tools: tools.map((t) => (${toTool})) });`,
    `  const call = res.choices[0]!.message.tool_calls![0]!;`,
    `  return mcp.callTool({ name: call.function.name, arguments: JSON.parse(call.function.arguments) });`,
    `}`,
  );
ruleTester.run("no-loose-tool-schema (MCP hosts)", eslintRule("no-loose-tool-schema"), {
  valid: [
    { name: "inputSchema forwarded to OpenAI tools", code: mcpForward(`{ type: "function" as const, function: { name: t.name, description: t.description, parameters: t.inputSchema } }`) },
    { name: "inputSchema spread into the parameters", code: mcpForward(`{ type: "function" as const, function: { name: t.name, parameters: { ...t.inputSchema } } }`) },
  ],
  invalid: [],
});
