import * as assert from "node:assert/strict";
import {
  countChatMessages,
  countChatRequest,
  countToolDefinitions,
  renderFunctionsNamespace,
  type ChatMessageText,
} from "../../src/core/cost/chat-tokens";
import { ENCODINGS } from "../../src/core/cost/tokenizer";
import { COOKBOOK_MESSAGES_CASE, COOKBOOK_TOOLS_CASE, HMARR_CASES } from "./openai-measured";
import { referenceCount } from "./reference-encoder";

describe("countChatRequest against prompt_tokens the OpenAI API reported", () => {
  HMARR_CASES.forEach((c, i) => {
    const what = [c.tools ? `${c.tools.length} function(s)` : "", c.toolChoice ? `function_call ${JSON.stringify(c.toolChoice)}` : "", c.messages.map((m) => m.role + (m.functionCall ? "+call" : "")).join(",")].filter(Boolean).join("; ");
    it(`hmarr/openai-chat-tokens case ${i + 1} (${what}): ${c.promptTokens} on gpt-3.5-turbo`, () => {
      const counted = countChatRequest(c, "cl100k_base");
      assert.equal(counted.total, c.promptTokens);
      assert.equal(counted.exact, true, counted.estimated.join("; "));
    });
  });

  for (const encoding of ENCODINGS) {
    it(`the cookbook's tools example: ${COOKBOOK_TOOLS_CASE.promptTokens[encoding]} (${encoding})`, () => {
      assert.equal(countChatRequest(COOKBOOK_TOOLS_CASE, encoding).total, COOKBOOK_TOOLS_CASE.promptTokens[encoding]);
    });
    it(`the cookbook's messages example: ${COOKBOOK_MESSAGES_CASE.promptTokens[encoding]} (${encoding})`, () => {
      assert.equal(countChatMessages(COOKBOOK_MESSAGES_CASE.messages, encoding), COOKBOOK_MESSAGES_CASE.promptTokens[encoding]);
    });
  }
});

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

describe("renderFunctionsNamespace", () => {
  it("renders the cookbook's weather tool as the TypeScript namespace the model reads", () => {
    const rendered = renderFunctionsNamespace(COOKBOOK_TOOLS_CASE.tools!);
    assert.equal(
      rendered.text,
      [
        "namespace functions {",
        "",
        "// Get the current weather in a given location",
        "type get_current_weather = (_: {",
        "// The city and state, e.g. San Francisco, CA",
        "location: string,",
        "// The unit of temperature to return",
        'unit?: "celsius" | "fahrenheit",',
        "}) => any;",
        "",
        "} // namespace functions",
      ].join("\n"),
    );
    assert.deepEqual(rendered.estimated, []);
  });

  it("nests objects two spaces deeper, drops descriptions of nested properties, renders arrays and unions", () => {
    const rendered = renderFunctionsNamespace([
      {
        name: "plan",
        parameters: {
          type: "object",
          properties: {
            steps: { type: "array", items: { type: "object", properties: { title: { type: "string", description: "deep" } }, required: ["title"] } },
            mode: { anyOf: [{ type: "string" }, { type: "null" }] },
            nothing: { type: "object" },
          },
        },
      },
      { name: "noop" },
    ]);
    assert.equal(
      rendered.text,
      ["namespace functions {", "", "type plan = (_: {", "steps?: {", "  title: string,", "}[],", "mode?: string | null,", "nothing?: {", "", "},", "}) => any;", "", "type noop = () => any;", "", "} // namespace functions"].join("\n"),
    );
  });

  it("says what it had to guess", () => {
    const rendered = renderFunctionsNamespace([{ name: "f", parameters: { type: "object", properties: { a: { oneOf: [{ type: "string" }] }, b: { $ref: "#/x" }, c: { enum: ["x"] } } } }]);
    assert.equal(rendered.estimated.length, 3);
  });
});

describe("countChatRequest estimates", () => {
  it("counts tool_calls and tool results like function calls and results, and says they are estimated", () => {
    const call = { name: "get_time", arguments: '{"tz":"UTC"}' };
    const legacy = countChatRequest({ messages: [{ role: "assistant", content: "", functionCall: call }, { role: "function", name: "get_time", content: "12:00" }] }, "o200k_base");
    const modern = countChatRequest({ messages: [{ role: "assistant", content: "", toolCalls: [call] }, { role: "tool", content: "12:00" }] }, "o200k_base");
    assert.equal(legacy.exact, true);
    assert.equal(modern.exact, false);
    // The same rules, less the function message's name (1 + its tokens).
    assert.equal(modern.total, legacy.total - 1 - referenceCount("get_time", "o200k_base"));
  });

  it("counts tool definitions without a system message as the namespace + 9", () => {
    for (const encoding of ENCODINGS) {
      const tools = COOKBOOK_TOOLS_CASE.tools!;
      assert.equal(countToolDefinitions(tools, encoding), referenceCount(renderFunctionsNamespace(tools).text, encoding) + 9);
      const request = countChatRequest({ messages: [{ role: "user", content: "hi" }], tools }, encoding);
      assert.equal(request.tools, countToolDefinitions(tools, encoding));
      assert.equal(request.total, countChatMessages([{ role: "user", content: "hi" }], encoding) + request.tools);
    }
    assert.equal(countToolDefinitions([], "o200k_base"), 0);
  });
});
