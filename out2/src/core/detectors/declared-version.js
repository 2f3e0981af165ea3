"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.declaredVersion = declaredVersion;
const node_path_1 = __importDefault(require("node:path"));
const ast_1 = require("../syntax/ast");
/**
 * The version of `module` the nearest package.json above a call's file declares, as its major (and minor when the
 * range writes one): `^5.0.1`, `~6.0`, `>=5`, `6.0.193`. Undefined with no project, no declaration, a tag or a link.
 */
function declaredVersion(analysis, site, module) {
    const range = analysis.project?.dependencyRange(node_path_1.default.resolve((0, ast_1.sourceFileOf)(site.node).fileName), module);
    const m = range === undefined ? null : /^\s*(?:[\^~]|>=?\s*)?v?(\d+)(?:\.(\d+)|\.|\s*$|\.x)/.exec(range);
    if (!m)
        return undefined;
    return m[2] !== undefined ? { major: Number(m[1]), minor: Number(m[2]) } : { major: Number(m[1]) };
}
//# sourceMappingURL=declared-version.js.map