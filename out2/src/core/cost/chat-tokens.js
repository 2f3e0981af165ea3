"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FUNCTION_CALL_OVERHEAD = exports.FUNCTION_RESULT_SAVING = exports.FUNCTIONS_IN_SYSTEM_SAVING = exports.FUNCTIONS_OVERHEAD = exports.REPLY_PRIMING_TOKENS = exports.TOKENS_PER_NAME = exports.TOKENS_PER_MESSAGE = void 0;
exports.countChatMessages = countChatMessages;
exports.messageTextTokens = messageTextTokens;
exports.countChatRequest = countChatRequest;
exports.countToolDefinitions = countToolDefinitions;
exports.renderFunctionsNamespace = renderFunctionsNamespace;
/**
 * Prompt tokens of OpenAI chat requests: messages, legacy functions and tools, function/tool calls and results.
 * The method reproduces the `prompt_tokens` the API reports (docs/estimate-tools.md gives the sources):
 *
 * - each message: 3 + tokens(role) + tokens(content) [+ 1 + tokens(name)]; + 3 priming the reply
 *   (OpenAI Cookbook, "How to count tokens with tiktoken", num_tokens_from_messages);
 * - function definitions (`functions`, or the `function` of each `tools` entry) are rendered as the TypeScript
 *   namespace the model reads (renderFunctionsNamespace) and counted as tokens(namespace) + 9; the first system
 *   message then carries one more newline, and 4 tokens are saved when there is a system message (the definitions
 *   join it instead of opening their own);
 * - `function_call` / `tool_choice`: "none" + 1, a named function + 4 + tokens(name), "auto" + 0;
 * - a `function` result message: - 2; an assistant message carrying `function_call`: + 3 + tokens(name) +
 *   tokens(raw arguments).
 * These rules reproduce every API-measured case of hmarr/openai-chat-tokens (gpt-3.5-turbo) and the cookbook's tool
 * example (gpt-3.5-turbo, gpt-4, gpt-4o, gpt-4o-mini) exactly. Cases outside what was measured (modern `tool_calls`
 * and `tool` messages, `tool_choice: "required"`, schema constructs the renderer does not know) are counted by the
 * nearest rule and reported as estimated.
 */
const tokenizer_1 = require("./tokenizer");
exports.TOKENS_PER_MESSAGE = 3;
exports.TOKENS_PER_NAME = 1;
exports.REPLY_PRIMING_TOKENS = 3;
/** Tokens the function definitions add besides the namespace text. */
exports.FUNCTIONS_OVERHEAD = 9;
/** Tokens saved when the definitions join an existing system message. */
exports.FUNCTIONS_IN_SYSTEM_SAVING = 4;
/** A `function` (result) message costs 2 fewer than other messages. */
exports.FUNCTION_RESULT_SAVING = 2;
/** An assistant message carrying a function call costs 3 more. */
exports.FUNCTION_CALL_OVERHEAD = 3;
/** Prompt tokens of a chat request's messages only, including the 3 reply-priming tokens. */
function countChatMessages(messages, encoding) {
    return countChatRequest({ messages }, encoding).total;
}
/** Tokens of a message's own text: content, name, and the name and arguments of the calls it carries. */
function messageTextTokens(message, encoding) {
    let total = (0, tokenizer_1.countTokens)(message.content, encoding);
    for (const call of callsOf(message))
        total += (0, tokenizer_1.countTokens)(call.name, encoding) + (0, tokenizer_1.countTokens)(call.arguments, encoding);
    return total;
}
/** Prompt tokens of a whole chat completions request. */
function countChatRequest(request, encoding) {
    const estimated = [];
    const tools = request.tools ?? [];
    const hasTools = tools.length > 0;
    let total = exports.REPLY_PRIMING_TOKENS;
    let toolTokens = 0;
    let padded = false;
    for (const message of request.messages) {
        // With tools, the first system message carries one more newline: counted with the tools.
        if (hasTools && message.role === "system" && !padded) {
            padded = true;
            toolTokens += (0, tokenizer_1.countTokens)(`${message.content}\n`, encoding) - (0, tokenizer_1.countTokens)(message.content, encoding);
        }
        total += exports.TOKENS_PER_MESSAGE + (0, tokenizer_1.countTokens)(message.role, encoding) + (0, tokenizer_1.countTokens)(message.content, encoding);
        if (message.name !== undefined)
            total += exports.TOKENS_PER_NAME + (0, tokenizer_1.countTokens)(message.name, encoding);
        if (message.role === "function")
            total -= exports.FUNCTION_RESULT_SAVING;
        if (message.role === "tool") {
            total -= exports.FUNCTION_RESULT_SAVING;
            note(estimated, "tool result messages are counted like function results");
        }
        if (message.functionCall) {
            total += exports.FUNCTION_CALL_OVERHEAD + (0, tokenizer_1.countTokens)(message.functionCall.name, encoding) + (0, tokenizer_1.countTokens)(message.functionCall.arguments, encoding);
        }
        for (const call of message.toolCalls ?? []) {
            total += exports.FUNCTION_CALL_OVERHEAD + (0, tokenizer_1.countTokens)(call.name, encoding) + (0, tokenizer_1.countTokens)(call.arguments, encoding);
            note(estimated, "tool calls are counted like function calls");
        }
        if (message.role === "developer" && hasTools)
            note(estimated, "tool definitions beside a developer message are counted as beside a system message");
    }
    if (hasTools) {
        const rendered = renderFunctionsNamespace(tools);
        for (const reason of rendered.estimated)
            note(estimated, reason);
        toolTokens += (0, tokenizer_1.countTokens)(rendered.text, encoding) + exports.FUNCTIONS_OVERHEAD;
        if (request.messages.some((m) => m.role === "system" || m.role === "developer"))
            toolTokens -= exports.FUNCTIONS_IN_SYSTEM_SAVING;
    }
    let choiceTokens = 0;
    const choice = request.toolChoice;
    if (choice === "none")
        choiceTokens = 1;
    else if (choice === "required")
        note(estimated, 'tool_choice "required" is counted as "auto"');
    else if (typeof choice === "object")
        choiceTokens = 4 + (0, tokenizer_1.countTokens)(choice.name, encoding);
    total += toolTokens + choiceTokens;
    return { total, tools: toolTokens, toolChoice: choiceTokens, exact: estimated.length === 0, estimated };
}
/**
 * Tokens the tool definitions of a request add, assuming no system message (the usual count of "what the tools
 * cost"); 0 for no tools. The full rules, which depend on the messages, are in countChatRequest.
 */
