import type ts from "typescript";
import { lookupKey } from "../syntax/options";
import { staticNumber } from "../syntax/values";
import type { CallSite } from "../sdk/match";
import type { FileAnalysis } from "./analysis";
import { constructionSites, optionsArgument } from "./constructions";

/** A retry setting the code writes: `maxRetries: 5` on a call, its request options, or the client. */
export interface RetrySetting {
  key: string;
  /** Retries (not attempts); undefined when the value cannot be read. */
  retries?: number;
  /** The value as written, and what it counts (AWS `maxAttempts` counts attempts, the first try included). */
  value?: number;
  counts: "attempts" | "retries";
  prop: ts.Node;
  where: "call" | "request" | "client";
  site: CallSite;
}

/** The retry settings a site's own arguments write: its options, and a call's per-request options. */
export function ownRetrySettings(analysis: FileAnalysis, site: CallSite): RetrySetting[] {
  const setting = site.profile.maxRetries;
  if (!setting) return [];
  const out: RetrySetting[] = [];
  // `arg`: the argument holding the setting when the profile reads no request options (an AWS client's configuration).
  const own = setting.arg !== undefined ? site.node.arguments?.[setting.arg] : optionsArgument(site);
  const places: [ts.Expression | undefined, RetrySetting["where"]][] = [[own, site.profile.kind === "client" ? "client" : "call"]];
  if (site.profile.requestOptionsArg !== undefined) places.push([site.node.arguments?.[site.profile.requestOptionsArg], "request"]);
  for (const [obj, where] of places) {
    const found = lookupKey(analysis.index, obj, setting.key);
    if (found.state !== "present") continue;
    const value = staticNumber(analysis.index, found.value);
    const counts = setting.counts ?? "retries";
    const retries = value === undefined ? undefined : counts === "attempts" ? Math.max(0, value - 1) : value;
    out.push({ key: setting.key, prop: found.prop, where, site, counts, ...(value !== undefined ? { value } : {}), ...(retries !== undefined ? { retries } : {}) });
  }
  return out;
}

/**
 * How many times the SDK retries a call: the request options win over the call's, then the client's, then the
 * SDK's default. Undefined when a setting cannot be read or the SDK has no retry setting.
 */
export function retriesOf(analysis: FileAnalysis, site: CallSite): { retries: number; default: boolean; setting?: RetrySetting } | undefined {
  const order: RetrySetting["where"][] = ["request", "call", "client"];
  const settings = [...ownRetrySettings(analysis, site), ...constructionSites(analysis, site).flatMap((c) => ownRetrySettings(analysis, c))];
  for (const where of order) {
    const setting = settings.find((s) => s.where === where);
    if (setting) return setting.retries === undefined ? undefined : { retries: setting.retries, default: false, setting };
  }
  const sdkDefault = site.profile.maxRetries ?? constructionSites(analysis, site).find((c) => c.profile.maxRetries)?.profile.maxRetries;
  return sdkDefault ? { retries: sdkDefault.counts === "attempts" ? Math.max(0, sdkDefault.default - 1) : sdkDefault.default, default: true } : undefined;
}
