import type ts from "typescript";

type TypeScript = typeof ts;

/** The TypeScript majors whose JavaScript API the engine is written against (7.x has none; 4.x lacks parts). */
const SUPPORTED_MAJORS = new Set([5, 6]);

/**
 * Whether a loaded `typescript` module can serve the engine: a JavaScript compiler API (TypeScript 7's package is
 * a native compiler whose main module only exports its version) of a major the engine supports.
 */
export function canServe(candidate: unknown): candidate is TypeScript {
  if (!candidate || typeof candidate !== "object") return false;
  const t = candidate as Partial<TypeScript>;
  if (typeof t.createSourceFile !== "function" || typeof t.forEachChild !== "function") return false;
  if (!t.SyntaxKind || typeof t.SyntaxKind.SourceFile !== "number" || typeof t.version !== "string") return false;
  return SUPPORTED_MAJORS.has(Number(t.version.split(".")[0]));
}

/**
 * The TypeScript the ESLint plugin parses and reads syntax kinds with: the project's own when it can serve (so the
 * AST @typescript-eslint/parser built with it is reused), else the copy costlint brings (dist/typescript.cjs).
 */
export function chooseTypeScript(loadProject: () => unknown, loadBundled: () => TypeScript): { ts: TypeScript; source: "project" | "bundled" } {
  let project: unknown;
  try {
    project = loadProject();
  } catch {
    project = undefined;
  }
  return canServe(project) ? { ts: project, source: "project" } : { ts: loadBundled(), source: "bundled" };
}
