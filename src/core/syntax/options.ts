import ts from "typescript";
import { resolveObjectLiteral } from "./values";
import { findProperty, hasSpread, propertyValue } from "./ast";
import type { FileIndex } from "./file-index";

export type KeyLookup =
  | { state: "present"; prop: ts.ObjectLiteralElementLike; value?: ts.Expression; owner: ts.ObjectLiteralExpression }
  /** Not there; `owner` is the object a fix would add it to. */
  | { state: "absent"; owner: ts.ObjectLiteralExpression; missing: string[] }
  /** Cannot tell: a spread, a non-literal object, or no object at all. */
  | { state: "unknown" };

/** Looks up a dotted key ("config.maxOutputTokens") in an options object literal. */
export function lookupKey(index: FileIndex, obj: ts.ObjectLiteralExpression | undefined, dotted: string): KeyLookup {
  if (!obj) return { state: "unknown" };
  const parts = dotted.split(".");
  let current = obj;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const prop = findProperty(current, key);
    if (!prop) {
      return hasSpread(current) ? { state: "unknown" } : { state: "absent", owner: current, missing: parts.slice(i) };
    }
    const value = propertyValue(prop);
    if (i === parts.length - 1) return { state: "present", prop, value, owner: current };
    const next = resolveObjectLiteral(index, value);
    if (!next) return { state: "unknown" };
    current = next;
  }
  return { state: "unknown" };
}

/** The first of several keys that is present; else absent (on the first key's owner) or unknown. */
export function lookupAnyKey(index: FileIndex, obj: ts.ObjectLiteralExpression | undefined, keys: readonly string[]): KeyLookup {
  let absent: KeyLookup | undefined;
  for (const key of keys) {
    const found = lookupKey(index, obj, key);
    if (found.state === "present") return found;
    if (found.state === "unknown") return found;
    absent ??= found;
  }
  return absent ?? { state: "unknown" };
}
