/** Call estimates of a text as the editor keeps them: the engine's, without syntax nodes. Pure: no `vscode` import. */
import { analyzeFile } from "../core/detectors/analysis";
import { estimateCalls, type EstimateSettings } from "../core/cost/estimate";
import { parseSourceCached, sizeSkipReason } from "../core/engine";
import type { CallView } from "./format";

/** Every generation call and agent run of a text; [] for a file above maxFileSize. Throws on engine errors. */
export function estimateText(fileName: string, text: string, settings: EstimateSettings): CallView[] {
  if (sizeSkipReason(fileName, text.length, settings.config.maxFileSize)) return [];
  const sourceFile = parseSourceCached(fileName, text); // the SourceFile (and analysis) lintFile just built
  return estimateCalls(analyzeFile(sourceFile), settings).map(({ node, ...rest }) => ({
    ...rest,
    calleeEnd: node.expression.getEnd(),
    callee: node.expression.getText(sourceFile).replace(/\s+/g, ""),
  }));
}
