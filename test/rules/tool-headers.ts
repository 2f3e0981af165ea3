import * as espree from "espree";

// The opening lines of tool-schema test cases: a client or the tool helpers of each SDK, imported.
export const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();`;
export const ANTHROPIC = `import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();`;
export const GOOGLE = `import { GoogleGenAI, Type } from "@google/genai";\nconst ai = new GoogleGenAI({});`;
export const MCP = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { z } from "zod";\nconst server = new McpServer({ name: "s", version: "1.0.0" });`;
export const AI = `import { tool, jsonSchema } from "ai";\nimport { z } from "zod";`;
/** A case parsed as JavaScript. */
export const js = { filename: "tools.js", languageOptions: { parser: espree } } as const;
