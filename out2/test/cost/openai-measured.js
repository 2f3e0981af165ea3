"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COOKBOOK_MESSAGES_CASE = exports.COOKBOOK_TOOLS_CASE = exports.HMARR_CASES = void 0;
exports.HMARR_CASES = [
    { promptTokens: 25, messages: [{ "role": "system", "content": "You are a helpful, pattern-following assistant that translates corporate jargon into plain English." }] },
    { promptTokens: 20, messages: [{ "role": "system", "content": "New synergies will help drive top-line growth.", "name": "example_user" }] },
    { promptTokens: 19, messages: [{ "role": "system", "content": "Things working well together will increase revenue.", "name": "example_assistant" }] },
    { promptTokens: 28, messages: [{ "role": "system", "content": "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.", "name": "example_user" }] },
    { promptTokens: 26, messages: [{ "role": "system", "content": "Let's talk later when we're less busy about how to do better.", "name": "example_assistant" }] },
    { promptTokens: 26, messages: [{ "role": "user", "content": "This late pivot means we don't have time to boil the ocean for the client deliverable." }] },
    { promptTokens: 8, messages: [{ "role": "user", "content": "hello" }] },
    { promptTokens: 9, messages: [{ "role": "user", "content": "hello world" }] },
    { promptTokens: 8, messages: [{ "role": "system", "content": "hello" }] },
    { promptTokens: 9, messages: [{ "role": "system", "content": "hello:" }] },
    { promptTokens: 27, messages: [{ "role": "system", "content": "# Important: you're the best robot" }, { "role": "user", "content": "hello robot" }, { "role": "assistant", "content": "hello world" }] },
    { promptTokens: 31, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "foo", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 32, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "foo", "parameters": { "type": "object", "properties": {} } }], toolChoice: "none" },
    { promptTokens: 31, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "foo", "parameters": { "type": "object", "properties": {} } }], toolChoice: "auto" },
    { promptTokens: 36, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "foo", "parameters": { "type": "object", "properties": {} } }], toolChoice: { "name": "foo" } },
    { promptTokens: 36, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "foo", "description": "Do a foo", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 49, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "bing_bong", "description": "Do a bing bong", "parameters": { "type": "object", "properties": { "foo": { "type": "string" } } } }] },
    { promptTokens: 57, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "bing_bong", "description": "Do a bing bong", "parameters": { "type": "object", "properties": { "foo": { "type": "string" }, "bar": { "type": "number", "description": "A number" } } } }] },
    { promptTokens: 68, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "bing_bong", "description": "Do a bing bong", "parameters": { "type": "object", "properties": { "foo": { "type": "object", "properties": { "bar": { "type": "string", "enum": ["a", "b", "c"] }, "baz": { "type": "boolean" } } } } } }] },
    { promptTokens: 15, messages: [{ "role": "user", "content": "hello world" }, { "role": "function", "content": "{}", "name": "do_stuff" }] },
    { promptTokens: 28, messages: [{ "role": "user", "content": "hello world" }, { "role": "function", "content": "{\"foo\": \"bar\", \"baz\": 1.5}", "name": "do_stuff" }] },
    { promptTokens: 24, messages: [{ "role": "function", "content": "{\"a\": { \"b\" : { \"c\": false}}}", "name": "dance_the_tango" }] },
    { promptTokens: 26, messages: [{ "role": "assistant", "content": "", "functionCall": { "name": "do_stuff", "arguments": "{\"foo\": \"bar\", \"baz\": 1.5}" } }] },
    { promptTokens: 25, messages: [{ "role": "assistant", "content": "", "functionCall": { "name": "do_stuff", "arguments": "{\"foo\":\"bar\", \"baz\":\n\n 1.5}" } }] },
    { promptTokens: 158, messages: [{ "role": "system", "content": "You are an AI assistant trained to foo or bar" }, { "role": "user", "content": "My name is suzie" }, { "role": "function", "content": "{\"res\":{\"kind\":\"user\",\"name\":\"suzie\"}}", "name": "foo" }, { "role": "user", "content": "I want to post a message with the text \"hello world\"" }, { "role": "function", "content": "{\"res\":{\"kind\":\"post\",\"text\":\"hello world\"}}", "name": "foo" }], tools: [{ "name": "foo", "description": "Return the foo or the bar", "parameters": { "type": "object", "properties": { "res": { "anyOf": [{ "type": "object", "properties": { "kind": { "type": "string", "const": "post" }, "text": { "type": "string" } }, "required": ["kind", "text"], "additionalProperties": false }, { "type": "object", "properties": { "kind": { "type": "string", "const": "user" }, "name": { "type": "string", "enum": ["jane", "suzie", "adam"] } }, "required": ["kind", "name"], "additionalProperties": false }], "description": "The foo or the bar" } }, "required": ["res"], "additionalProperties": false } }], toolChoice: { "name": "foo" } },
    { promptTokens: 52, messages: [{ "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": { "foo": { "anyOf": [{ "type": "object", "properties": { "kind": { "type": "string", "const": "a" }, "baz": { "type": "boolean" } } }] } } } }] },
    { promptTokens: 80, messages: [{ "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": { "foo": { "anyOf": [{ "type": "object", "properties": { "kind": { "type": "string", "const": "a" }, "baz": { "type": "boolean" } } }, { "type": "object", "properties": { "kind": { "type": "string", "const": "b" }, "qux": { "type": "number" } } }, { "type": "object", "properties": { "kind": { "type": "string", "const": "c" }, "idk": { "type": "string" } } }] } } } }] },
    { promptTokens: 44, messages: [{ "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": { "foo": { "anyOf": [{ "type": "string", "const": "a" }, { "type": "number" }] } } } }] },
    { promptTokens: 35, messages: [{ "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 35, messages: [{ "role": "system", "content": "Hello:" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 40, messages: [{ "role": "system", "content": "Hello:" }, { "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 49, messages: [{ "role": "system", "content": "Hello:" }, { "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": {} } }, { "name": "do_other_stuff", "parameters": { "type": "object", "properties": {} } }] },
    { promptTokens: 55, messages: [{ "role": "system", "content": "Hello:" }, { "role": "system", "content": "Hello" }, { "role": "user", "content": "Hi there" }], tools: [{ "name": "do_stuff", "parameters": { "type": "object", "properties": {} } }, { "name": "do_other_stuff", "parameters": { "type": "object", "properties": {} } }], toolChoice: { "name": "do_stuff" } },
    { promptTokens: 106, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "get_recipe", "parameters": { "type": "object", "required": ["ingredients", "instructions", "time_to_cook"], "properties": { "ingredients": { "type": "array", "items": { "type": "object", "required": ["name", "unit", "amount"], "properties": { "name": { "type": "string" }, "unit": { "enum": ["grams", "ml", "cups", "pieces", "teaspoons"], "type": "string" }, "amount": { "type": "number" } } } }, "instructions": { "type": "array", "items": { "type": "string" }, "description": "Steps to prepare the recipe (no numbering)" }, "time_to_cook": { "type": "number", "description": "Total time to prepare the recipe in minutes" } } } }] },
    { promptTokens: 46, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "function", "description": "description", "parameters": { "type": "object", "properties": { "quality": { "type": "object", "properties": { "pros": { "type": "array", "items": { "type": "string" }, "description": "Write 3 points why this text is well written" } } } } } }] },
    { promptTokens: 96, messages: [{ "role": "user", "content": "hello" }], tools: [{ "name": "function", "description": "desctiption1", "parameters": { "type": "object", "description": "desctiption2", "properties": { "mainField": { "type": "string", "description": "description3" }, "field number one": { "type": "object", "description": "description4", "properties": { "yesNoField": { "type": "string", "description": "description5", "enum": ["Yes", "No"] }, "howIsInteresting": { "type": "string", "description": "description6" }, "scoreInteresting": { "type": "number", "description": "description7" }, "isInteresting": { "type": "string", "description": "description8", "enum": ["Yes", "No"] } } } } } }] },
];
exports.COOKBOOK_TOOLS_CASE = {
    messages: [
        { role: "system", content: "You are a helpful assistant that can answer to questions about the weather." },
        { role: "user", content: "What's the weather like in San Francisco?" },
    ],
    tools: [
        {
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
        },
    ],
    promptTokens: { cl100k_base: 105, o200k_base: 101 },
};
exports.COOKBOOK_MESSAGES_CASE = {
    messages: [
        { role: "system", content: "You are a helpful, pattern-following assistant that translates corporate jargon into plain English." },
        { role: "system", name: "example_user", content: "New synergies will help drive top-line growth." },
        { role: "system", name: "example_assistant", content: "Things working well together will increase revenue." },
        { role: "system", name: "example_user", content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage." },
        { role: "system", name: "example_assistant", content: "Let's talk later when we're less busy about how to do better." },
        { role: "user", content: "This late pivot means we don't have time to boil the ocean for the client deliverable." },
    ],
    promptTokens: { cl100k_base: 129, o200k_base: 124 },
};
//# sourceMappingURL=openai-measured.js.map