function countToolDefinitions(tools, encoding) {
    if (tools.length === 0)
        return 0;
    return (0, tokenizer_1.countTokens)(renderFunctionsNamespace(tools).text, encoding) + exports.FUNCTIONS_OVERHEAD;
}
/**
 * The TypeScript namespace OpenAI shows the model for function definitions:
 *
 *     namespace functions {
 *
 *     // <description>
 *     type <name> = (_: {
 *     // <property description>
 *     <key>?: <type>,
 *     }) => any;
 *
 *     } // namespace functions
 *
 * A property is optional (`?`) unless the object's `required` lists it; a description is written above a property
 * of the arguments object only, not above the properties of nested objects; a nested object is `{`, its properties two spaces deeper,
 * `}`; arrays are `<items>[]` (`any[]` with no items); string enums `"a" | "b"`, number enums `1 | 2`; integer
 * is `number`; anyOf is its members joined with ` | `; `const`, formats, bounds and defaults are not shown.
 */
function renderFunctionsNamespace(tools) {
    const estimated = [];
    const lines = ["namespace functions {", ""];
    for (const tool of tools) {
        if (tool.description)
            lines.push(`// ${tool.description}`);
        const parameters = isRecord(tool.parameters) ? tool.parameters : {};
        if (isRecord(parameters.properties) && Object.keys(parameters.properties).length > 0) {
            lines.push(`type ${tool.name} = (_: {`, renderProperties(parameters, 0, estimated), "}) => any;");
        }
        else {
            lines.push(`type ${tool.name} = () => any;`);
        }
        lines.push("");
    }
    lines.push("} // namespace functions");
    return { text: lines.join("\n"), estimated };
}
/** The properties of an object schema, one entry per property, the first line of each indented by `indent`. */
function renderProperties(schema, indent, estimated) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const entries = [];
    for (const [key, raw] of Object.entries(properties)) {
        const property = isRecord(raw) ? raw : {};
        if (typeof property.description === "string" && property.description && indent < 2)
            entries.push(`// ${property.description}`);
        entries.push(`${key}${required.includes(key) ? "" : "?"}: ${renderType(property, indent, estimated)},`);
    }
    const pad = " ".repeat(indent);
    return entries.map((entry) => pad + entry).join("\n");
}
function renderType(schema, indent, estimated) {
    const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
    if (union) {
        if (!Array.isArray(schema.anyOf))
            note(estimated, "oneOf is rendered like anyOf");
        return union.map((member) => renderType(isRecord(member) ? member : {}, indent, estimated)).join(" | ");
    }
    const type = schema.type;
    if (Array.isArray(type)) {
        note(estimated, "a list of types is rendered as their union");
        return type.map((t) => renderType({ ...schema, type: t }, indent, estimated)).join(" | ");
    }
    if (Array.isArray(schema.enum) && (type === "string" || type === "number" || type === "integer" || type === undefined)) {
        if (type === undefined)
            note(estimated, "an enum without a type is rendered as its values");
        return schema.enum.map((value) => (typeof value === "string" ? `"${value}"` : String(value))).join(" | ");
    }
    switch (type) {
        case "string":
            return "string";
        case "number":
        case "integer":
            return "number";
        case "boolean":
            return "boolean";
        case "null":
            return "null";
        case "object":
            return ["{", renderProperties(schema, indent + 2, estimated), "}"].join("\n");
        case "array":
            return isRecord(schema.items) ? `${renderType(schema.items, indent, estimated)}[]` : "any[]";
        default:
            note(estimated, "a schema with no known type is rendered as any");
            return "any";
    }
}
function callsOf(message) {
    return [...(message.functionCall ? [message.functionCall] : []), ...(message.toolCalls ?? [])];
}
function note(list, reason) {
    if (!list.includes(reason))
        list.push(reason);
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=chat-tokens.js.map