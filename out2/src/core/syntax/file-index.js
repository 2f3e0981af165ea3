"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.emptyFileIndex = emptyFileIndex;
exports.buildFileIndex = buildFileIndex;
exports.lookup = lookup;
exports.indexFor = indexFor;
exports.settingDefault = settingDefault;
exports.lookupValue = lookupValue;
exports.thisClass = thisClass;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("./ast");
const FUNCTION_KINDS = new Set([
    typescript_1.default.SyntaxKind.FunctionDeclaration,
    typescript_1.default.SyntaxKind.FunctionExpression,
    typescript_1.default.SyntaxKind.ArrowFunction,
    typescript_1.default.SyntaxKind.MethodDeclaration,
    typescript_1.default.SyntaxKind.Constructor,
    typescript_1.default.SyntaxKind.GetAccessor,
    typescript_1.default.SyntaxKind.SetAccessor,
]);
const LOOP_KINDS = new Set([
    typescript_1.default.SyntaxKind.WhileStatement,
    typescript_1.default.SyntaxKind.DoStatement,
    typescript_1.default.SyntaxKind.ForStatement,
    typescript_1.default.SyntaxKind.ForInStatement,
    typescript_1.default.SyntaxKind.ForOfStatement,
]);
/** Nodes that open a scope for `let`/`const` (and function-likes for parameters and `var`). */
const SCOPE_KINDS = new Set([
    typescript_1.default.SyntaxKind.SourceFile,
    typescript_1.default.SyntaxKind.Block,
    typescript_1.default.SyntaxKind.ModuleBlock,
    typescript_1.default.SyntaxKind.CaseBlock,
    typescript_1.default.SyntaxKind.ForStatement,
    typescript_1.default.SyntaxKind.ForInStatement,
    typescript_1.default.SyntaxKind.ForOfStatement,
    typescript_1.default.SyntaxKind.CatchClause,
    typescript_1.default.SyntaxKind.ClassStaticBlockDeclaration,
    ...FUNCTION_KINDS,
]);
/** Per-SyntaxKind flags, read once per node (cheaper than three set lookups on a hot path). */
const LOOP = 1;
const FUNCTION = 2;
const SCOPE = 4;
/** Type-level syntax: no call, loop, try or value declaration the rules need is inside (annotations are read from their declarations). */
const TYPE_ONLY = 8;
const KIND_FLAGS = new Uint8Array(typescript_1.default.SyntaxKind.Count);
for (const k of LOOP_KINDS)
    KIND_FLAGS[k] |= LOOP;
for (const k of FUNCTION_KINDS)
    KIND_FLAGS[k] |= FUNCTION;
for (const k of SCOPE_KINDS)
    KIND_FLAGS[k] |= SCOPE;
for (let k = typescript_1.default.SyntaxKind.FirstTypeNode; k <= typescript_1.default.SyntaxKind.LastTypeNode; k++)
    KIND_FLAGS[k] |= TYPE_ONLY;
for (const k of [typescript_1.default.SyntaxKind.InterfaceDeclaration, typescript_1.default.SyntaxKind.TypeAliasDeclaration, typescript_1.default.SyntaxKind.TypeParameter])
    KIND_FLAGS[k] |= TYPE_ONLY;
