import ts from "typescript";
import { enclosingFunction, unwrap } from "../syntax/ast";
import { lookup } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import type { FileAnalysis } from "./analysis";
import { optionsArgument } from "./constructions";

/** `reply.context`, `chunks[0].context`, `data["context"]`: the state key read from what a request returned. */
function readsKey(expr: ts.Expression, key: string): boolean {
  const e = unwrap(expr);
  if (ts.isPropertyAccessExpression(e)) return e.name.text === key;
  return ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === key;
}

/**
 * The conversation state a request sends back (the profile's `carriedContext`, Ollama's `context`: the tokens of the
 * whole conversation so far, which each reply returns longer): the variable sent under that key when the file sets it
 * from a reply's same key and keeps it for the next turn (declared outside the calling function, or stored in an
 * object: `chats[id].last = context`, `chats[id] = { last: context }`). Undefined otherwise: a context the file builds itself, or sends once.
 */
export function carriedContext(analysis: FileAnalysis, site: CallSite): ts.Identifier | undefined {
  const key = site.profile.carriedContext;
  if (!key) return undefined;
  const { index } = analysis;
  const found = lookupKey(index, optionsArgument(site), key);
  if (found.state !== "present" || !found.value) return undefined;
  const ref = unwrap(found.value);
  if (!ts.isIdentifier(ref)) return undefined;
  const decl = lookup(index, ref.text, ref);
  if (!decl || decl.kind !== "variable" || !decl.mutable || decl.path?.length) return undefined;
  const isRef = (e: ts.Expression): boolean => {
    const u = unwrap(e);
    return ts.isIdentifier(u) && u.text === ref.text && lookup(index, u.text, u)?.node === decl.node;
  };
  // `x`, or an object holding it (`chats[id] = { last: x }`).
  const holds = (e: ts.Expression): boolean => {
    const u = unwrap(e);
    return isRef(u) || (ts.isObjectLiteralExpression(u) && u.properties.some((p) => (ts.isPropertyAssignment(p) && isRef(p.initializer)) || (ts.isShorthandPropertyAssignment(p) && isRef(p.name))));
  };
  let fromReply = false;
  let stored = false;
  for (const assignment of index.assignments) {
    if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    if (isRef(assignment.left) && readsKey(assignment.right, key)) fromReply = true;
    const left = unwrap(assignment.left);
    if ((ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) && holds(assignment.right)) stored = true;
  }
  const outlives = enclosingFunction(decl.node) !== enclosingFunction(site.node);
  return fromReply && (stored || outlives) ? ref : undefined;
}
