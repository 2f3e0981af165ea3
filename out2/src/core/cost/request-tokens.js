"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestFormatOf = requestFormatOf;
exports.countRequest = countRequest;
/**
 * Prompt tokens of a whole request, counted the way its provider counts it, split into the parts the estimate shows
 * (system prompt, messages, tools, format overhead), each marked exact or estimated. The methods and their sources are
 * in docs/estimate-tools.md:
 *
 * - "openai-chat": OpenAI's chat format (chat-tokens.ts), exact for OpenAI models on the cases OpenAI's API was
 *   measured on; other models served through a chat API (Mistral, DeepSeek, ...) scaled by their factor.
 * - "openai-responses": the Responses API (`instructions`, `input` items, flat tools). OpenAI publishes no method for
 *   it: its instructions and items are counted as the equivalent chat messages, and the framing is an estimate.
 * - "anthropic": `system` and messages text, the tool definitions (name, description, JSON schema), 3 tokens per
 *   message and 3 to prime the reply, and the tool-use system prompt Anthropic adds when tools are present (published
 *   per model; exact). Text is o200k x the family's factor.
 * - "gemini": `systemInstruction`, contents and function declarations (name, description, JSON schema) as text, with no
 *   per-message framing (countTokens returns the text's tokens); o200k x the family's factor.
 */
