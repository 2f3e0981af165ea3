import ts from "typescript";
import { resolveArrayLiteral, resolveObjectLiteral } from "../syntax/values";
import { findProperty, propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import { lookupValue } from "../syntax/file-index";
import type { FileAnalysis } from "./analysis";
import { valueOf, zodRoot } from "./tools";

/**
 * Multiplexer tools: one tool whose `action` (or `operation`, `command`, `op`) enum picks what it does, with the
 * fields of every action declared optional side by side (`{ action: z.enum(["create", "delete"]), name:
 * z.string().optional(), id: z.string().optional() }`). The schema the model reads says no field is needed for any
 * action, so it sends `create` without a name, the tool fails, and the round trip is paid again. Only the clear
 * shape is reported: the discriminator is a required enum (or JSON `enum`) of at least two literal values, at least
 * two other fields, every one of them optional, and nothing in the schema that states per-action requirements
 * (zod refinements, JSON `anyOf`/`oneOf`/`allOf`/`if`/`dependentRequired`).
 */
export interface Multiplexer {
  /** The discriminator's property name node: where it is reported. */
  node: ts.Node;
  /** The discriminator's key. */
  key: string;
  values: string[];
  optionalFields: number;
}

const DISCRIMINATORS = new Set(["action", "operation", "command", "op"]);
const MIN_VALUES = 2;
const MIN_OPTIONAL = 2;

/** A zod call chain read from the outside in: `z.string().min(1).optional()` is base "string", methods ["min", "optional"]. */
interface ZodChain {
  base: string;
  baseCall: ts.CallExpression;
  methods: string[];
}

function zodChain(analysis: FileAnalysis, node: ts.Expression, depth = 0): ZodChain | undefined {
  if (depth > 6) return undefined;
  let expr = unwrap(node);
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(analysis.index, expr.text, expr);
    if (decl?.kind !== "variable" || !decl.init || decl.path?.length || decl.mutable) return undefined;
    return zodChain(analysis, decl.init, depth + 1);
  }
  const methods: string[] = [];
  for (;;) {
    if (!ts.isCallExpression(expr)) return undefined;
    const callee = unwrap(expr.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const receiver = unwrap(callee.expression);
    if (ts.isIdentifier(receiver)) {
      // `z.enum([...])`; or a const holding a zod schema (`Kind.optional()` with `const Kind = z.enum([...])`).
      if (!zodRoot(analysis, callee)) return undefined;
      const inner = zodChain(analysis, receiver, depth + 1);
      if (inner) return { ...inner, methods: [...inner.methods, callee.name.text, ...methods.reverse()] };
      return { base: callee.name.text, baseCall: expr, methods: methods.reverse() };
    }
    methods.push(callee.name.text);
    expr = receiver;
  }
}

const OPTIONAL_METHODS = new Set(["optional", "nullish", "default", "prefault", "catch"]);
const REFINEMENTS = new Set(["refine", "superRefine", "check", "transform", "pipe", "and"]);

function isOptionalZod(chain: ZodChain): boolean {
  return chain.base === "optional" || chain.methods.some((m) => OPTIONAL_METHODS.has(m));
}

/** The literal values of `z.enum(["a", "b"])` (inline or a const array), when the chain keeps it required. */
function zodEnumValues(analysis: FileAnalysis, chain: ZodChain): string[] | undefined {
  if (chain.base !== "enum" || isOptionalZod(chain)) return undefined;
  return literalStrings(analysis, chain.baseCall.arguments[0]);
}

function literalStrings(analysis: FileAnalysis, node: ts.Expression | undefined): string[] | undefined {
  const list = resolveArrayLiteral(analysis.index, node);
  if (!list) return undefined;
  const values: string[] = [];
  for (const el of list.elements) {
    const e = unwrap(el as ts.Expression);
    if (!ts.isStringLiteralLike(e)) return undefined;
    values.push(e.text);
  }
  return values;
}

/** The multiplexer shape of a zod raw shape or `z.object({...})` (the tool's root), if it has it. */
export function zodMultiplexer(analysis: FileAnalysis, root: ts.Expression, rawShape: boolean): Multiplexer | undefined {
  let shape: ts.ObjectLiteralExpression | undefined;
  if (rawShape) {
    shape = resolveObjectLiteral(analysis.index, root);
  } else {
    const chain = zodChain(analysis, root);
    if (!chain || (chain.base !== "object" && chain.base !== "strictObject")) return undefined;
    if (chain.methods.some((m) => REFINEMENTS.has(m) || m === "extend" || m === "merge" || OPTIONAL_METHODS.has(m))) return undefined;
    shape = resolveObjectLiteral(analysis.index, chain.baseCall.arguments[0]);
  }
  if (!shape || shape.properties.some((p) => !ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))) return undefined;
  let found: Multiplexer | undefined;
  let optional = 0;
  for (const prop of shape.properties) {
    const name = propertyNameText(prop.name);
    const value = propertyValue(prop);
    if (name === undefined || !value) return undefined;
    const chain = zodChain(analysis, value);
    if (!chain) return undefined; // a field we cannot read may be required
    const values = !found && DISCRIMINATORS.has(name) ? zodEnumValues(analysis, chain) : undefined;
    if (values) {
      if (values.length < MIN_VALUES) return undefined;
      found = { node: prop.name!, key: name, values, optionalFields: 0 };
      continue;
    }
    if (!isOptionalZod(chain)) return undefined; // a field every action needs: not the clear shape
    optional++;
  }
  return found && optional >= MIN_OPTIONAL ? { ...found, optionalFields: optional } : undefined;
}

const CONDITIONAL_KEYWORDS = ["anyOf", "oneOf", "allOf", "if", "then", "dependentRequired", "dependentSchemas", "dependencies", "not", "$ref"];

/** The multiplexer shape of a JSON schema object (the tool's root), if it has it. */
export function jsonMultiplexer(analysis: FileAnalysis, root: ts.Expression): Multiplexer | undefined {
  const obj = resolveObjectLiteral(analysis.index, root);
  if (!obj || obj.properties.some((p) => ts.isSpreadAssignment(p))) return undefined;
  if (CONDITIONAL_KEYWORDS.some((k) => findProperty(obj, k))) return undefined;
  const properties = resolveObjectLiteral(analysis.index, valueOf(obj, "properties"));
  if (!properties || properties.properties.some((p) => ts.isSpreadAssignment(p))) return undefined;
  const requiredProp = findProperty(obj, "required");
  let required: string[] = [];
  if (requiredProp) {
    const list = literalStrings(analysis, propertyValue(requiredProp));
    if (!list) return undefined;
    required = list;
  }
  let found: Multiplexer | undefined;
  let others = 0;
  for (const prop of properties.properties) {
    const name = propertyNameText(prop.name);
    if (name === undefined) return undefined;
    if (!found && DISCRIMINATORS.has(name)) {
      const schema = resolveObjectLiteral(analysis.index, propertyValue(prop));
      const values = schema && literalStrings(analysis, valueOf(schema, "enum"));
      if (values && values.length >= MIN_VALUES) {
        found = { node: prop.name!, key: name, values, optionalFields: 0 };
        continue;
      }
    }
    if (required.includes(name)) return undefined;
    others++;
  }
  // Nothing required but (at most) the discriminator.
  const key = found?.key;
  return found && others >= MIN_OPTIONAL && required.every((r) => r === key) ? { ...found, optionalFields: others } : undefined;
}
