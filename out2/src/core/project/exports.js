"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.exportTable = exportTable;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const cache = new WeakMap();
function hasModifier(node, kind) {
    return !!typescript_1.default.canHaveModifiers(node) && !!typescript_1.default.getModifiers(node)?.some((m) => m.kind === kind);
}
function bindingNames(name, into) {
    if (typescript_1.default.isIdentifier(name))
        into.push(name.text);
    else
        for (const element of name.elements)
            if (typescript_1.default.isBindingElement(element))
                bindingNames(element.name, into);
}
/** `module.exports`, `exports`: the CommonJS export object. */
function isExportsObject(node) {
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(e))
        return e.text === "exports";
    return typescript_1.default.isPropertyAccessExpression(e) && typescript_1.default.isIdentifier(e.expression) && e.expression.text === "module" && e.name.text === "exports";
}
/** The export table of a module, from its top-level statements (ES modules and CommonJS). Cached per source file. */
function exportTable(sourceFile) {
    const cached = cache.get(sourceFile);
    if (cached)
        return cached;
    const names = new Map();
    const stars = [];
    const set = (name, entry) => {
        names.set(name, entry);
    };
    for (const statement of sourceFile.statements) {
        if (typescript_1.default.isVariableStatement(statement) && hasModifier(statement, typescript_1.default.SyntaxKind.ExportKeyword)) {
            for (const decl of statement.declarationList.declarations) {
                const list = [];
                bindingNames(decl.name, list);
                for (const name of list)
                    set(name, { kind: "local", name, at: decl });
            }
        }
        else if ((typescript_1.default.isFunctionDeclaration(statement) || typescript_1.default.isClassDeclaration(statement)) && hasModifier(statement, typescript_1.default.SyntaxKind.ExportKeyword)) {
            const isDefault = hasModifier(statement, typescript_1.default.SyntaxKind.DefaultKeyword);
            if (statement.name)
                set(isDefault ? "default" : statement.name.text, { kind: "local", name: statement.name.text, at: statement });
            else if (isDefault)
                set("default", { kind: "declaration", node: statement });
        }
        else if (typescript_1.default.isExportAssignment(statement)) {
            // `export default x` and `export = x`.
            set("default", { kind: "expression", expression: statement.expression });
        }
        else if (typescript_1.default.isExportDeclaration(statement) && !statement.isTypeOnly) {
            const module = statement.moduleSpecifier && typescript_1.default.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
            const clause = statement.exportClause;
            if (!clause) {
                if (module)
                    stars.push(module);
            }
            else if (typescript_1.default.isNamespaceExport(clause)) {
                if (module)
                    set(clause.name.text, { kind: "reexport", module, name: "*" });
            }
            else {
                for (const spec of clause.elements) {
                    if (spec.isTypeOnly)
                        continue;
                    const exported = spec.name.text;
                    const local = (spec.propertyName ?? spec.name).text;
                    set(exported, module ? { kind: "reexport", module, name: local } : { kind: "local", name: local, at: spec });
                }
            }
        }
        else if (typescript_1.default.isExpressionStatement(statement) && typescript_1.default.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken) {
            const { left, right } = statement.expression;
            if (isExportsObject(left)) {
                // `module.exports = { a, b: c }` names its exports; `module.exports = x` is the default (what require returns).
                const value = (0, ast_1.unwrap)(right);
                if (typescript_1.default.isObjectLiteralExpression(value)) {
                    for (const prop of value.properties) {
                        if (typescript_1.default.isShorthandPropertyAssignment(prop))
                            set(prop.name.text, { kind: "local", name: prop.name.text, at: prop });
                        else if (typescript_1.default.isPropertyAssignment(prop)) {
                            const key = (0, ast_1.propertyNameText)(prop.name);
                            if (key !== undefined)
                                set(key, { kind: "expression", expression: prop.initializer });
                        }
                        else if (typescript_1.default.isMethodDeclaration(prop)) {
                            const key = (0, ast_1.propertyNameText)(prop.name);
                            if (key !== undefined)
                                set(key, { kind: "declaration", node: prop });
                        }
                    }
                }
                set("default", { kind: "expression", expression: right });
            }
            else if (typescript_1.default.isPropertyAccessExpression(left) && isExportsObject(left.expression)) {
                set(left.name.text, { kind: "expression", expression: right });
            }
        }
    }
    const table = { names, stars };
    cache.set(sourceFile, table);
    return table;
}
//# sourceMappingURL=exports.js.map