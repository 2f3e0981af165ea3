"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenCountingFor = tokenCountingFor;
exports.anthropicToolPromptTokens = anthropicToolPromptTokens;
const CLAUDE = {
    family: "claude",
    factor: 1.18,
    exact: false,
    source: "Claude up to 4.6 counts ~18% more tokens than o200k on prose (published measurements, VentureBeat 2025)",
};
const CLAUDE_2026 = {
    family: "claude-2026",
    factor: 1.5,
    exact: false,
    source: "Claude Opus 4.7's tokenizer counts ~1.3x Claude 4.6 (count_tokens measurements, 2026), itself ~1.18x o200k",
};
const GEMINI = {
    family: "gemini",
    factor: 1.06,
    exact: false,
    source: "Gemini's Gemma 3 vocabulary counts 1.06x o200k on English prose (1.16x on TypeScript), measured",
};
/** The counting of a model family, from the model id (a pricing-table id or the id the code names); undefined: unknown family. */
function tokenCountingFor(modelId) {
    const id = bareId(modelId);
    if (/^claude-/.test(id)) {
        return { ...(isClaude2026(id) ? CLAUDE_2026 : CLAUDE), encoding: "o200k_base" };
    }
    if (/^gemini-(?:2|3)/.test(id))
        return { ...GEMINI, encoding: "o200k_base" };
    if (/^(?:gpt-|chatgpt-|o\d|codex-|text-embedding-)/.test(id)) {
        return { family: "openai", encoding: openAiEncoding(id), factor: 1, exact: true, source: "OpenAI's own encoding (js-tiktoken)" };
    }
    return undefined;
}
/** Claude Opus 4.7 and later, and every Claude 5 model, share the 2026 tokenizer. */
function isClaude2026(id) {
    const named = /^claude-(?:opus|sonnet|haiku)-(\d+)(?:[-.](\d+))?/.exec(id);
    if (!named)
        return false;
    const major = Number(named[1]);
    const minor = named[2] !== undefined && named[2].length <= 2 ? Number(named[2]) : 0;
    if (major >= 5)
        return true;
    return major === 4 && id.startsWith("claude-opus-") && minor >= 7;
}
/** gpt-4 (not 4o, 4.1, 4.5), gpt-4-turbo and gpt-3.5 use cl100k_base; everything newer o200k_base. */
function openAiEncoding(id) {
    if (/^gpt-3\.5/.test(id))
        return "cl100k_base";
    if (/^gpt-4(?:-|$)/.test(id) && !/^gpt-4-?o/.test(id))
        return "cl100k_base";
    return "o200k_base";
}
/**
 * Tokens of the system prompt Anthropic adds when a request carries at least one tool (Anthropic, "Tool use with Claude"
 * → Pricing, table "Tool use system prompt token count"; Claude tokens, not scaled). `exact` for the models that table
 * lists; models it does not list get the number of Claude 3.7 and 4, marked estimated. Undefined: not a Claude
 * model. With no tools the API adds nothing.
 */
function anthropicToolPromptTokens(modelId, toolChoice) {
    const id = bareId(modelId);
    if (!/^claude-/.test(id))
        return undefined;
    const forced = toolChoice === "any" || toolChoice === "tool";
    const listed = (auto, any) => ({ tokens: forced ? any : auto, exact: true });
    if (/^claude-3-opus/.test(id))
        return listed(530, 281);
    if (/^claude-3-sonnet/.test(id))
        return listed(159, 235);
    if (/^claude-3-haiku/.test(id) || /^claude-3-5-haiku/.test(id))
        return listed(264, 340);
    if (/^claude-3-7-sonnet/.test(id) || /^claude-(?:opus-4(?:-[15])?|sonnet-4(?:-5)?|haiku-4-5)(?:-\d{8})?$/.test(id))
        return listed(346, 313);
    // Unlisted (Claude 3.5 Sonnet, 4.6, Opus 4.7, the 5 family): the number of the listed Claude 3.7 and 4 models.
    // (Anthropic's token-counting page shows the same 403-token tools example for claude-opus-5 as for Claude 4.)
    return { tokens: forced ? 313 : 346, exact: false };
}
/** A model id without a routing prefix (`anthropic/`, `openrouter/...`) or a Bedrock region prefix. */
function bareId(modelId) {
    return modelId.toLowerCase().replace(/^(?:[a-z0-9-]+\/)+/, "").replace(/^(?:(?:us|eu|apac|global)\.)?anthropic\./, "");
}
//# sourceMappingURL=token-factors.js.map