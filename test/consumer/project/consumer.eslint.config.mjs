// The consumer project's ESLint config: costlint's recommended rules, @typescript-eslint/parser on .ts, ESLint's
// default parser (espree) on .js.
import costlint from "costlint/eslint-plugin";

const files = process.env.PARSER === "typescript" ? ["**/*.ts"] : ["**/*.js"];
const parser = process.env.PARSER === "typescript" ? (await import("@typescript-eslint/parser")).default : undefined;

export default [
  { files, ...costlint.configs.recommended, ...(parser ? { languageOptions: { parser } } : {}) },
];
