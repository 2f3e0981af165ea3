import { createPlugin } from "./plugin";

/** The ESLint plugin: `import costlint from "costlint/eslint-plugin"`, then `costlint.configs.recommended`. */
const plugin = createPlugin();
export default plugin;
export { plugin };
