// CommonJS entry: `require("costlint/eslint-plugin")` returns the plugin itself.
import { plugin } from "./plugin-instance";
export = plugin;