const chat_tokens_1 = require("./chat-tokens");
const model_tokens_1 = require("./model-tokens");
const token_factors_1 = require("./token-factors");
const tokenizer_1 = require("./tokenizer");
/** The counting format of a request: the API's own when the SDK profile names one, else the model provider's. */
function requestFormatOf(profileFormat, counting, provider) {
    if (profileFormat)
        return profileFormat;
    if (counting.family === "claude" || counting.family === "claude-2026" || provider === "anthropic")
        return "anthropic";
    if (counting.family === "gemini" || provider === "google")
        return "gemini";
    return "openai-chat";
}
function countRequest(request, format, counting, modelId) {
    switch (format) {
        case "openai-chat":
        case "openai-responses":
            return countOpenAi(request, format, counting);
        case "anthropic":
            return countAnthropic(request, counting, modelId);
        case "gemini":
            return countGemini(request, counting);
    }
}
const isSystem = (m) => m.role === "system" || m.role === "developer";
function textParts(request, counting) {
    let systemRaw = 0;
    let messageRaw = 0;
    let messageCount = 0;
    for (const message of request.messages) {
        const tokens = (0, chat_tokens_1.messageTextTokens)(message, counting.encoding);
        if (isSystem(message))
            systemRaw += tokens;
        else {
            messageRaw += tokens;
            messageCount++;
        }
    }
    return { systemRaw, messageRaw, messageCount };
}
function textDetails(counting, systemRaw, messageCount) {
    const how = counting.exact ? "" : ` (o200k x ${counting.tokenFactor})`;
    return {
        system: systemRaw ? `system prompt read from the code${how}` : "none visible",
        messages: `${messageCount} message(s), literal parts${how}`,
    };
}
function countOpenAi(request, format, counting) {
    const choice = request.toolChoice;
    const toolChoice = choice === undefined ? undefined : choice.kind === "named" ? { name: choice.name } : choice.kind;
    const count = (0, chat_tokens_1.countChatRequest)({ messages: request.messages, tools: request.tools, toolChoice }, counting.encoding);
    const { systemRaw, messageRaw, messageCount } = textParts(request, counting);
    const system = (0, model_tokens_1.scaleTokenCount)(systemRaw, counting);
    const messages = (0, model_tokens_1.scaleTokenCount)(messageRaw, counting);
    const tools = request.tools.length || count.toolChoice ? (0, model_tokens_1.scaleTokenCount)(count.tools + count.toolChoice, counting) : 0;
    const overhead = Math.max(0, (0, model_tokens_1.scaleTokenCount)(count.total, counting) - system - messages - tools);
    const notes = [...count.estimated];
    const measured = counting.exact && format === "openai-chat";
    if (format === "openai-responses")
        notes.push("OpenAI publishes no counting method for the Responses API: instructions and input items are counted as the equivalent chat messages");
    const details = textDetails(counting, systemRaw, messageCount);
    const toolsExact = measured && count.estimated.length === 0;
    return {
        system: { tokens: system, exact: counting.exact, detail: details.system },
        messages: { tokens: messages, exact: counting.exact, detail: details.messages },
        tools: {
            tokens: tools,
            exact: toolsExact,
            detail: request.tools.length ? `${request.tools.length} tool definition(s), rendered as OpenAI's TypeScript namespace` : count.toolChoice ? "the tool choice" : "none",
        },
        overhead: {
            tokens: overhead,
            exact: toolsExact,
            detail: format === "openai-chat" ? "chat format: 3 tokens per message, 1 per name, 3 to prime the reply (OpenAI's method)" : "Responses items framed as chat messages (estimated)",
        },
        notes,
    };
}
/** Name, description and the compact JSON schema of each tool: what Anthropic's and Gemini's counts include. */
function toolTextTokens(tools, counting) {
    let total = 0;
    for (const tool of tools) {
        total += (0, tokenizer_1.countTokens)(tool.name, counting.encoding) + (0, tokenizer_1.countTokens)(tool.description ?? "", counting.encoding);
        total += (0, tokenizer_1.countTokens)(JSON.stringify(tool.parameters ?? {}), counting.encoding);
    }
    return total;
}
/** 3 tokens per message and 3 to prime the reply (fits Anthropic's published count_tokens examples; estimated). */
const ANTHROPIC_TOKENS_PER_MESSAGE = 3;
const ANTHROPIC_REPLY_PRIMING = 3;
function countAnthropic(request, counting, modelId) {
    const { systemRaw, messageRaw, messageCount } = textParts(request, counting);
    const details = textDetails(counting, systemRaw, messageCount);
    const notes = [];
    let tools = 0;
    let toolsDetail = "none";
    if (request.tools.length) {
        const defs = (0, model_tokens_1.scaleTokenCount)(toolTextTokens(request.tools, counting), counting);
        const choice = request.toolChoice;
        const anthropicChoice = choice?.kind === "none" ? "none" : choice?.kind === "required" ? "any" : choice?.kind === "named" ? "tool" : "auto";
        const prompt = (0, token_factors_1.anthropicToolPromptTokens)(modelId, anthropicChoice);
        tools = defs + (prompt?.tokens ?? 0);
        toolsDetail = `${request.tools.length} tool definition(s) (estimated)`;
        if (prompt) {
            toolsDetail += ` + the tool-use system prompt Anthropic adds: ${prompt.tokens} (${prompt.exact ? "published for this model" : "estimated: this model is not in Anthropic's table"})`;
        }
        else
            notes.push(`${modelId} is not a model of Anthropic's tool-use table: its tool-use system prompt is not counted`);
    }
    return {
        system: { tokens: (0, model_tokens_1.scaleTokenCount)(systemRaw, counting), exact: counting.exact, detail: details.system },
        messages: { tokens: (0, model_tokens_1.scaleTokenCount)(messageRaw, counting), exact: counting.exact, detail: details.messages },
        tools: { tokens: tools, exact: false, detail: toolsDetail },
        overhead: {
            tokens: ANTHROPIC_TOKENS_PER_MESSAGE * messageCount + ANTHROPIC_REPLY_PRIMING,
            exact: false,
            detail: "message format: 3 tokens per message, 3 to prime the reply (estimated)",
        },
        notes,
    };
}
function countGemini(request, counting) {
    const { systemRaw, messageRaw, messageCount } = textParts(request, counting);
    const details = textDetails(counting, systemRaw, messageCount);
    const tools = request.tools.length ? (0, model_tokens_1.scaleTokenCount)(toolTextTokens(request.tools, counting), counting) : 0;
    return {
        system: { tokens: (0, model_tokens_1.scaleTokenCount)(systemRaw, counting), exact: counting.exact, detail: details.system },
        messages: { tokens: (0, model_tokens_1.scaleTokenCount)(messageRaw, counting), exact: counting.exact, detail: details.messages },
        tools: { tokens: tools, exact: false, detail: request.tools.length ? `${request.tools.length} function declaration(s): name, description, JSON schema (estimated)` : "none" },
        overhead: { tokens: 0, exact: false, detail: "none: Gemini counts the text of the request" },
        notes: [],
    };
}
//# sourceMappingURL=request-tokens.js.map