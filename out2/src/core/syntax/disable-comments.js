"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.positionKind = positionKind;
exports.applyDisableComments = applyDisableComments;
exports.disableLineEdit = disableLineEdit;
const typescript_1 = __importDefault(require("typescript"));
/** `costlint/a, costlint/b -- reason` → {a, b}; other plugins' rules are ignored; empty = all rules. */
function parseRules(list) {
    const text = (list ?? "").split(/\s--\s/)[0].trim();
    if (!text)
        return undefined;
    const ours = text
        .split(",")
        .map((r) => r.trim())
        .filter((r) => r.startsWith("costlint/"))
        .map((r) => r.slice("costlint/".length));
    return ours.length ? new Set(ours) : null; // null: only other plugins' rules
}
const DIRECTIVE = /^\s*eslint-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/; // linear: no lazy group before a trailing \s*$
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** The 0-based line of an offset. */
function lineAt(starts, pos) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** A node's children with its tokens (not its JSDoc, whose text is a comment in the trivia of its first token). */
function childrenOf(node, sourceFile) {
    return node.getChildren(sourceFile).filter((c) => !typescript_1.default.isJSDoc(c));
}
/**
 * Where an offset sits, by the parsed source file: in a comment (its range), in a token (a string, a template,
 * JSX text, a regular expression, a name: `"token"`), or in blank trivia (`"trivia"`). The parser's view, not a
 * re-scan: text inside a template after `${…}` or inside a string is never taken for a comment.
 */
function positionKind(sourceFile, pos) {
    let node = sourceFile;
    for (let depth = 0; depth < 10_000; depth++) {
        const child = childrenOf(node, sourceFile).find((c) => c.pos <= pos && pos < c.end);
        if (!child)
            return "trivia";
        if (child.kind === typescript_1.default.SyntaxKind.JsxText)
            return "token";
        if (pos < child.getStart(sourceFile)) {
            // The trivia before a token: comments on the previous token's line ("trailing"), then the others ("leading").
            const ranges = [...(typescript_1.default.getTrailingCommentRanges(sourceFile.text, child.pos) ?? []), ...(typescript_1.default.getLeadingCommentRanges(sourceFile.text, child.pos) ?? [])];
            const comment = ranges.find((r) => r.pos <= pos && pos < r.end);
            return comment ?? "trivia";
        }
        if (child.kind < typescript_1.default.SyntaxKind.FirstNode)
            return "token";
        node = child;
    }
    return "token";
}
/** The comments of a file whose text starts with `eslint-` (the only ones that can be directives), by real position. */
function directiveComments(sourceFile) {
    const text = sourceFile.text;
    const found = [];
    let last = -1;
    for (let i = text.indexOf("eslint-"); i !== -1; i = text.indexOf("eslint-", i + 7)) {
        if (i < last)
            continue;
        const where = positionKind(sourceFile, i);
        if (typeof where === "object") {
            found.push(where);
            last = where.end;
        }
    }
    return found;
}
function directives(sourceFile, starts) {
    const found = [];
    const text = sourceFile.text;
    for (const comment of directiveComments(sourceFile)) {
        const block = comment.kind === typescript_1.default.SyntaxKind.MultiLineCommentTrivia;
        const raw = text.slice(comment.pos, comment.end);
        const body = block ? raw.slice(2, -2) : raw.slice(2);
        const match = DIRECTIVE.exec(body);
        if (!match)
            continue;
        const kind = match[1];
        // ESLint: file-level directives only in block comments; disable-line must fit one line; a block
        // disable-next-line may span lines and applies to the line after its end.
        if ((kind === "disable" || kind === "enable") && !block)
            continue;
        if (kind === "disable-line" && /[\r\n\u2028\u2029]/.test(raw))
            continue;
        const rules = parseRules(match[2]?.trim().replace(/\s+/g, " "));
        if (rules === null)
            continue;
        found.push({ kind, ...(rules ? { rules } : {}), line: lineAt(starts, kind === "disable-next-line" ? comment.end - 1 : comment.pos) });
    }
    return found;
}
/**
 * Drops findings that ESLint would suppress with `eslint-disable` comments naming costlint rules (or all rules),
 * so the CLI and the editor agree with the ESLint run in CI. Comments are found where the parser says they are.
 */
