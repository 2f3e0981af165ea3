"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.unitFacts = unitFacts;
exports.bodyAround = bodyAround;
/**
 * The top-level statements of a file as units of analysis for the editor's per-function reuse: what each declares
 * at module scope, the names it mentions, and how it uses them (read, written, or handed on as a value). Nothing
 * here holds a position: a statement's facts depend only on its text, so they are memoised per statement node, and a
 * node an incremental parse reused (moved, same text) keeps them.
 */
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("./ast");
const facts = new WeakMap();
/** Method names that change the object they are called on (arrays, maps, sets, stores). */
const MUTATOR = /^(?:push|unshift|splice|shift|pop|set|add|delete|clear|sort|reverse|fill|copyWithin|append|insert|save|store|put|update|remove|reset|assign)/i;
/** A function's text that may send its parameters somewhere a rule reads: an HTTP client, a URL, a model call. */
const REQUEST_WORDS = /fetch|axios|\bgot\b|\bky\b|request|https?\b|url|post|message|histor|create|generat|invoke|\brun|stream|send|chat|complet|prompt|model/i;
function unitFacts(statement, sourceFile) {
    let found = facts.get(statement);
    if (!found) {
        found = computeFacts(statement, sourceFile);
        facts.set(statement, found);
    }
    return found;
}
function computeFacts(statement, sourceFile) {
    const declares = [];
    const names = new Set();
    const shares = new Set();
    let hasParams = false;
    (0, ast_1.walk)(statement, (node) => {
        if (typescript_1.default.isIdentifier(node)) {
            names.add(node.text);
            const use = useOf(node);
            if (use)
                shares.add(node.text);
            return false;
        }
        if ((0, ast_1.isFunctionLike)(node) && node.parameters.length)
            hasParams = true;
        return undefined;
    });
    declaredNames(statement, declares);
    const isImport = typescript_1.default.isImportDeclaration(statement) || typescript_1.default.isImportEqualsDeclaration(statement) || (typescript_1.default.isExportDeclaration(statement) && !!statement.moduleSpecifier);
    const primitive = isPrimitiveConst(statement);
    const functionLike = typescript_1.default.isFunctionDeclaration(statement) ||
        typescript_1.default.isClassDeclaration(statement) ||
        (typescript_1.default.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => !!d.initializer && !typescript_1.default.isLiteralExpression(d.initializer)));
    const readsCallers = functionLike && hasParams && REQUEST_WORDS.test(statement.getText(sourceFile));
    return { declares, names, shares, import: isImport, primitive, readsCallers };
}
/** How an identifier is used, when it may change or hand on what it names (undefined for a plain read). */
function useOf(id) {
    const parent = id.parent;
    if (!parent)
        return undefined;
    // A property after `.` is used as its access is (`this.client = ...` writes `client`: a class member may be one).
    const member = typescript_1.default.isPropertyAccessExpression(parent) && parent.name === id;
    // Names that are not references: a key, a declared name, a label.
    if ((typescript_1.default.isPropertyAssignment(parent) || typescript_1.default.isMethodDeclaration(parent) || typescript_1.default.isPropertyDeclaration(parent) || typescript_1.default.isPropertySignature(parent)) && parent.name === id)
        return undefined;
    if ((typescript_1.default.isVariableDeclaration(parent) || typescript_1.default.isParameter(parent) || typescript_1.default.isBindingElement(parent) || typescript_1.default.isFunctionDeclaration(parent) || typescript_1.default.isClassDeclaration(parent)) && parent.name === id)
        return undefined;
    if (typescript_1.default.isImportSpecifier(parent) || typescript_1.default.isImportClause(parent) || typescript_1.default.isNamespaceImport(parent) || typescript_1.default.isExportSpecifier(parent) || typescript_1.default.isExportAssignment(parent))
        return undefined;
    if (typescript_1.default.isTypeReferenceNode(parent) || typescript_1.default.isQualifiedName(parent) || typescript_1.default.isTypeQueryNode(parent) || typescript_1.default.isExpressionWithTypeArguments(parent))
        return undefined;
    // Up the chain of accesses that starts at the name (`x.a[i].b`).
    let top = member ? parent : id;
    let last;
    for (;;) {
        const p = top.parent;
        if ((typescript_1.default.isPropertyAccessExpression(p) || typescript_1.default.isElementAccessExpression(p)) && p.expression === top) {
            last = typescript_1.default.isPropertyAccessExpression(p) ? p.name.text : undefined;
            top = p;
        }
        else if (typescript_1.default.isParenthesizedExpression(p) || typescript_1.default.isNonNullExpression(p) || typescript_1.default.isAsExpression(p) || typescript_1.default.isSatisfiesExpression(p) || typescript_1.default.isTypeAssertionExpression(p)) {
            top = p;
        }
        else {
            break;
        }
    }
    const outer = top.parent;
    if (typescript_1.default.isBinaryExpression(outer) && outer.left === top && outer.operatorToken.kind >= typescript_1.default.SyntaxKind.FirstAssignment && outer.operatorToken.kind <= typescript_1.default.SyntaxKind.LastAssignment)
        return "write";
    if ((typescript_1.default.isPrefixUnaryExpression(outer) || typescript_1.default.isPostfixUnaryExpression(outer)) && (outer.operator === typescript_1.default.SyntaxKind.PlusPlusToken || outer.operator === typescript_1.default.SyntaxKind.MinusMinusToken))
        return "write";
    if (typescript_1.default.isDeleteExpression(outer))
        return "write";
    if ((typescript_1.default.isCallExpression(outer) || typescript_1.default.isNewExpression(outer)) && outer.expression === top)
        return last !== undefined && MUTATOR.test(last) ? "write" : undefined;
    // `x` or `x.a` handed on: the object it reaches may be changed by whoever receives it.
    return handedOn(top) ? "value" : undefined;
}
/** A value given away: an argument, a property value, an array element, a spread, returned, an initializer, assigned. */
function handedOn(node) {
    const p = node.parent;
    if ((typescript_1.default.isCallExpression(p) || typescript_1.default.isNewExpression(p)) && p.expression !== node)
        return true;
    if (typescript_1.default.isPropertyAssignment(p) && p.initializer === node)
        return true;
    if (typescript_1.default.isShorthandPropertyAssignment(p))
        return true;
    if (typescript_1.default.isArrayLiteralExpression(p) || typescript_1.default.isSpreadElement(p) || typescript_1.default.isSpreadAssignment(p))
        return true;
    if (typescript_1.default.isReturnStatement(p) || typescript_1.default.isYieldExpression(p))
        return true;
    if (typescript_1.default.isVariableDeclaration(p) && p.initializer === node)
        return true;
    if (typescript_1.default.isBinaryExpression(p) && p.right === node && p.operatorToken.kind >= typescript_1.default.SyntaxKind.FirstAssignment && p.operatorToken.kind <= typescript_1.default.SyntaxKind.LastAssignment)
        return true;
    if (typescript_1.default.isArrowFunction(p) && p.body === node)
        return true;
    if (typescript_1.default.isConditionalExpression(p) || (typescript_1.default.isBinaryExpression(p) && (p.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken || p.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken || p.operatorToken.kind === typescript_1.default.SyntaxKind.AmpersandAmpersandToken))) {
        return handedOn(p);
    }
    if (typescript_1.default.isParenthesizedExpression(p) || typescript_1.default.isAsExpression(p) || typescript_1.default.isNonNullExpression(p) || typescript_1.default.isSatisfiesExpression(p) || typescript_1.default.isAwaitExpression(p))
        return handedOn(p);
    return false;
}
function bindingNames(name, out) {
    if (typescript_1.default.isIdentifier(name)) {
        out.push(name.text);
        return;
    }
    for (const element of name.elements)
        if (!typescript_1.default.isOmittedExpression(element))
            bindingNames(element.name, out);
}
function declaredNames(statement, out) {
    if (typescript_1.default.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        if (clause?.name)
            out.push(clause.name.text);
        const bindings = clause?.namedBindings;
        if (bindings && typescript_1.default.isNamespaceImport(bindings))
            out.push(bindings.name.text);
        else if (bindings)
            for (const element of bindings.elements)
                out.push(element.name.text);
    }
    else if (typescript_1.default.isImportEqualsDeclaration(statement)) {
        out.push(statement.name.text);
    }
    else if (typescript_1.default.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
            bindingNames(d.name, out);
            // An object's keys: `x.ask()` elsewhere may be its method.
            let init = d.initializer;
            while (init && (typescript_1.default.isAsExpression(init) || typescript_1.default.isParenthesizedExpression(init) || typescript_1.default.isSatisfiesExpression(init)))
                init = init.expression;
            if (init && typescript_1.default.isObjectLiteralExpression(init))
                for (const p of init.properties)
                    memberName(p.name, out);
        }
    }
    else if ((typescript_1.default.isFunctionDeclaration(statement) || typescript_1.default.isClassDeclaration(statement) || typescript_1.default.isEnumDeclaration(statement) || typescript_1.default.isInterfaceDeclaration(statement) || typescript_1.default.isTypeAliasDeclaration(statement)) &&
        statement.name) {
        out.push(statement.name.text);
        // A class's members: `svc.ask()`, `this.client` elsewhere may be one of them.
        if (typescript_1.default.isClassDeclaration(statement)) {
            for (const member of statement.members) {
                memberName(member.name, out);
                if (typescript_1.default.isConstructorDeclaration(member))
                    for (const p of member.parameters)
                        if (typescript_1.default.getModifiers(p)?.length && typescript_1.default.isIdentifier(p.name))
                            out.push(p.name.text);
            }
        }
    }
    else if (typescript_1.default.isModuleDeclaration(statement) && typescript_1.default.isIdentifier(statement.name)) {
        out.push(statement.name.text);
    }
    else if (typescript_1.default.isExpressionStatement(statement) && typescript_1.default.isBinaryExpression(statement.expression)) {
        // `exports.ask = ...`, `module.exports.ask = ...`: a name other modules (and `exports.ask()` here) read.
        const left = statement.expression.left;
        if (typescript_1.default.isPropertyAccessExpression(left))
            out.push(left.name.text);
    }
}
function memberName(name, out) {
    if (name && (typescript_1.default.isIdentifier(name) || typescript_1.default.isPrivateIdentifier(name) || typescript_1.default.isStringLiteral(name)))
        out.push(name.text);
}
function isPrimitiveConst(statement) {
    if (!typescript_1.default.isVariableStatement(statement) || !(statement.declarationList.flags & typescript_1.default.NodeFlags.Const))
        return false;
    return statement.declarationList.declarations.every((d) => {
        let init = d.initializer;
        while (init && (typescript_1.default.isAsExpression(init) || typescript_1.default.isParenthesizedExpression(init) || typescript_1.default.isSatisfiesExpression(init)))
            init = init.expression;
        return (typescript_1.default.isIdentifier(d.name) &&
            !!init &&
            (typescript_1.default.isStringLiteral(init) || typescript_1.default.isNumericLiteral(init) || typescript_1.default.isNoSubstitutionTemplateLiteral(init) || init.kind === typescript_1.default.SyntaxKind.TrueKeyword || init.kind === typescript_1.default.SyntaxKind.FalseKeyword));
    });
}
/** The function-like whose body holds all of [start, end) (strictly inside a block's braces), within `statement`. */
function bodyAround(statement, start, end, sourceFile) {
    let node = statement;
    let found;
    for (let depth = 0; depth < 10_000; depth++) {
        if ((0, ast_1.isFunctionLike)(node) && node.body) {
            const body = node.body;
            const inside = typescript_1.default.isBlock(body) ? start > body.getStart(sourceFile) && end < body.end : start >= body.getStart(sourceFile) && end <= body.end;
            if (inside)
                found = node;
        }
        let next;
        typescript_1.default.forEachChild(node, (child) => {
            if (!next && child.pos <= start && end <= child.end)
                next = child;
        });
        if (!next)
            break;
        node = next;
    }
    return found;
}
//# sourceMappingURL=units.js.map