import path from "node:path";
import { sourceFileOf } from "../syntax/ast";
import type { CallSite } from "../sdk/match";
import type { FileAnalysis } from "./analysis";

/**
 * The version of `module` the nearest package.json above a call's file declares, as its major (and minor when the
 * range writes one): `^5.0.1`, `~6.0`, `>=5`, `6.0.193`. Undefined with no project, no declaration, a tag or a link.
 */
export function declaredVersion(analysis: FileAnalysis, site: CallSite, module: string): { major: number; minor?: number } | undefined {
  const range = analysis.project?.dependencyRange(path.resolve(sourceFileOf(site.node).fileName), module);
  const m = range === undefined ? null : /^\s*(?:[\^~]|>=?\s*)?v?(\d+)(?:\.(\d+)|\.|\s*$|\.x)/.exec(range);
  if (!m) return undefined;
  return m[2] !== undefined ? { major: Number(m[1]), minor: Number(m[2]) } : { major: Number(m[1]) };
}
