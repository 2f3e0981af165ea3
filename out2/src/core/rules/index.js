"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
exports.ruleById = ruleById;
const max_call_cost_1 = __importDefault(require("./max-call-cost"));
const no_full_history_1 = __importDefault(require("./no-full-history"));
const no_loose_tool_schema_1 = __importDefault(require("./no-loose-tool-schema"));
const no_unbounded_retry_1 = __importDefault(require("./no-unbounded-retry"));
const require_iteration_cap_1 = __importDefault(require("./require-iteration-cap"));
const require_max_tokens_1 = __importDefault(require("./require-max-tokens"));
const require_retry_backoff_1 = __importDefault(require("./require-retry-backoff"));
const require_tool_descriptions_1 = __importDefault(require("./require-tool-descriptions"));
/** Every rule, by id. */
exports.RULES = [
    no_unbounded_retry_1.default,
    require_retry_backoff_1.default,
    require_iteration_cap_1.default,
    no_full_history_1.default,
    no_loose_tool_schema_1.default,
    require_tool_descriptions_1.default,
    require_max_tokens_1.default,
    max_call_cost_1.default,
];
function ruleById(id) {
    return exports.RULES.find((r) => r.id === id);
}
//# sourceMappingURL=index.js.map