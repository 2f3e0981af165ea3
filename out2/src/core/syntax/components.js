"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.componentKindOf = componentKindOf;
exports.isComponentFile = isComponentFile;
exports.componentScript = componentScript;
exports.tagAttributes = tagAttributes;
const typescript_1 = __importDefault(require("typescript"));
const COMPONENT_EXTENSION = /\.(vue|svelte|astro)$/i;
/** The component framework a file name says, or undefined for any other file. */
function componentKindOf(fileName) {
    const m = COMPONENT_EXTENSION.exec(fileName);
    return m ? m[1].toLowerCase() : undefined;
}
function isComponentFile(fileName) {
    return COMPONENT_EXTENSION.test(fileName);
}
const JS_TYPES = new Set([
    "",
    "module",
    "text/javascript",
    "application/javascript",
    "text/ecmascript",
    "application/ecmascript",
    "text/babel",
    "text/jsx",
    "text/typescript",
    "application/typescript",
    "text/ts",
    "ts",
]);
/** The script parts of a component, found in one pass. */
function componentScript(fileName, text) {
    const kind = componentKindOf(fileName);
    const blocks = [];
    let pos = 0;
    if (kind === "astro") {
        const front = astroFrontmatter(text);
        if (front) {
            blocks.push({ start: front.start, end: front.end, lang: "ts" });
            pos = front.after;
        }
    }
    scanBlocks(text, pos, blocks);
    return { text: blankOutside(text, blocks), scriptKind: scriptKindOf(blocks), blocks };
}
function scriptKindOf(blocks) {
    const langs = new Set(blocks.map((b) => b.lang));
    if (langs.has("tsx"))
        return typescript_1.default.ScriptKind.TSX;
    if (langs.has("ts"))
        return typescript_1.default.ScriptKind.TS;
    if (langs.has("jsx"))
        return typescript_1.default.ScriptKind.JSX;
    return typescript_1.default.ScriptKind.JS;
}
/** `---` on the first line (after blank lines or a BOM) up to the next line that is `---`. */
function astroFrontmatter(text) {
    let i = 0;
    while (i < text.length && (text[i] === "\uFEFF" || text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r"))
        i++;
    if (!text.startsWith("---", i))
        return undefined;
    const firstBreak = text.indexOf("\n", i);
    if (firstBreak === -1 || text.slice(i + 3, firstBreak).trim() !== "")
        return undefined;
    const start = firstBreak + 1;
    let lineStart = start;
    while (lineStart < text.length) {
        const lineEnd = text.indexOf("\n", lineStart);
        const end = lineEnd === -1 ? text.length : lineEnd;
        if (text.startsWith("---", lineStart) && text.slice(lineStart + 3, end).trim() === "") {
            return { start, end: lineStart, after: end };
        }
        if (lineEnd === -1)
            break;
        lineStart = lineEnd + 1;
    }
    return undefined; // no closing fence: not a frontmatter the compiler accepts
}
function startsWithTag(text, at, name) {
    if (text.slice(at + 1, at + 1 + name.length).toLowerCase() !== name)
        return false;
    const next = text.charCodeAt(at + 1 + name.length);
    // `<script>`, `<script lang="ts">`, `<script\n`, `<script/>`; not `<scripts>` or `<script-x>`.
    return next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13 || next === 12;
}
/** The end of a start tag (the offset after its `>`), quoted attribute values skipped; -1 when it never ends. */
function tagEnd(text, from) {
    let quote = 0;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39) {
            quote = c;
        }
        else if (c === 62) {
            return i + 1;
        }
    }
    return -1;
}
/** A start tag's attributes (names lower-cased; a bare attribute is ""). Linear in the tag's length. */
function tagAttributes(tag) {
    const attributes = new Map();
    const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (const m of tag.matchAll(re)) {
        const name = m[1].toLowerCase();
        if (!attributes.has(name))
            attributes.set(name, m[2] ?? m[3] ?? m[4] ?? "");
    }
    return attributes;
}
function blockLang(attributes) {
    if (attributes.has("src"))
        return undefined;
    const type = (attributes.get("type") ?? "").trim().toLowerCase();
    if (!JS_TYPES.has(type))
        return undefined;
    const lang = (attributes.get("lang") ?? "").trim().toLowerCase();
    if (lang === "ts" || lang === "typescript" || type.endsWith("typescript") || type === "ts" || type === "text/ts")
        return "ts";
    if (lang === "tsx")
        return "tsx";
    if (lang === "jsx" || type === "text/jsx" || type === "text/babel")
        return "jsx";
    if (lang === "" || lang === "js" || lang === "javascript")
        return "js";
    return undefined; // coffee, another language
}
const CLOSE_SCRIPT = /<\/script/gi;
/** The `<script>` blocks from `pos` on: markup comments and raw-text elements (`<style>`, `<textarea>`) skipped. */
function scanBlocks(text, pos, blocks) {
    for (;;) {
        const lt = text.indexOf("<", pos);
        if (lt === -1 || lt + 1 >= text.length)
            return;
        if (text.startsWith("<!--", lt)) {
            const close = text.indexOf("-->", lt + 4);
            if (close === -1)
                return;
            pos = close + 3;
            continue;
        }
        const rawText = startsWithTag(text, lt, "style") ? "style" : startsWithTag(text, lt, "textarea") ? "textarea" : undefined;
        if (rawText) {
            const end = tagEnd(text, lt + 1 + rawText.length);
            if (end === -1)
                return;
            const close = new RegExp(`</${rawText}`, "gi");
            close.lastIndex = end;
            const found = close.exec(text);
            if (!found)
                return;
            pos = found.index + 2;
            continue;
        }
        if (!startsWithTag(text, lt, "script")) {
            pos = lt + 1;
            continue;
        }
        const end = tagEnd(text, lt + 7);
        if (end === -1)
            return;
        if (text.charCodeAt(end - 2) === 47) {
            pos = end; // `<script ... />`: no content
            continue;
        }
        CLOSE_SCRIPT.lastIndex = end;
        const found = CLOSE_SCRIPT.exec(text);
        if (!found)
            return; // no closing tag: the frameworks reject the component; nothing of it is analysed
        const lang = blockLang(tagAttributes(text.slice(lt + 7, end - 1)));
        if (lang)
            blocks.push({ start: end, end: found.index, lang });
        pos = found.index + 2;
    }
}
const utf16 = new TextDecoder("utf-16le");
/** Spaces for every character of text[start, end) but line breaks (code units one for one). */
function blank(text, start, end) {
    if (start >= end)
        return "";
    const units = new Uint16Array(end - start);
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        units[i - start] = c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? c : 32;
    }
    return utf16.decode(units);
}
/** The text with every character outside the blocks replaced by a space (line breaks kept; UTF-16 units one for one). */
function blankOutside(text, blocks) {
    if (!blocks.length)
        return blank(text, 0, text.length);
    const parts = [];
    let at = 0;
    for (const block of blocks) {
        parts.push(blank(text, at, block.start), text.slice(block.start, block.end));
        at = block.end;
    }
    parts.push(blank(text, at, text.length));
    return parts.join("");
}
//# sourceMappingURL=components.js.map