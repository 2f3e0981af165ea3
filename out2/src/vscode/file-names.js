"use strict";
/** Names the engine sees for a document: it picks TS/TSX/JS/JSX parsing (or a component's script parts) from the file extension. Pure. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SERVED_LANGUAGES = exports.CONFIG_FILE = void 0;
exports.isServedLanguage = isServedLanguage;
exports.isServedScheme = isServedScheme;
exports.engineFileName = engineFileName;
/** The project configuration file: CONFIG_FILE_NAME of src/core/config/schema.ts (a unit test checks), kept
 *  here so that watching for it at activation does not load the engine. */
exports.CONFIG_FILE = "costlint.config.json";
/** TypeScript and JavaScript, and single-file components (their `<script>` blocks and Astro's frontmatter are analysed). */
exports.SERVED_LANGUAGES = ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue", "svelte", "astro"];
const EXTENSION_FOR = {
    typescript: ".ts",
    typescriptreact: ".tsx",
    javascript: ".js",
    javascriptreact: ".jsx",
    vue: ".vue",
    svelte: ".svelte",
    astro: ".astro",
};
const MATCHES = {
    typescript: /\.(m|c)?ts$/,
    typescriptreact: /\.tsx$/,
    javascript: /\.(m|c)?js$/,
    javascriptreact: /\.jsx$/,
    vue: /\.vue$/,
    svelte: /\.svelte$/,
    astro: /\.astro$/,
};
/** Schemes whose documents are views of other documents (diffs, output, chat blocks): not analysed. */
const VIEW_SCHEMES = new Set(["git", "gitfs", "output", "vscode-scm", "comment", "vscode-chat-code-block", "vscode-notebook-cell", "vscode-interactive-input", "vscode-settings", "debug"]);
function isServedLanguage(languageId) {
    return exports.SERVED_LANGUAGES.includes(languageId);
}
function isServedScheme(scheme) {
    return !VIEW_SCHEMES.has(scheme);
}
/**
 * The file name to give the engine: the path itself when its extension matches the language, else the
 * path plus the language's extension (`Untitled-1` in javascriptreact → `Untitled-1.jsx`).
 */
function engineFileName(path, languageId) {
    const ext = EXTENSION_FOR[languageId] ?? ".ts";
    const matches = (MATCHES[languageId] ?? /\.ts$/).test(path.toLowerCase());
    return matches ? path : `${path}${ext}`;
}
//# sourceMappingURL=file-names.js.map