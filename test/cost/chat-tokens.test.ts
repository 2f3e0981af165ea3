import * as assert from "node:assert/strict";
import {
  countChatMessages,
  countToolDefinitions,
  type ChatMessageText,
  type ToolDefinitionText,
} from "../../src/core/cost/chat-tokens";
import { ENCODINGS } from "../../src/core/cost/tokenizer";
import { referenceCount } from "./reference-encoder";

// The example request of the OpenAI Cookbook's "How to count tokens with tiktoken" (section 7).
const COOKBOOK_MESSAGES: ChatMessageText[] = [
  { role: "system", content: "You are a helpful assistant that can answer to questions about the weather." },
  { role: "user", content: "What's the weather like in San Francisco?" },
];
const WEATHER_TOOL: ToolDefinitionText = {
  name: "get_current_weather",
  description: "Get the current weather in a given location",
  parameters: {
    type: "object",
    properties: {
      location: { type: "string", description: "The city and state, e.g. San Francisco, CA" },
      unit: { type: "string", description: "The unit of temperature to return", enum: ["celsius", "fahrenheit"] },
    },
    required: ["location"],
  },
};

describe("countChatMessages", () => {
  for (const encoding of ENCODINGS) {
    it(`equals the cookbook formula computed with js-tiktoken directly (${encoding})`, () => {
      const messages: ChatMessageText[] = [
        { role: "system", content: "You are a terse assistant. Answer in one sentence." },
        { role: "user", name: "example_user", content: "New synergies will help drive top-line growth." },
        { role: "assistant", name: "example_assistant", content: "Things working well together will increase revenue." },
        { role: "user", content: "Summarize: <|endoftext|> is just text here, and so is 日本語." },
        { role: "assistant", content: "" },
      ];
      let expected = 3; // reply priming
      for (const message of messages) {
        expected += 3 + referenceCount(message.role, encoding) + referenceCount(message.content, encoding);
        if (message.name !== undefined) expected += 1 + referenceCount(message.name, encoding);
      }
      assert.equal(countChatMessages(messages, encoding), expected);
    });
  }

  it("counts an empty conversation as the 3 reply-priming tokens", () => {
    assert.equal(countChatMessages([], "o200k_base"), 3);
  });
});

describe("countToolDefinitions", () => {
  it("reproduces the prompt_tokens the OpenAI API reported for the cookbook example", () => {
    // Published in the cookbook: 101 prompt tokens for gpt-4o / gpt-4o-mini, 105 for gpt-4 / gpt-3.5-turbo.
    const o200k = countChatMessages(COOKBOOK_MESSAGES, "o200k_base") + countToolDefinitions([WEATHER_TOOL], "o200k_base");
    const cl100k =
      countChatMessages(COOKBOOK_MESSAGES, "cl100k_base") + countToolDefinitions([WEATHER_TOOL], "cl100k_base");
    assert.equal(o200k, 101);
    assert.equal(cl100k, 105);
  });

  for (const encoding of ENCODINGS) {
    const funcInit = encoding === "o200k_base" ? 7 : 10;
    const t = (text: string) => referenceCount(text, encoding);

    it(`follows the recipe for a tool with an enum property (${encoding})`, () => {
      const expected =
        funcInit +
        t("get_current_weather:Get the current weather in a given location") +
        3 + // properties start
        (3 + t("location:string:The city and state, e.g. San Francisco, CA")) +
        (3 - 3 + (3 + t("celsius")) + (3 + t("fahrenheit")) + t("unit:string:The unit of temperature to return")) +
        12; // end
      assert.equal(countToolDefinitions([WEATHER_TOOL], encoding), expected);
    });

    it(`adds the end overhead once for several tools and strips one final period (${encoding})`, () => {
      const tools: ToolDefinitionText[] = [
        { name: "get_time", description: "Returns the current time." },
        { name: "noop" },
        { name: "search_docs", description: "Search the docs..", parameters: { type: "object", properties: {} } },
      ];
      const expected =
        funcInit + t("get_time:Returns the current time") +
        funcInit + t("noop:") +
        funcInit + t("search_docs:Search the docs.") +
        12;
      assert.equal(countToolDefinitions(tools, encoding), expected);
    });

    it(`counts type arrays, numeric enums and nested properties (${encoding})`, () => {
      const tool: ToolDefinitionText = {
        name: "create_order",
        description: "Create an order",
        parameters: {
          type: "object",
          properties: {
            priority: { type: "integer", enum: [1, 2, 3] },
            note: { type: ["string", "null"], description: "Free text." },
            address: {
              type: "object",
              description: "Where to ship",
              properties: { city: { type: "string" }, zip: { type: "string", description: "Postal code" } },
            },
            items: {
              type: "array",
              items: { type: "object", properties: { sku: { type: "string" } } },
            },
          },
        },
      };
      const expected =
        funcInit +
        t("create_order:Create an order") +
        3 +
        (3 - 3 + (3 + t("1")) + (3 + t("2")) + (3 + t("3")) + t("priority:integer:")) +
        (3 + t("note:string | null:Free text")) +
        (3 + t("address:object:Where to ship") + 3 + (3 + t("city:string:")) + (3 + t("zip:string:Postal code"))) +
        (3 + t("items:array:") + 3 + (3 + t("sku:string:"))) +
        12;
      assert.equal(countToolDefinitions([tool], encoding), expected);
    });
  }

  it("is 0 without tools", () => {
    assert.equal(countToolDefinitions([], "o200k_base"), 0);
  });
});
