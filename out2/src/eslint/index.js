"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plugin = void 0;
const plugin_instance_1 = require("./plugin-instance");
Object.defineProperty(exports, "plugin", { enumerable: true, get: function () { return plugin_instance_1.plugin; } });
/** The ESLint plugin: `import costlint from "costlint/eslint-plugin"`, then `costlint.configs.recommended`. */
exports.default = plugin_instance_1.plugin;
//# sourceMappingURL=index.js.map