"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validEdits = exports.createProject = exports.estimateText = exports.estimateDocument = exports.mergeEditorSettings = exports.cheaperModels = exports.ruleById = exports.formatMessage = exports.isTokenizerLoaded = exports.defaultPricingTable = exports.defaultConfig = exports.CONFIG_FILE_NAME = exports.parseConfigText = exports.loadConfigFor = exports.lintFile = void 0;
exports.createEditSession = createEditSession;
exports.disableLineEditIn = disableLineEditIn;
/** What the adapter uses of the engine at run time, loaded lazily through engine() (see engine.ts). */
var run_1 = require("../core/run");
Object.defineProperty(exports, "lintFile", { enumerable: true, get: function () { return run_1.lintFile; } });
var load_1 = require("../core/config/load");
Object.defineProperty(exports, "loadConfigFor", { enumerable: true, get: function () { return load_1.loadConfigFor; } });
Object.defineProperty(exports, "parseConfigText", { enumerable: true, get: function () { return load_1.parseConfigText; } });
var schema_1 = require("../core/config/schema");
Object.defineProperty(exports, "CONFIG_FILE_NAME", { enumerable: true, get: function () { return schema_1.CONFIG_FILE_NAME; } });
Object.defineProperty(exports, "defaultConfig", { enumerable: true, get: function () { return schema_1.defaultConfig; } });
var pricing_1 = require("../core/cost/pricing");
Object.defineProperty(exports, "defaultPricingTable", { enumerable: true, get: function () { return pricing_1.defaultPricingTable; } });
var tokenizer_1 = require("../core/cost/tokenizer");
Object.defineProperty(exports, "isTokenizerLoaded", { enumerable: true, get: function () { return tokenizer_1.isTokenizerLoaded; } });
var rule_1 = require("../core/rule");
Object.defineProperty(exports, "formatMessage", { enumerable: true, get: function () { return rule_1.formatMessage; } });
var rules_1 = require("../core/rules");
Object.defineProperty(exports, "ruleById", { enumerable: true, get: function () { return rules_1.ruleById; } });
var cheaper_models_1 = require("./cheaper-models");
Object.defineProperty(exports, "cheaperModels", { enumerable: true, get: function () { return cheaper_models_1.cheaperModels; } });
var config_merge_1 = require("./config-merge");
Object.defineProperty(exports, "mergeEditorSettings", { enumerable: true, get: function () { return config_merge_1.mergeEditorSettings; } });
var estimate_text_1 = require("./estimate-text");
Object.defineProperty(exports, "estimateDocument", { enumerable: true, get: function () { return estimate_text_1.estimateDocument; } });
Object.defineProperty(exports, "estimateText", { enumerable: true, get: function () { return estimate_text_1.estimateText; } });
var analysis_1 = require("../core/detectors/analysis");
Object.defineProperty(exports, "createProject", { enumerable: true, get: function () { return analysis_1.createProject; } });
var edits_1 = require("../core/syntax/edits");
Object.defineProperty(exports, "validEdits", { enumerable: true, get: function () { return edits_1.validEdits; } });
const edit_session_1 = require("../core/edit-session");
const engine_1 = require("../core/engine");
const disable_comments_1 = require("../core/syntax/disable-comments");
/** An open document's edit session: incremental parses, findings and estimates kept across comment-only edits. */
function createEditSession(fileName) {
    return new edit_session_1.EditSession(fileName);
}
/** "Disable RULE for this line" for a document's text: the comment where a comment is valid (the parse is cached). */
function disableLineEditIn(fileName, text, offset, ruleId) {
    return (0, disable_comments_1.disableLineEdit)((0, engine_1.parseSourceCached)(fileName, text), offset, ruleId);
}
//# sourceMappingURL=engine-api.js.map