"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.conversationOf = conversationOf;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const constructions_1 = require("./constructions");
const output_cap_1 = require("./output-cap");
/**
 * The conversation a call sends: the profile's messages key (the first present of them: AI SDK `messages` or
 * `prompt`) or argument; a graph state given as an object (`agent.invoke({ messages })`, LangGraph) sends its `messages`.
 */
function conversationOf(analysis, site) {
    const where = site.profile.messages;
    if (where === undefined || !typescript_1.default.isCallExpression(site.node))
        return undefined;
    let conversation;
    if (typeof where === "number")
        conversation = site.node.arguments[where];
    else {
        for (const key of typeof where === "string" ? [where] : where) {
            const found = (0, options_1.lookupKey)(analysis.index, (0, constructions_1.optionsArgument)(site), key);
            if (found.state === "present") {
                conversation = found.value;
                break;
            }
        }
    }
    // A prompt given as text where the options go (genkit's ai.generate("...")).
    const options = (0, constructions_1.optionsArgument)(site);
    if (!conversation && options && (0, output_cap_1.isText)((0, ast_1.unwrap)(options)))
        conversation = options;
    if (!conversation || typescript_1.default.isArrayLiteralExpression((0, ast_1.unwrap)(conversation)))
        return conversation;
    const state = (0, options_1.lookupKey)(analysis.index, conversation, "messages");
    return state.state === "present" && state.value ? state.value : conversation;
}
//# sourceMappingURL=conversation.js.map