"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonWithPositions = parseJsonWithPositions;
const typescript_1 = __importDefault(require("typescript"));
/**
 * Parses a JSON file's text and keeps where each key sits, for messages that point at it. TypeScript's JSON
 * parser gives the positions and the syntax error's place and wording (no quote of the content, which may be
 * another file's, reached through a symlink); JSON.parse gives the value.
 */
function parseJsonWithPositions(fileName, text) {
    const source = typescript_1.default.parseJsonText(fileName, text);
    const positions = new Map();
    const at = (pos) => {
        const { line, character } = source.getLineAndCharacterOfPosition(pos);
        return `${line + 1}:${character + 1}`;
    };
    const visit = (node, path, depth) => {
        if (depth > 20)
            return;
        if (typescript_1.default.isObjectLiteralExpression(node)) {
            for (const prop of node.properties) {
                if (!typescript_1.default.isPropertyAssignment(prop) || !(typescript_1.default.isStringLiteral(prop.name) || typescript_1.default.isIdentifier(prop.name) || typescript_1.default.isNumericLiteral(prop.name)))
                    continue;
                const child = [...path, prop.name.text];
                positions.set(JSON.stringify(child), prop.name.getStart(source));
                visit(prop.initializer, child, depth + 1);
            }
        }
        else if (typescript_1.default.isArrayLiteralExpression(node)) {
            node.elements.forEach((element, i) => {
                const child = [...path, i];
                positions.set(JSON.stringify(child), element.getStart(source));
                visit(element, child, depth + 1);
            });
        }
    };
    const root = source.statements[0]?.expression;
    if (root)
        visit(root, [], 0);
    const locate = (path) => {
        // The nearest enclosing key the text has (a problem inside a value points at the value's key).
        for (let n = path.length; n > 0; n--) {
            const pos = positions.get(JSON.stringify(path.slice(0, n)));
            if (pos !== undefined)
                return at(pos);
        }
        return undefined;
    };
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return { value: body.trim() === "" ? {} : JSON.parse(body), locate };
    }
    catch (error) {
        const diagnostics = source.parseDiagnostics ?? [];
        const first = diagnostics.find((d) => d.start !== undefined);
        if (first)
            return { syntaxError: `${at(first.start)}: not valid JSON: ${typescript_1.default.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "")}`, locate };
        // V8's message quotes the text in some forms: keep only the forms that do not, with the position as line:column.
        const v8 = /^([^"']*) in JSON at position (\d+)/.exec(error.message);
        if (v8)
            return { syntaxError: `${at(Number(v8[2]))}: not valid JSON: ${v8[1].charAt(0).toLowerCase()}${v8[1].slice(1)}`, locate };
        return { syntaxError: "not valid JSON", locate };
    }
}
//# sourceMappingURL=json-positions.js.map