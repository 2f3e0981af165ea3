import ts from "typescript";
import { propertyNameText, unwrap } from "../syntax/ast";

/** How a module provides one of its exports. */
export type ExportEntry =
  /** A name declared in the module (`export const x`, `export function f`, `export { a as b }`, `module.exports = { a }`). */
  | { kind: "local"; name: string; at: ts.Node }
  /** An expression (`export default new OpenAI()`, `module.exports = x`, `exports.a = ...`). */
  | { kind: "expression"; expression: ts.Expression }
  /** An anonymous function or class (`export default function () {}`), a method of `module.exports = { f() {} }`. */
  | { kind: "declaration"; node: ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration }
  /** `export { a as b } from "./m"`, `export * as ns from "./m"` (name "*"). */
  | { kind: "reexport"; module: string; name: string };

export interface ExportTable {
  names: Map<string, ExportEntry>;
  /** `export * from "./m"`: modules whose exports this one re-exports. */
  stars: string[];
}

const cache = new WeakMap<ts.SourceFile, ExportTable>();

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return !!ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);
}

function bindingNames(name: ts.BindingName, into: string[]): void {
  if (ts.isIdentifier(name)) into.push(name.text);
  else for (const element of name.elements) if (ts.isBindingElement(element)) bindingNames(element.name, into);
}

/** `module.exports`, `exports`: the CommonJS export object. */
function isExportsObject(node: ts.Expression): boolean {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return e.text === "exports";
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "module" && e.name.text === "exports";
}

/** The export table of a module, from its top-level statements (ES modules and CommonJS). Cached per source file. */
export function exportTable(sourceFile: ts.SourceFile): ExportTable {
  const cached = cache.get(sourceFile);
  if (cached) return cached;
  const names = new Map<string, ExportEntry>();
  const stars: string[] = [];
  const set = (name: string, entry: ExportEntry): void => {
    names.set(name, entry);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      for (const decl of statement.declarationList.declarations) {
        const list: string[] = [];
        bindingNames(decl.name, list);
        for (const name of list) set(name, { kind: "local", name, at: decl });
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
      if (statement.name) set(isDefault ? "default" : statement.name.text, { kind: "local", name: statement.name.text, at: statement });
      else if (isDefault) set("default", { kind: "declaration", node: statement });
    } else if (ts.isExportAssignment(statement)) {
      // `export default x` and `export = x`.
      set("default", { kind: "expression", expression: statement.expression });
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const module = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (module) stars.push(module);
      } else if (ts.isNamespaceExport(clause)) {
        if (module) set(clause.name.text, { kind: "reexport", module, name: "*" });
      } else {
        for (const spec of clause.elements) {
          if (spec.isTypeOnly) continue;
          const exported = spec.name.text;
          const local = (spec.propertyName ?? spec.name).text;
          set(exported, module ? { kind: "reexport", module, name: local } : { kind: "local", name: local, at: spec });
        }
      }
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const { left, right } = statement.expression;
      if (isExportsObject(left)) {
        // `module.exports = { a, b: c }` names its exports; `module.exports = x` is the default (what require returns).
        const value = unwrap(right);
        if (ts.isObjectLiteralExpression(value)) {
          for (const prop of value.properties) {
            if (ts.isShorthandPropertyAssignment(prop)) set(prop.name.text, { kind: "local", name: prop.name.text, at: prop });
            else if (ts.isPropertyAssignment(prop)) {
              const key = propertyNameText(prop.name);
              if (key !== undefined) set(key, { kind: "expression", expression: prop.initializer });
            } else if (ts.isMethodDeclaration(prop)) {
              const key = propertyNameText(prop.name);
              if (key !== undefined) set(key, { kind: "declaration", node: prop });
            }
          }
        }
        set("default", { kind: "expression", expression: right });
      } else if (ts.isPropertyAccessExpression(left) && isExportsObject(left.expression)) {
        set(left.name.text, { kind: "expression", expression: right });
      }
    }
  }
  const table = { names, stars };
  cache.set(sourceFile, table);
  return table;
}
