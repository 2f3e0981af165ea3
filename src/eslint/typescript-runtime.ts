// The `typescript` module of the ESLint plugin and the CLI bundles: esbuild.mjs resolves every `import ts from
// "typescript"` of those bundles to this file. It is never part of the extension (which bundles TypeScript) or the
// tests (which use the repository's TypeScript).
import type ts from "typescript";
import { chooseTypeScript } from "./typescript-choice";

declare const COSTLINT_TYPESCRIPT: "project-or-bundled" | "bundled";

// Both paths stay external (esbuild.mjs): "typescript" is the project's, "./typescript.cjs" sits beside the bundle.
/* eslint-disable @typescript-eslint/no-require-imports */
const chosen = chooseTypeScript(
  () => (COSTLINT_TYPESCRIPT === "bundled" ? undefined : require("typescript")),
  () => require("./typescript.cjs") as typeof ts,
);
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * TypeScript's CommonJS module defines each of its 2,000-odd exports as a getter (`ts.isIdentifier` calls a function
 * that returns the function), on an object too big for V8's fast properties: every `ts.X` the engine reads, per
 * node on its hot paths (`ts.SyntaxKind.X`, `ts.isCallExpression(node)`), was a getter call found by a dictionary
 * lookup. The engine reads a copy whose properties are plain values, read once here (each getter returns a binding
 * that TypeScript sets when it loads: functions, enums, namespaces, the version).
 */
function plainCopy(module: typeof ts): typeof ts {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(module)) copy[key] = (module as unknown as Record<string, unknown>)[key];
  return copy as unknown as typeof ts;
}

// An ES default export, not `export =`: importers read the binding directly. With `export =`, esbuild's interop
// copied TypeScript's thousands of exports into a namespace object per importing module (0.12 s and 16 MB at load).
export default plainCopy(chosen.ts);
