import { code, eslintRule, ruleTester } from "./tester";

ruleTester.run("require-max-tokens", eslintRule("require-max-tokens"), {
  valid: [
    // openai chat with either cap key
    code(`import OpenAI from "openai";`, `const c = new OpenAI();`, `c.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 500 });`),
    code(`import OpenAI from "openai";`, `const c = new OpenAI();`, `c.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 500 });`),
    // responses
    code(`import { OpenAI } from "openai";`, `const c = new OpenAI();`, `c.responses.create({ model: "gpt-4o", input: "hi", max_output_tokens: 200 });`),
    // anthropic
    code(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `a.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] });`),
    // ai sdk v5 and v4 keys
    code(`import { generateText } from "ai";`, `generateText({ model, prompt: "x", maxOutputTokens: 300 });`),
    code(`import { streamText } from "ai";`, `streamText({ model, prompt: "x", maxTokens: 300 });`),
    // google genai nested config
    code(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 256 } });`),
    // langchain: cap at construction
    code(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 256 });`, `m.invoke("hi");`),
    // @openai/agents model settings
    code(`import { Agent } from "@openai/agents";`, `new Agent({ name: "a", modelSettings: { maxTokens: 300 } });`),
    // options we cannot see: spread or a parameter
    code(`import OpenAI from "openai";`, `const c = new OpenAI();`, `function f(params) { return c.chat.completions.create(params); }`),
    code(`import OpenAI from "openai";`, `const c = new OpenAI();`, `function f(p) { return c.chat.completions.create({ ...p, model: "gpt-4o" }); }`),
    // not an LLM call: a look-alike from another package
    code(`import twilio from "twilio";`, `const t = twilio();`, `t.messages.create({ body: "hi", to: "+1" });`),
    // a name that looks like a client but is not traced to an SDK
    code(`const client = makeClient();`, `client.messages.create({ model: "x", messages: [] });`),
  ],
  invalid: [
    {
      code: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [] });`),
      errors: [
        {
          messageId: "missingCap",
          line: 3,
          column: 25,
          endColumn: 31,
          suggestions: [
            {
              messageId: "addCap",
              output: code(`import OpenAI from "openai";`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`),
            },
          ],
        },
      ],
    },
    {
      // multi-line object with trailing comma; client in a class field
      code: code(
        `import OpenAI from "openai";`,
        `class Bot {`,
        `  private client = new OpenAI();`,
        `  ask() {`,
        `    return this.client.responses.create({`,
        `      model: "gpt-4o",`,
        `      input: "hi",`,
        `    });`,
        `  }`,
        `}`,
      ),
      errors: [
        {
          messageId: "missingCap",
          line: 5,
          suggestions: [
            {
              messageId: "addCap",
              output: code(
                `import OpenAI from "openai";`,
                `class Bot {`,
                `  private client = new OpenAI();`,
                `  ask() {`,
                `    return this.client.responses.create({`,
                `      model: "gpt-4o",`,
                `      input: "hi",`,
                `      max_output_tokens: 1024,`,
                `    });`,
                `  }`,
                `}`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: code(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `await generateText({ model: openai("gpt-4o"), prompt: "x" });`),
      options: [{ suggestedCap: 500 }],
      errors: [
        {
          messageId: "missingCap",
          data: { call: "generateText()", key: "maxOutputTokens" },
          suggestions: [
            {
              messageId: "addCap",
              output: code(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `await generateText({ model: openai("gpt-4o"), prompt: "x", maxOutputTokens: 500 });`),
            },
          ],
        },
      ],
    },
    {
      // google: the config object is missing entirely
      code: code(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x" });`),
      errors: [
        {
          messageId: "missingCap",
          suggestions: [
            {
              messageId: "addCap",
              output: code(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 1024 } });`),
            },
          ],
        },
      ],
    },
    {
      // langchain chat model constructed without a cap
      code: code(`import { ChatAnthropic } from "@langchain/anthropic";`, `const m = new ChatAnthropic({ model: "claude-sonnet-4-5" });`),
      errors: [
        {
          messageId: "missingCap",
          line: 2,
          column: 11,
          suggestions: [{ messageId: "addCap", output: code(`import { ChatAnthropic } from "@langchain/anthropic";`, `const m = new ChatAnthropic({ model: "claude-sonnet-4-5", maxTokens: 1024 });`) }],
        },
      ],
    },
  ],
});
