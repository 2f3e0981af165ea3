import OpenAI from "openai";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const openai = new OpenAI();

// ❌ Loose tool parameters: the model can invent arguments that reach the CRM unchecked.
const looseTools: OpenAI.Chat.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "update_crm",
      parameters: {
        type: "object",
        properties: {
          contactId: { type: "string" }, // expect: require-tool-descriptions
          data: { description: "Fields to write." }, // expect: no-loose-tool-schema
          extra: { type: "object" }, // expect: no-loose-tool-schema
        },
        additionalProperties: true, // expect: no-loose-tool-schema
      },
    },
  },
  {
    type: "function",
    function: {
      name: "send_email",
      strict: true,
      parameters: { // expect: no-loose-tool-schema
        type: "object",
        properties: { to: { type: "string" }, body: { type: "string" } }, // expect: require-tool-descriptions, require-tool-descriptions
        required: ["to", "body"],
      },
    },
  },
];

export function askWithLooseTools(question: string) {
  return openai.chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 300, messages: [{ role: "user", content: question }], tools: looseTools });
}

// ✅ Typed, closed, strict.
const strictTools: OpenAI.Chat.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "send_email",
      strict: true,
      parameters: {
        type: "object",
        properties: { to: { type: "string", format: "email" }, body: { type: "string", description: "Plain-text body, no HTML." } },
        required: ["to", "body"],
        additionalProperties: false,
      },
    },
  },
];

export function askWithStrictTools(question: string) {
  return openai.chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 300, messages: [{ role: "user", content: question }], tools: strictTools });
}

// MCP tools: ❌ a free-form payload, ✅ a typed one.
const server = new McpServer({ name: "crm", version: "1.0.0" });

server.registerTool(
  "write_note",
  { description: "Write a note on a contact.", inputSchema: { contactId: z.string(), payload: z.unknown() } }, // expect: no-loose-tool-schema, require-tool-descriptions
  async () => ({ content: [{ type: "text", text: "ok" }] }),
);

server.registerTool(
  "write_note_typed",
  { description: "Write a note on a contact.", inputSchema: { contactId: z.string().describe("CRM contact id, e.g. c_123"), note: z.string().max(2000) } },
  async () => ({ content: [{ type: "text", text: "ok" }] }),
);

export const passthroughSchema = z.object({ id: z.string() }).passthrough();
