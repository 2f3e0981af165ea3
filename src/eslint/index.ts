import { plugin } from "./plugin-instance";

/** The ESLint plugin: `import costlint from "costlint/eslint-plugin"`, then `costlint.configs.recommended`. */
export default plugin;
export { plugin };
