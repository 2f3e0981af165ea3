"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleTester = void 0;
exports.eslintRule = eslintRule;
exports.code = code;
exports.at = at;
const rule_tester_1 = require("@typescript-eslint/rule-tester");
const mocha = __importStar(require("mocha"));
const eslint_1 = require("../../src/eslint");
// Wire the rule tester to mocha's hooks.
rule_tester_1.RuleTester.afterAll = mocha.after;
rule_tester_1.RuleTester.describe = mocha.describe;
rule_tester_1.RuleTester.it = mocha.it;
rule_tester_1.RuleTester.itOnly = mocha.it.only;
/** The real ESLint rule tester with @typescript-eslint/parser (its default). */
exports.ruleTester = new rule_tester_1.RuleTester();
/** The ESLint rule as the plugin exports it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function eslintRule(id) {
    const rule = eslint_1.plugin.rules[id];
    if (!rule)
        throw new Error(`no rule ${id}`);
    return rule;
}
/** Code lines joined, so test cases read like source. */
function code(...lines) {
    return lines.join("\n");
}
/**
 * Where `needle` stands in `text` (its `nth` occurrence, 0-based), as the rule tester's 1-based line and column:
 * the expected location of a report, written as the text it must cover (or its first `length` characters).
 */
function at(text, needle, nth = 0, length = needle.length) {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = text.indexOf(needle, index + 1);
        if (index === -1)
            throw new Error(`"${needle}" (#${nth}) not in test code`);
    }
    const before = text.slice(0, index);
    const line = before.split("\n").length;
    const column = index - before.lastIndexOf("\n");
    const inner = needle.split("\n");
    return {
        line,
        column,
        endLine: line + inner.length - 1,
        endColumn: inner.length === 1 ? column + length : inner[inner.length - 1].length + 1,
    };
}
//# sourceMappingURL=tester.js.map