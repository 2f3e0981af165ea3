/**
 * Prompt-token counts of chat requests: messages and tool definitions.
 *
 * Messages follow OpenAI's published method (OpenAI Cookbook, "How to count
 * tokens with tiktoken", num_tokens_from_messages) for gpt-3.5-turbo-0613 and
 * later, gpt-4, gpt-4o and newer chat models:
 *   3 tokens per message + the tokens of each of its values (role, content, name)
 *   + 1 more token if the message has a name, + 3 tokens priming the reply
 *   (<|start|>assistant<|message|>).
 *
 * Tools have no official method. countToolDefinitions implements the recipe of
 * the same cookbook (num_tokens_for_tools), which OpenAI reported to match the
 * API's prompt_tokens on its example. OpenAI renders tools as a TypeScript-like
 * block ("namespace functions { type name = (_: { prop: type, }) => any; }"); the
 * recipe replaces the punctuation of that block with fixed overheads:
 *
 *   per tool:       FUNC_INIT + tokens("<name>:<description>")
 *   if it has properties:  + PROP_INIT once, then per property
 *                   PROP_KEY + tokens("<key>:<type>:<description>")
 *   per property with an enum:  ENUM_INIT once + per value (ENUM_ITEM + tokens(value))
 *   once, if there is at least one tool:  + FUNC_END
 *
 * with FUNC_INIT = 7 for o200k_base models (gpt-4o and later) and 10 for
 * cl100k_base models (gpt-3.5-turbo, gpt-4), PROP_INIT = 3, PROP_KEY = 3,
 * ENUM_INIT = -3, ENUM_ITEM = 3, FUNC_END = 12. One trailing "." is removed from
 * every description, as the recipe does. Details the recipe leaves open, chosen
 * here (see docs/estimate-tools.md):
 *   - a missing description counts as ""; a missing or non-object `parameters`
 *     or `properties` counts as no properties;
 *   - <type> is the schema's `type` string; a type array is joined with " | "
 *     ("string | null"); no `type` gives "";
 *   - enum values are counted as String(value) (JSON.stringify for objects);
 *   - nested schemas (the recipe ignores them): the properties of an object
 *     property, and of the items of an array property, are counted with the same
 *     PROP_INIT / PROP_KEY / enum rules, recursively.
 */
import { countTokens, type Encoding } from "./tokenizer";

export interface ChatMessageText {
  role: string;
  content: string;
  name?: string;
}

export interface ToolDefinitionText {
  name: string;
  description?: string;
  /** JSON schema object of the arguments. */
  parameters?: unknown;
}

export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_NAME = 1;
export const REPLY_PRIMING_TOKENS = 3;

/** Fixed overheads of the cookbook's tool-counting recipe. */
export interface ToolOverheads {
  readonly funcInit: number;
  readonly propInit: number;
  readonly propKey: number;
  readonly enumInit: number;
  readonly enumItem: number;
  readonly funcEnd: number;
}

export function toolOverheads(encoding: Encoding): ToolOverheads {
  return {
    funcInit: encoding === "cl100k_base" ? 10 : 7,
    propInit: 3,
    propKey: 3,
    enumInit: -3,
    enumItem: 3,
    funcEnd: 12,
  };
}

/** Prompt tokens of a chat request's messages, including the 3 reply-priming tokens. */
export function countChatMessages(messages: ChatMessageText[], encoding: Encoding): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE;
    total += countTokens(message.role, encoding);
    total += countTokens(message.content, encoding);
    if (message.name !== undefined) total += TOKENS_PER_NAME + countTokens(message.name, encoding);
  }
  return total;
}

/** Approximate prompt tokens added by tool (function) definitions; 0 for no tools. */
export function countToolDefinitions(tools: ToolDefinitionText[], encoding: Encoding): number {
  if (tools.length === 0) return 0;
  const overheads = toolOverheads(encoding);
  let total = 0;
  for (const tool of tools) {
    total += overheads.funcInit;
    total += countTokens(`${tool.name}:${withoutFinalPeriod(tool.description ?? "")}`, encoding);
    total += countProperties(propertiesOf(tool.parameters), encoding, overheads);
  }
  return total + overheads.funcEnd;
}

function countProperties(
  properties: Record<string, unknown> | undefined,
  encoding: Encoding,
  overheads: ToolOverheads,
): number {
  if (properties === undefined) return 0;
  const entries = Object.entries(properties);
  if (entries.length === 0) return 0;
  let total = overheads.propInit;
  for (const [key, rawSchema] of entries) {
    const schema = isRecord(rawSchema) ? rawSchema : {};
    total += overheads.propKey;
    if (Array.isArray(schema.enum)) {
      total += overheads.enumInit;
      for (const value of schema.enum) total += overheads.enumItem + countTokens(enumValueText(value), encoding);
    }
    const description = typeof schema.description === "string" ? schema.description : "";
    total += countTokens(`${key}:${typeText(schema.type)}:${withoutFinalPeriod(description)}`, encoding);
    total += countProperties(propertiesOf(schema), encoding, overheads);
    if (isRecord(schema.items)) total += countProperties(propertiesOf(schema.items), encoding, overheads);
  }
  return total;
}

function propertiesOf(schema: unknown): Record<string, unknown> | undefined {
  if (!isRecord(schema)) return undefined;
  return isRecord(schema.properties) ? schema.properties : undefined;
}

function typeText(type: unknown): string {
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string").join(" | ");
  return "";
}

function enumValueText(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function withoutFinalPeriod(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
