"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plugin = void 0;
const plugin_1 = require("./plugin");
/** The plugin with default settings (project configuration is read per file). */
exports.plugin = (0, plugin_1.createPlugin)();
//# sourceMappingURL=plugin-instance.js.map