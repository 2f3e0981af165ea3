import { createPlugin } from "./plugin";

/** The plugin with default settings (project configuration is read per file). */
export const plugin = createPlugin();
