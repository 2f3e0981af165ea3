/** What the adapter uses of the engine at run time, loaded lazily through engine() (see engine.ts). */
export { lintFile } from "../core/run";
export { loadConfigFor, parseConfigText } from "../core/config/load";
export { CONFIG_FILE_NAME, defaultConfig } from "../core/config/schema";
export { defaultPricingTable } from "../core/cost/pricing";
export { isTokenizerLoaded } from "../core/cost/tokenizer";
export { formatMessage } from "../core/rule";
export { ruleById } from "../core/rules";
export { cheaperModels } from "./cheaper-models";
export { mergeEditorSettings } from "./config-merge";
export { estimateDocument, estimateText } from "./estimate-text";
export { createProject } from "../core/detectors/analysis";
export { validEdits } from "../core/syntax/edits";

import { EditSession } from "../core/edit-session";
import { parseSourceCached } from "../core/engine";
import { disableLineEdit } from "../core/syntax/disable-comments";
import type { TextEdit } from "../core/types";
import type { CallView } from "./format";

/** An open document's edit session: incremental parses, findings and estimates kept across comment-only edits. */
export function createEditSession(fileName: string): EditSession<CallView> {
  return new EditSession<CallView>(fileName);
}

/** "Disable RULE for this line" for a document's text: the comment where a comment is valid (the parse is cached). */
export function disableLineEditIn(fileName: string, text: string, offset: number, ruleId: string): TextEdit {
  return disableLineEdit(parseSourceCached(fileName, text), offset, ruleId);
}
