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
export { estimateText } from "./estimate-text";
export { createProject } from "../core/detectors/analysis";