const COMPARISON_KINDS = new Set([
    typescript_1.default.SyntaxKind.LessThanToken,
    typescript_1.default.SyntaxKind.LessThanEqualsToken,
    typescript_1.default.SyntaxKind.GreaterThanToken,
    typescript_1.default.SyntaxKind.GreaterThanEqualsToken,
]);
const ASSIGNMENT_KINDS = new Set([
    typescript_1.default.SyntaxKind.EqualsToken,
    typescript_1.default.SyntaxKind.QuestionQuestionEqualsToken,
    typescript_1.default.SyntaxKind.BarBarEqualsToken,
    typescript_1.default.SyntaxKind.PlusEqualsToken,
    typescript_1.default.SyntaxKind.MinusEqualsToken,
    typescript_1.default.SyntaxKind.AsteriskEqualsToken,
]);
/** The index of each file, so a name used in another module's node is looked up in that module. */
const indexes = new WeakMap();
/** The index of a file that was not walked (nothing in it can concern a rule). */
function emptyFileIndex(sourceFile) {
    return register({
        sourceFile,
        text: sourceFile.text,
        declarations: new Map(),
        calls: [],
        news: [],
        loops: [],
        functions: [],
        tries: [],
        classFields: new Map(),
        assignments: [],
        updates: [],
        comparisons: [],
    });
}
function register(index) {
    const known = indexes.get(index.sourceFile);
    // A walked index wins over an empty one of the same file.
    if (!known || known.calls.length + known.declarations.size === 0)
        indexes.set(index.sourceFile, index);
    return index;
}
function buildFileIndex(sourceFile) {
    const index = {
        sourceFile,
        text: sourceFile.text,
        declarations: new Map(),
        calls: [],
        news: [],
        loops: [],
        functions: [],
        tries: [],
        classFields: new Map(),
        assignments: [],
        updates: [],
        comparisons: [],
    };
    const declare = (decl) => {
        const list = index.declarations.get(decl.name);
        if (list)
            list.push(decl);
        else
            index.declarations.set(decl.name, [decl]);
    };
    const declareBinding = (name, base, path) => {
        if (typescript_1.default.isIdentifier(name)) {
            declare({ ...base, name: name.text, path });
            return;
        }
        if (typescript_1.default.isObjectBindingPattern(name)) {
            for (const element of name.elements) {
                if (element.dotDotDotToken)
                    continue;
                const key = element.propertyName
                    ? typescript_1.default.isIdentifier(element.propertyName) || typescript_1.default.isStringLiteral(element.propertyName)
                        ? element.propertyName.text
                        : undefined
                    : typescript_1.default.isIdentifier(element.name)
                        ? element.name.text
                        : undefined;
                if (key === undefined)
                    continue;
                declareBinding(element.name, base, [...path, key]);
            }
            return;
        }
        for (const element of name.elements) {
            if (typescript_1.default.isBindingElement(element) && !element.dotDotDotToken)
                declareBinding(element.name, base, [...path, "[]"]);
        }
    };
    const fieldsOf = (cls) => {
        let fields = index.classFields.get(cls);
        if (!fields) {
            fields = new Map();
            index.classFields.set(cls, fields);
        }
        return fields;
    };
    const addField = (cls, name, init, type) => {
        const fields = fieldsOf(cls);
        let field = fields.get(name);
        if (!field) {
            field = { name, inits: [] };
            fields.set(name, field);
        }
        if (init)
            field.inits.push(init);
        if (type && !field.type)
            field.type = type;
    };
    const enclosingClass = (node) => {
        let current = node.parent;
        while (current) {
            if (typescript_1.default.isClassDeclaration(current) || typescript_1.default.isClassExpression(current))
                return current;
            current = current.parent;
        }
        return undefined;
    };
    // The scopes enclosing the node being visited (innermost last): no parent walks per declaration.
    const scopes = [];
    const functionScopes = [];
    const blockScope = () => scopes[scopes.length - 1] ?? sourceFile;
    const functionScope = () => functionScopes[functionScopes.length - 1] ?? sourceFile;
    /** Records what one node declares or is; the walk below descends. */
    const enter = (node, flags) => {
        switch (node.kind) {
            case typescript_1.default.SyntaxKind.ImportDeclaration: {
                const decl = node;
                if (!typescript_1.default.isStringLiteral(decl.moduleSpecifier) || !decl.importClause)
                    break;
                if (decl.importClause.isTypeOnly)
                    break;
                const module = decl.moduleSpecifier.text;
                const clause = decl.importClause;
                if (clause.name) {
                    declare({ name: clause.name.text, kind: "import", node: clause, scope: sourceFile, module, importName: "default" });
                }
                const bindings = clause.namedBindings;
                if (bindings && typescript_1.default.isNamespaceImport(bindings)) {
                    declare({ name: bindings.name.text, kind: "import", node: bindings, scope: sourceFile, module, importName: "*" });
                }
                else if (bindings && typescript_1.default.isNamedImports(bindings)) {
                    for (const spec of bindings.elements) {
                        if (spec.isTypeOnly)
                            continue;
                        const imported = spec.propertyName ? spec.propertyName.text : spec.name.text;
                        declare({ name: spec.name.text, kind: "import", node: spec, scope: sourceFile, module, importName: imported });
                    }
                }
                break;
            }
            case typescript_1.default.SyntaxKind.ImportEqualsDeclaration: {
                const decl = node;
                const ref = decl.moduleReference;
                if (typescript_1.default.isExternalModuleReference(ref) && typescript_1.default.isStringLiteral(ref.expression)) {
                    declare({ name: decl.name.text, kind: "import", node: decl, scope: sourceFile, module: ref.expression.text, importName: "require" });
                }
                break;
            }
            case typescript_1.default.SyntaxKind.VariableDeclaration: {
                const decl = node;
                const list = decl.parent;
                const isBlockScoped = typescript_1.default.isVariableDeclarationList(list) && (list.flags & typescript_1.default.NodeFlags.BlockScoped) !== 0;
                const isConst = typescript_1.default.isVariableDeclarationList(list) && (list.flags & typescript_1.default.NodeFlags.Const) !== 0;
                const scope = isBlockScoped ? blockScope() : functionScope();
                declareBinding(decl.name, { kind: "variable", node: decl, scope, init: decl.initializer, type: decl.type, mutable: !isConst }, []);
                break;
            }
            case typescript_1.default.SyntaxKind.Parameter: {
                const param = node;
                const fn = param.parent;
                if ((0, ast_1.isFunctionLike)(fn)) {
                    declareBinding(param.name, { kind: "parameter", node: param, scope: fn, init: param.initializer, type: param.type, mutable: true }, []);
                    // Constructor parameter properties: `constructor(private client: OpenAI)`.
                    if (typescript_1.default.isConstructorDeclaration(fn) && typescript_1.default.isIdentifier(param.name) && typescript_1.default.getModifiers(param)?.length) {
                        const cls = fn.parent;
                        if (typescript_1.default.isClassLike(cls))
                            addField(cls, param.name.text, param.initializer, param.type);
                    }
                }
                break;
            }
            case typescript_1.default.SyntaxKind.FunctionDeclaration: {
                const fn = node;
                // An overload signature (no body, not ambient) is not the function: its implementation, declared after it, is.
                const overload = !fn.body && !(typescript_1.default.getCombinedModifierFlags(fn) & typescript_1.default.ModifierFlags.Ambient);
                if (fn.name && !overload)
                    declare({ name: fn.name.text, kind: "function", node: fn, scope: blockScope() });
                break;
            }
            case typescript_1.default.SyntaxKind.ClassDeclaration: {
                const cls = node;
                if (cls.name)
                    declare({ name: cls.name.text, kind: "class", node: cls, scope: blockScope() });
                break;
            }
            case typescript_1.default.SyntaxKind.PropertyDeclaration: {
                const prop = node;
                const cls = prop.parent;
                if (typescript_1.default.isClassLike(cls) && (typescript_1.default.isIdentifier(prop.name) || typescript_1.default.isPrivateIdentifier(prop.name))) {
                    addField(cls, prop.name.text, prop.initializer, prop.type);
                }
                break;
            }
            case typescript_1.default.SyntaxKind.ReturnStatement: {
                // A getter's return value is the value of `this.name`: `get client() { return this._client ??= new OpenAI(); }`.
                const ret = node;
                const fn = functionScopes[functionScopes.length - 1];
                if (ret.expression && fn && typescript_1.default.isGetAccessorDeclaration(fn) && typescript_1.default.isClassLike(fn.parent) && typescript_1.default.isIdentifier(fn.name)) {
                    addField(fn.parent, fn.name.text, ret.expression);
                }
                break;
            }
            case typescript_1.default.SyntaxKind.CallExpression:
                index.calls.push(node);
                break;
            case typescript_1.default.SyntaxKind.NewExpression:
                index.news.push(node);
                break;
            case typescript_1.default.SyntaxKind.TryStatement:
                index.tries.push(node);
                break;
            case typescript_1.default.SyntaxKind.BinaryExpression: {
                const bin = node;
                const op = bin.operatorToken.kind;
                if (ASSIGNMENT_KINDS.has(op)) {
                    index.assignments.push(bin);
                    const left = bin.left;
                    if ((op === typescript_1.default.SyntaxKind.EqualsToken || op === typescript_1.default.SyntaxKind.QuestionQuestionEqualsToken || op === typescript_1.default.SyntaxKind.BarBarEqualsToken) &&
                        typescript_1.default.isPropertyAccessExpression(left) &&
                        left.expression.kind === typescript_1.default.SyntaxKind.ThisKeyword) {
                        const cls = enclosingClass(bin);
                        if (cls)
                            addField(cls, left.name.text, bin.right);
                    }
                }
                else if (COMPARISON_KINDS.has(op)) {
                    index.comparisons.push(bin);
                }
                break;
            }
            case typescript_1.default.SyntaxKind.PrefixUnaryExpression:
            case typescript_1.default.SyntaxKind.PostfixUnaryExpression: {
                const unary = node;
                if (unary.operator === typescript_1.default.SyntaxKind.PlusPlusToken || unary.operator === typescript_1.default.SyntaxKind.MinusMinusToken) {
                    index.updates.push(unary);
                }
                break;
            }
            default:
                break;
        }
        if (flags & LOOP)
            index.loops.push(node);
        if (flags & FUNCTION) {
            index.functions.push(node);
            functionScopes.push(node);
        }
        if (flags & SCOPE)
            scopes.push(node);
    };
    // Pre-order, in source order, with an explicit stack (a 5,000-deep member chain or a 1,500-term concatenation
    // parses, so it must walk). A number on the stack closes the scopes its node opened once its children are done.
    const stack = [sourceFile];
    const push = (child) => {
        stack.push(child);
    };
    while (stack.length) {
        const entry = stack.pop();
        if (typeof entry === "number") {
            if (entry & SCOPE)
                scopes.pop();
            if (entry & FUNCTION)
                functionScopes.pop();
            continue;
        }
        const flags = KIND_FLAGS[entry.kind];
        if (flags & TYPE_ONLY)
            continue;
        enter(entry, flags);
        const opened = flags & (SCOPE | FUNCTION);
        if (opened)
            stack.push(opened);
        const first = stack.length;
        typescript_1.default.forEachChild(entry, push);
        for (let i = first, j = stack.length - 1; i < j; i++, j--) {
            const t = stack[i];
            stack[i] = stack[j];
            stack[j] = t;
        }
    }
    return register(index);
}
/** The declaration a name refers to at `at`: the innermost visible one. */
function lookup(index, name, at) {
    // A node of another module (a client built in lib/openai.ts, read from the file that imports it): its own file's names.
    const sf = (0, ast_1.sourceFileOf)(at);
    if (sf && sf !== index.sourceFile) {
        const own = indexes.get(sf);
        if (own)
            index = own;
    }
    const candidates = index.declarations.get(name);
    if (!candidates)
        return undefined;
    const pos = at.getStart(index.sourceFile);
    let best;
    for (const decl of candidates) {
        if (pos < decl.scope.pos || pos > decl.scope.end)
            continue;
        if (!best || decl.scope.end - decl.scope.pos < best.scope.end - best.scope.pos)
            best = decl;
    }
    return best;
}
/** The index of the file a node belongs to (another module's, for a node read across files), else `index`. */
function indexFor(index, node) {
    const sf = (0, ast_1.sourceFileOf)(node);
    return sf && sf !== index.sourceFile ? (indexes.get(sf) ?? index) : index;
}
/**
 * The default a config class gives a setting: `context.COHERE_API_BASE` with `context` a parameter or variable
 * declared with a type (and no value of its own) that names a class of the project whose field has an initializer
 * (see FileIndex.fieldDefault). Undefined for anything else.
 */