function applyDisableComments(sourceFile, findings) {
    const text = sourceFile.text;
    if (!text.includes("eslint-") || findings.length === 0)
        return findings;
    const starts = lineStartsOf(text);
    const list = directives(sourceFile, starts);
    if (list.length === 0)
        return findings;
    const lineOf = (pos) => lineAt(starts, pos);
    return findings.filter((finding) => {
        const line = lineOf(finding.start);
        const applies = (d) => !d.rules || d.rules.has(finding.ruleId);
        if (list.some((d) => applies(d) && ((d.kind === "disable-line" && d.line === line) || (d.kind === "disable-next-line" && d.line + 1 === line))))
            return false;
        let disabled = false;
        for (const d of list) {
            if (d.line > line)
                break;
            if (!applies(d))
                continue;
            if (d.kind === "disable")
                disabled = true;
            else if (d.kind === "enable")
                disabled = false;
        }
        return !disabled;
    });
}
/** The rules a directive's tail names: `undefined` = every rule. */
function directiveRules(tail) {
    const list = tail.split(/\s--\s|\s--$|\*\//)[0].trim();
    if (!list)
        return undefined;
    return list.split(",").map((r) => r.trim()).filter(Boolean);
}
/** The node (not a token) that starts at `pos`, outermost first: what a finding starting there reports. */
function nodeStartingAt(sourceFile, pos) {
    let node = sourceFile;
    for (let depth = 0; depth < 10_000; depth++) {
        let next;
        typescript_1.default.forEachChild(node, (c) => {
            if (!next && c.pos <= pos && pos < c.end)
                next = c;
        });
        if (!next)
            return undefined;
        if (next.getStart(sourceFile) === pos)
            return next;
        node = next;
    }
    return undefined;
}
/**
 * The edit that disables `ruleId` on the line holding `offset` (a finding's start), where a comment is valid:
 * - a `// eslint-disable-next-line costlint/RULE` line above, with the line's indentation, when the line starts
 *   outside any literal (or the rule appended to such a directive comment already there);
 * - otherwise (the line starts inside a template literal or JSX text, where a line above would change the
 *   program's text) a `/* eslint-disable-line costlint/RULE *\/` comment just before the finding, or `{/* … *\/}`
 *   when the finding is a JSX child.
 */
function disableLineEdit(sourceFile, offset, ruleId) {
    const text = sourceFile.text;
    const starts = lineStartsOf(text);
    const line = lineAt(starts, offset);
    const name = `costlint/${ruleId}`;
    const lineStart = starts[line];
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    if (line > 0) {
        const previousStart = starts[line - 1];
        const previousText = text.slice(previousStart, lineStart);
        for (let i = previousText.indexOf("eslint-disable-next-line"); i !== -1; i = previousText.indexOf("eslint-disable-next-line", i + 1)) {
            const comment = positionKind(sourceFile, previousStart + i);
            if (typeof comment !== "object")
                continue;
            const raw = text.slice(comment.pos, comment.end);
            const match = /^(?:\/\/|\/\*)\s*eslint-disable-next-line\b([^\n]*)/.exec(raw);
            if (!match || /[\r\n]/.test(raw))
                continue;
            const rules = directiveRules(match[1] ?? "");
            if (rules === undefined || rules.includes(name))
                break; // every rule, or this one: nothing to add
            const tail = match[1] ?? "";
            const listEnd = tail.search(/\s--(\s|$)|\*\//);
            const listText = listEnd === -1 ? tail : tail.slice(0, listEnd);
            const at = comment.pos + match[0].length - tail.length + listText.trimEnd().length;
            return { start: at, end: at, text: `, ${name}` };
        }
    }
    // A line above is a valid place when the line break before this line is blank trivia (not inside a template,
    // a string, JSX text or a block comment).
    if (line === 0 || positionKind(sourceFile, lineStart - 1) === "trivia") {
        const indent = /^[ \t]*/.exec(text.slice(lineStart))[0];
        return { start: lineStart, end: lineStart, text: `${indent}// eslint-disable-next-line ${name}${eol}` };
    }
    const node = nodeStartingAt(sourceFile, offset);
    const jsxChild = node?.parent !== undefined && (typescript_1.default.isJsxElement(node.parent) || typescript_1.default.isJsxFragment(node.parent));
    const comment = `/* eslint-disable-line ${name} */`;
    return { start: offset, end: offset, text: jsxChild ? `{${comment}}` : `${comment} ` };
}
//# sourceMappingURL=disable-comments.js.map