"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.typeDeclaration = typeDeclaration;
exports.exportedType = exportedType;
exports.localOfTypeNode = localOfTypeNode;
exports.classFieldDefault = classFieldDefault;
exports.shapeMember = shapeMember;
exports.implementationsOf = implementationsOf;
const typescript_1 = __importDefault(require("typescript"));
const MAX_DEPTH = 12;
/** More implementations than this: the answer would be costly and rarely one wrapper; none is given. */
const MAX_IMPLEMENTATIONS = 12;
const declarations = new WeakMap();
const exported = new WeakMap();
function hasModifier(node, kind) {
    return !!typescript_1.default.canHaveModifiers(node) && !!typescript_1.default.getModifiers(node)?.some((m) => m.kind === kind);
}
function namedTypeOf(statement, name) {
    if ((typescript_1.default.isInterfaceDeclaration(statement) || typescript_1.default.isTypeAliasDeclaration(statement) || typescript_1.default.isClassDeclaration(statement)) && statement.name?.text === name)
        return statement;
    return undefined;
}
function memo(table, home, name, compute) {
    let map = table.get(home);
    if (!map)
        table.set(home, (map = new Map()));
    if (map.has(name))
        return map.get(name) ?? undefined;
    map.set(name, null); // cycles of re-exports
    const found = compute();
    map.set(name, found ?? null);
    return found;
}
/** A type name as a module sees it: declared at its top level, or imported from a project module (type-only too). */
function typeDeclaration(home, name, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    return memo(declarations, home, name, () => {
        for (const statement of home.index.sourceFile.statements) {
            const node = namedTypeOf(statement, name);
            if (node)
                return { node, home };
        }
        for (const statement of home.index.sourceFile.statements) {
            if (!typescript_1.default.isImportDeclaration(statement) || !statement.importClause || !typescript_1.default.isStringLiteral(statement.moduleSpecifier))
                continue;
            const clause = statement.importClause;
            let imported;
            if (clause.name?.text === name)
                imported = "default";
            else if (clause.namedBindings && typescript_1.default.isNamedImports(clause.namedBindings)) {
                const spec = clause.namedBindings.elements.find((e) => e.name.text === name);
                if (spec)
                    imported = (spec.propertyName ?? spec.name).text;
            }
            if (!imported)
                continue;
            const other = home.importedTracer(statement.moduleSpecifier.text);
            return other ? exportedType(other, imported, depth + 1) : undefined;
        }
        return undefined;
    });
}
/** A type a module exports under this name: declared there, re-exported (`export type { X } from`, `export *`). */
function exportedType(home, name, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    return memo(exported, home, name, () => {
        const stars = [];
        for (const statement of home.index.sourceFile.statements) {
            const node = namedTypeOf(statement, name);
            if (node && hasModifier(node, typescript_1.default.SyntaxKind.ExportKeyword) && !hasModifier(node, typescript_1.default.SyntaxKind.DefaultKeyword))
                return { node, home };
            if (!typescript_1.default.isExportDeclaration(statement))
                continue;
            const module = statement.moduleSpecifier && typescript_1.default.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
            const clause = statement.exportClause;
            if (!clause) {
                if (module)
                    stars.push(module);
                continue;
            }
            if (!typescript_1.default.isNamedExports(clause))
                continue;
            const spec = clause.elements.find((e) => e.name.text === name);
            if (!spec)
                continue;
            const local = (spec.propertyName ?? spec.name).text;
            if (!module)
                return typeDeclaration(home, local, depth + 1);
            const other = home.importedTracer(module);
            return other ? exportedType(other, local, depth + 1) : undefined;
        }
        for (const module of stars) {
            const other = home.importedTracer(module);
            const found = other ? exportedType(other, name, depth + 1) : undefined;
            if (found)
                return found;
        }
        return undefined;
    });
}
/** A value of a type the project declares: an instance of its class, or a shape (interface, object type). */
function localOfTypeNode(home, type, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    if (typescript_1.default.isParenthesizedTypeNode(type))
        return localOfTypeNode(home, type.type, depth + 1);
    if (typescript_1.default.isTypeLiteralNode(type))
        return { kind: "shape", shape: type, home };
    let named;
    if (typescript_1.default.isTypeReferenceNode(type) && typescript_1.default.isIdentifier(type.typeName))
        named = typeDeclaration(home, type.typeName.text, depth + 1);
    else if (typescript_1.default.isImportTypeNode(type) && !type.isTypeOf && type.qualifier && typescript_1.default.isIdentifier(type.qualifier)) {
        // `import("./core").LLMClient`
        const arg = type.argument;
        const other = typescript_1.default.isLiteralTypeNode(arg) && typescript_1.default.isStringLiteral(arg.literal) ? home.importedTracer(arg.literal.text) : undefined;
        named = other ? exportedType(other, type.qualifier.text, depth + 1) : undefined;
    }
    else if (typescript_1.default.isUnionTypeNode(type)) {
        for (const member of type.types) {
            const found = localOfTypeNode(home, member, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    }
    if (!named)
        return undefined;
    const node = named.node;
    if (typescript_1.default.isInterfaceDeclaration(node))
        return { kind: "shape", shape: node, home: named.home };
    if (typescript_1.default.isTypeAliasDeclaration(node))
        return localOfTypeNode(named.home, node.type, depth + 1);
    return { kind: "instance", cls: node, home: named.home };
}
/**
 * The initializer of the (instance) field `name` of a class of the project that `type` names, through type aliases,
 * intersections and parentheses: `COHERE_API_BASE = "https://api.cohere.com/v2"` for `context.COHERE_API_BASE` with
 * `context: AgentUserConfig` and `type AgentUserConfig = Record<string, any> & CohereConfig & ...`. A union names
 * several possible types: none is taken.
 */
function classFieldDefault(home, type, name, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    if (typescript_1.default.isParenthesizedTypeNode(type))
        return classFieldDefault(home, type.type, name, depth + 1);
    if (typescript_1.default.isIntersectionTypeNode(type)) {
        for (const member of type.types) {
            const found = classFieldDefault(home, member, name, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    }
    if (!typescript_1.default.isTypeReferenceNode(type) || !typescript_1.default.isIdentifier(type.typeName))
        return undefined;
    const named = typeDeclaration(home, type.typeName.text, depth + 1);
    if (!named)
        return undefined;
    if (typescript_1.default.isTypeAliasDeclaration(named.node))
        return classFieldDefault(named.home, named.node.type, name, depth + 1);
    if (!typescript_1.default.isClassLike(named.node))
        return undefined;
    const field = named.node.members.find((m) => typescript_1.default.isPropertyDeclaration(m) && !hasModifier(m, typescript_1.default.SyntaxKind.StaticKeyword) && !!m.initializer && (typescript_1.default.isIdentifier(m.name) || typescript_1.default.isStringLiteral(m.name)) && m.name.text === name);
    return field?.initializer;
}
/** A member of a shape: the value its property's type gives, or what the implementations of its method do. */
function shapeMember(shape, home, name, depth, origin = { shape, home }) {
    if (depth > MAX_DEPTH)
        return undefined;
    const member = shape.members.find((m) => m.name && (typescript_1.default.isIdentifier(m.name) || typescript_1.default.isStringLiteral(m.name)) && m.name.text === name);
    if (member) {
        if (typescript_1.default.isPropertySignature(member) && member.type && !typescript_1.default.isFunctionTypeNode(member.type)) {
            const value = home.localOfType(member.type, depth + 1);
            if (value)
                return value;
        }
        // A method, or a property whose type says nothing the project defines (`request: AgentRequest`, a type
        // parameter): what the implementations of the type the value has do (each must be a function).
        return typescript_1.default.isInterfaceDeclaration(origin.shape) ? implementationsOf(origin.shape, origin.home, name, depth + 1) : undefined;
    }
    // Inherited from the interfaces this one extends.
    if (!typescript_1.default.isInterfaceDeclaration(shape))
        return undefined;
    for (const clause of shape.heritageClauses ?? []) {
        for (const t of clause.types) {
            if (!typescript_1.default.isIdentifier(t.expression))
                continue;
            const base = typeDeclaration(home, t.expression.text, depth + 1);
            if (base && typescript_1.default.isInterfaceDeclaration(base.node)) {
                const found = shapeMember(base.node, base.home, name, depth + 1, origin);
                if (found)
                    return found;
            }
        }
    }
    return undefined;
}
/** Whether a heritage clause of `node` (in `home`) names `origin`. */
function namesType(node, home, origin) {
    for (const clause of node.heritageClauses ?? []) {
        for (const t of clause.types) {
            if (typescript_1.default.isIdentifier(t.expression) && typeDeclaration(home, t.expression.text)?.node === origin)
                return true;
        }
    }
    return false;
}
/**
 * What calling `name` on a value of this interface or abstract class does: the method of every class of the project
 * that implements or extends it (and of their subclasses that override it). Undefined — cannot tell — when the
 * project cannot be scanned whole, when an object may implement the type without a class, when another interface
 * extends it, when an implementation lacks the method, or when there are none or too many.
 */
function implementationsOf(origin, home, name, depth) {
    const project = home.project;
    if (!project || !origin.name || depth > MAX_DEPTH)
        return undefined;
    const fns = [];
    const seen = new Set();
    const pending = [{ type: origin, home }];
    while (pending.length) {
        const { type, home: typeHome } = pending.pop();
        const typeName = type.name?.text;
        if (!typeName)
            return undefined;
        const candidates = project.implementationCandidates(typeHome.fileName, typeName);
        // An object may implement an interface without a class (`satisfies X`, `as X`); a class type, hardly.
        if (!candidates || (candidates.escapes && typescript_1.default.isInterfaceDeclaration(type)))
            return undefined;
        for (const file of candidates.files) {
            const tracer = project.tracerAt(file);
            if (!tracer)
                return undefined;
            for (const node of topLevelTypes(tracer.index.sourceFile)) {
                if (!namesType(node, tracer, type))
                    continue;
                // Another interface built on this one: its implementations are not searched for.
                if (typescript_1.default.isInterfaceDeclaration(node))
                    return undefined;
                if (seen.has(node))
                    continue;
                seen.add(node);
                if (seen.size > MAX_IMPLEMENTATIONS)
                    return undefined;
                const method = node.members.find((m) => m.name && typescript_1.default.isIdentifier(m.name) && m.name.text === name);
                const init = method && typescript_1.default.isPropertyDeclaration(method) && method.initializer ? unwrapParens(method.initializer) : undefined;
                if (method && typescript_1.default.isMethodDeclaration(method) && method.body)
                    fns.push({ fn: method, home: tracer });
                else if (init && (typescript_1.default.isArrowFunction(init) || typescript_1.default.isFunctionExpression(init)))
                    fns.push({ fn: init, home: tracer }); // `request = async (...) => {...}`
                else if (method && !(typescript_1.default.isMethodDeclaration(method) && !method.body))
                    return undefined; // another field, an accessor
                else if (!method && !hasModifier(node, typescript_1.default.SyntaxKind.AbstractKeyword)) {
                    // Inherited from a class of the project it extends, or missing.
                    const inherited = tracer.memberOf({ kind: "instance", cls: node, home: tracer }, name, depth + 1);
                    if (inherited?.kind !== "function" || !inherited.fn.body)
                        return undefined;
                    fns.push({ fn: inherited.fn, home: inherited.home });
                }
                // Its subclasses may override the method.
                pending.push({ type: node, home: tracer });
            }
        }
    }
    return fns.length ? { kind: "implementations", fns, home } : undefined;
}
function unwrapParens(e) {
    while (typescript_1.default.isParenthesizedExpression(e) || typescript_1.default.isAsExpression(e) || typescript_1.default.isSatisfiesExpression(e))
        e = e.expression;
    return e;
}
function* topLevelTypes(sourceFile) {
    for (const statement of sourceFile.statements) {
        if (typescript_1.default.isClassDeclaration(statement) || typescript_1.default.isInterfaceDeclaration(statement))
            yield statement;
    }
}
//# sourceMappingURL=type-members.js.map