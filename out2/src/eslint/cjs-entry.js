"use strict";
// CommonJS entry: `require("costlint/eslint-plugin")` returns the plugin itself.
const plugin_instance_1 = require("./plugin-instance");
module.exports = plugin_instance_1.plugin;
//# sourceMappingURL=cjs-entry.js.map