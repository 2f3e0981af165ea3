"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canServe = canServe;
exports.chooseTypeScript = chooseTypeScript;
/** The TypeScript majors whose JavaScript API the engine is written against (7.x has none; 4.x lacks parts). */
const SUPPORTED_MAJORS = new Set([5, 6]);
/**
 * Whether a loaded `typescript` module can serve the engine: a JavaScript compiler API (TypeScript 7's package is
 * a native compiler whose main module only exports its version) of a major the engine supports.
 */
function canServe(candidate) {
    if (!candidate || typeof candidate !== "object")
        return false;
    const t = candidate;
    if (typeof t.createSourceFile !== "function" || typeof t.forEachChild !== "function")
        return false;
    if (!t.SyntaxKind || typeof t.SyntaxKind.SourceFile !== "number" || typeof t.version !== "string")
        return false;
    return SUPPORTED_MAJORS.has(Number(t.version.split(".")[0]));
}
/**
 * The TypeScript the ESLint plugin parses and reads syntax kinds with: the project's own when it can serve (so the
 * AST @typescript-eslint/parser built with it is reused), else the copy costlint brings (dist/typescript.cjs).
 */
function chooseTypeScript(loadProject, loadBundled) {
    let project;
    try {
        project = loadProject();
    }
    catch {
        project = undefined;
    }
    return canServe(project) ? { ts: project, source: "project" } : { ts: loadBundled(), source: "bundled" };
}
//# sourceMappingURL=typescript-choice.js.map