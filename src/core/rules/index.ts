import type { AnyRule } from "../rule";
import maxCallCost from "./max-call-cost";
import noFullHistory from "./no-full-history";
import noLooseToolSchema from "./no-loose-tool-schema";
import noUnboundedRetry from "./no-unbounded-retry";
import requireIterationCap from "./require-iteration-cap";
import requireMaxTokens from "./require-max-tokens";
import requireRetryBackoff from "./require-retry-backoff";
import requireToolDescriptions from "./require-tool-descriptions";

/** Every rule, by id. */
export const RULES: readonly AnyRule[] = [
  noUnboundedRetry,
  requireRetryBackoff,
  requireIterationCap,
  noFullHistory,
  noLooseToolSchema,
  requireToolDescriptions,
  requireMaxTokens,
  maxCallCost,
] as unknown as AnyRule[];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
