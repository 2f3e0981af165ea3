"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const typescript_choice_1 = require("./typescript-choice");
// Both paths stay external (esbuild.mjs): "typescript" is the project's, "./typescript.cjs" sits beside the bundle.
/* eslint-disable @typescript-eslint/no-require-imports */
const chosen = (0, typescript_choice_1.chooseTypeScript)(() => (COSTLINT_TYPESCRIPT === "bundled" ? undefined : require("typescript")), () => require("./typescript.cjs"));
/* eslint-enable @typescript-eslint/no-require-imports */
// An ES default export, not `export =`: importers read the binding directly. With `export =`, esbuild's interop
// copied TypeScript's thousands of exports into a namespace object per importing module (0.12 s and 16 MB at load).
exports.default = chosen.ts;
//# sourceMappingURL=typescript-runtime.js.map