function settingDefault(index, expr) {
    const e = (0, ast_1.unwrap)(expr);
    if (!typescript_1.default.isPropertyAccessExpression(e))
        return undefined;
    const receiver = (0, ast_1.unwrap)(e.expression);
    if (!typescript_1.default.isIdentifier(receiver))
        return undefined;
    const decl = lookupValue(index, receiver.text, receiver);
    if (!decl || (decl.kind !== "parameter" && decl.kind !== "variable") || decl.init || decl.path?.length || !decl.type)
        return undefined;
    return indexFor(index, decl.node).fieldDefault?.(decl.type, e.name.text);
}
/**
 * The declaration a name refers to, through imports of the project's own modules: `import { tools } from "./tools"`
 * gives the `const tools = [...]` of tools.ts. An import of a package stays an import.
 */
function lookupValue(index, name, at) {
    let decl = lookup(index, name, at);
    for (let i = 0; decl?.kind === "import" && i < 8; i++) {
        const next = indexFor(index, decl.node).resolveImport?.(decl);
        if (!next || next === decl)
            break;
        decl = next;
    }
    return decl;
}
/** The class whose body contains `node` (for `this.x`), skipping non-arrow functions that rebind `this`. */
function thisClass(node) {
    let current = node.parent;
    while (current) {
        if (typescript_1.default.isClassLike(current))
            return current;
        if (typescript_1.default.isFunctionDeclaration(current) || typescript_1.default.isFunctionExpression(current))
            return undefined;
        current = current.parent;
    }
    return undefined;
}
//# sourceMappingURL=file-index.js.map