import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookup, type FileIndex } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import { staticString } from "../syntax/values";
import type { SdkProfile, TextRequest } from "./profile-types";

const patternCache = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patternCache.get(source);
  if (!re) patternCache.set(source, (re = new RegExp(source, "i")));
  return re;
}

/** The name of the function a body is built by: `createBodyImage(p)`, `this.bodies.image(p)`, or a const holding such a call. */
function builderName(index: FileIndex, expr: ts.Expression, depth = 0): string | undefined {
  const e = unwrap(expr);
  if (ts.isIdentifier(e) && depth < 4) {
    const decl = lookup(index, e.text, e);
    return decl?.kind === "variable" && decl.init && !decl.path?.length ? builderName(index, decl.init, depth + 1) : undefined;
  }
  if (!ts.isCallExpression(e)) return undefined;
  const callee = unwrap(e.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function present(index: FileIndex, options: ts.Expression | undefined, key: string): ts.Expression | undefined | true {
  const found = lookupKey(index, options, key);
  return found.state === "present" ? (found.value ?? true) : undefined;
}

/**
 * Whether a request to an endpoint that also serves non-text models (profile.textRequest) is a text generation:
 * not when its model id names a non-text model, its options carry a non-text key, or its body is built by an
 * image (or embedding) helper; when the profile lists text shapes, only when the options have one of them.
 */
export function isTextRequest(index: FileIndex, profile: SdkProfile, options: ts.Expression | undefined, call: ts.CallExpression | ts.NewExpression, urlModel?: string): boolean {
  const rule: TextRequest | undefined = profile.textRequest;
  if (!rule) return true;
  if (rule.otherModels?.length || rule.textModels?.length) {
    const arg = profile.modelArg !== undefined ? call.arguments?.[profile.modelArg] : undefined;
    const value = arg ?? (profile.model ? present(index, options, profile.model) : undefined);
    // The model an HTTP request names in its URL (`/ai/run/@cf/meta/llama-3.1-8b-instruct`).
    const id = urlModel ?? (value && value !== true ? staticString(index, value) : undefined);
    if (id !== undefined && rule.otherModels?.some((m) => pattern(m).test(id))) return false;
    if (id !== undefined && rule.textModels?.some((m) => pattern(m).test(id))) return true;
  }
  if (rule.otherKeys?.some((key) => present(index, options, key) !== undefined)) return false;
  if (rule.otherBuilders && rule.bodyKey) {
    const body = present(index, options, rule.bodyKey);
    const name = body && body !== true ? builderName(index, body) : undefined;
    if (name !== undefined && pattern(rule.otherBuilders).test(name)) return false;
  }
  if (rule.shapes) return rule.shapes.some((shape) => shape.every((key) => present(index, options, key) !== undefined));
  return true;
}
