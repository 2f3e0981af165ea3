/** Call estimates of a text as the editor keeps them: the engine's, without syntax nodes. Pure: no `vscode` import. */
import type ts from "typescript";
import { analyzeFile } from "../core/detectors/analysis";
import { estimateCalls, type EstimateSettings } from "../core/cost/estimate";
import type { EditSession } from "../core/edit-session";
import { parseSourceCached, sizeSkipReason } from "../core/engine";
import type { CallView } from "./format";
import type { Project } from "../core/project/project";

/**
 * Every generation call and agent run of a text; [] for a file above maxFileSize. Throws on engine errors.
 * Without `project`: the analysis lintFile just built (with the editor's project). With one (the workspace report,
 * for files not open): analysed here, following the file's imports as `costlint report` does.
 */
export function estimateText(fileName: string, text: string, settings: EstimateSettings, project?: Project): CallView[] {
  if (sizeSkipReason(fileName, text.length, settings.config.maxFileSize)) return [];
  return estimateParsed(parseSourceCached(fileName, text), settings, project); // the SourceFile (and analysis) lintFile just built
}

/** The estimates of an open document, from its edit session: kept across comment-only edits like its findings. */
export function estimateDocument(session: EditSession<CallView>, text: string, settings: EstimateSettings): CallView[] {
  if (sizeSkipReason(session.fileName, text.length, settings.config.maxFileSize)) return [];
  return session.estimate(text, settings, (sourceFile, project) => estimateParsed(sourceFile, settings, project));
}

function estimateParsed(sourceFile: ts.SourceFile, settings: EstimateSettings, project?: Project): CallView[] {
  project?.nextEpoch();
  return estimateCalls(analyzeFile(sourceFile, project), settings).map(({ node, ...rest }) => ({
    ...rest,
    calleeEnd: node.expression.getEnd(),
    callee: node.expression.getText(sourceFile).replace(/\s+/g, ""),
  }));
}
