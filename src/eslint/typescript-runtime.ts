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

// An ES module default export: each bundled `import ts from "typescript"` reads this binding directly (a CommonJS
// `export =` would make esbuild copy every TypeScript export onto a new object for each of the ~40 importing files).
export default chosen.ts;
