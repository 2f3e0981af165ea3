"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.enclosingFunction = enclosingFunction;
exports.nodeAt = nodeAt;
exports.calleeText = calleeText;
const typescript_1 = __importDefault(require("typescript"));
/**
 * Where a call or a finding sits, in terms that survive edits elsewhere in the file: the enclosing functions by
 * name ("Agent.run", "main > summarise") and the callee as written. Line numbers move; these do not.
 */
function nameText(name) {
    if (!name)
        return undefined;
    if (typescript_1.default.isIdentifier(name) || typescript_1.default.isPrivateIdentifier(name) || typescript_1.default.isStringLiteral(name) || typescript_1.default.isNumericLiteral(name))
        return name.text;
    return undefined;
}
function className(node) {
    if (node.name)
        return node.name.text;
    const parent = node.parent;
    return (typescript_1.default.isVariableDeclaration(parent) && nameText(parent.name)) || "(class)";
}
/** The name of a function-like node, or undefined for an anonymous callback. */
function functionName(node) {
    if (typescript_1.default.isFunctionDeclaration(node) || typescript_1.default.isFunctionExpression(node)) {
        if (node.name)
            return node.name.text;
    }
    if (typescript_1.default.isMethodDeclaration(node) || typescript_1.default.isGetAccessor(node) || typescript_1.default.isSetAccessor(node)) {
        const own = nameText(node.name) ?? "(method)";
        return typescript_1.default.isClassLike(node.parent) ? `${className(node.parent)}.${own}` : own;
    }
    if (typescript_1.default.isConstructorDeclaration(node))
        return `${className(node.parent)}.constructor`;
    if (typescript_1.default.isArrowFunction(node) || typescript_1.default.isFunctionExpression(node)) {
        const parent = node.parent;
        if (typescript_1.default.isVariableDeclaration(parent) || typescript_1.default.isPropertyAssignment(parent))
            return nameText(parent.name);
        if (typescript_1.default.isPropertyDeclaration(parent)) {
            const own = nameText(parent.name) ?? "(field)";
            return typescript_1.default.isClassLike(parent.parent) ? `${className(parent.parent)}.${own}` : own;
        }
        if (typescript_1.default.isBinaryExpression(parent) && parent.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken) {
            return parent.left.getText().replace(/\s+/g, "");
        }
    }
    return undefined;
}
/** The named functions around a node, outermost first, joined with " > "; "(top level)" outside any. */
function enclosingFunction(node) {
    const names = [];
    for (let current = node.parent; current; current = current.parent) {
        if (typescript_1.default.isFunctionLike(current)) {
            const name = functionName(current);
            if (name)
                names.unshift(name);
        }
    }
    return names.length ? names.join(" > ") : "(top level)";
}
/** The deepest node that contains an offset. */
function nodeAt(sourceFile, offset) {
    let node = sourceFile;
    for (;;) {
        const child = typescript_1.default.forEachChild(node, (c) => (c.getStart(sourceFile) <= offset && offset < c.end ? c : undefined));
        if (!child)
            return node;
        node = child;
    }
}
/** The callee of a call as written, whitespace removed ("client.chat.completions.create", "new Agent"), at most 80 characters. */
function calleeText(node) {
    const text = `${typescript_1.default.isNewExpression(node) ? "new " : ""}${node.expression.getText().replace(/\s+/g, "")}`;
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
//# sourceMappingURL=call-context.js.map