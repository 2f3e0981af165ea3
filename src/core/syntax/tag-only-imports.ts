/**
 * Imports that cannot reach a call of the file, read from its text before any parse: the `import` declarations of
 * a `.tsx`/`.jsx`/`.js` file whose every binding is used only as a JSX tag (`<ChatPanel ... />`, `</ChatPanel>`,
 * `<Ctx.Provider>`), and `export ... from` re-exports (they declare nothing in the file). A JSX element is no call
 * (the index collects call and `new` expressions, never elements), so such a binding is neither a callee, a
 * receiver nor an argument of one of the file's calls. Any other occurrence of a binding's name — a call, an
 * argument, a property name, a word in a string or a comment, a type — counts as a use: an import is set aside only
 * when that is certain, and a declaration this does not read with certainty is kept. Linear in the text: one pass
 * for the declarations (each clause read once, at most 2,000 characters), one for the identifiers.
 */
const JSX_FILE = /\.(?:tsx|jsx|js)$/i;
/** Where an `import` declaration may begin: at a statement's start. */
const IMPORT_KEYWORD = /(?:^|[;}\n])[ \t]*import(?=\s)/g;
/** What an import clause is made of: names, `type`, `as`, `{`, `}`, `,`, `*` and blanks (no comment, no string). */
const CLAUSE_CHAR = /[\w$\s,{}*]/;
const MAX_CLAUSE = 2000;
/** A re-export: `export * from "m"`, `export * as ns from "m"`, `export { a, b as c } from "m"`, `export type {...} from "m"`. */
const RE_EXPORT = /(?:^|[;}\n])[ \t]*export\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[\w$\s,]{0,2000}\})\s*from\s*(["'])[^"'`\n]{1,300}\1/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const IDENTIFIERS = /[A-Za-z_$][\w$]*/g;
const BEFORE_TAG = /[\s([{,;:?=>&|!}]/;
const AFTER_TAG = /[\s/>.]/;

/** The local names a clause binds, or undefined when the clause is not one this reads with certainty. */
function bindings(clause: string): string[] | undefined {
  let rest = clause.trim().replace(/^type\s+(?=[\w${*])/, "");
  const names: string[] = [];
  const braces = /\{([^{}]*)\}/.exec(rest);
  if (braces) {
    for (const part of braces[1]!.split(",")) {
      const words = part.trim().split(/\s+/).filter((w) => w.length > 0);
      if (words.length === 0) continue;
      if (words[0] === "type" && words.length > 1) words.shift();
      // `a`, `a as b`
      const local = words.length === 1 ? words[0] : words.length === 3 && words[1] === "as" ? words[2] : undefined;
      if (!local || !IDENTIFIER.test(local)) return undefined;
      names.push(local);
    }
    rest = rest.slice(0, braces.index) + rest.slice(braces.index + braces[0].length);
  }
  const namespace = /\*\s*as\s+([A-Za-z_$][\w$]*)/.exec(rest);
  if (namespace) {
    names.push(namespace[1]!);
    rest = rest.slice(0, namespace.index) + rest.slice(namespace.index + namespace[0].length);
  }
  for (const part of rest.split(",")) {
    const word = part.trim();
    if (!word) continue;
    if (!IDENTIFIER.test(word)) return undefined;
    names.push(word);
  }
  return names;
}

/** An import declaration read from its keyword on: its clause, its span and the offset of its specifier's opening quote. */
interface Declaration {
  names: string[];
  start: number;
  end: number;
  quote: number;
}

/** The clause after `import` up to `from "..."`: a `from` word followed by a quote ends it (a binding named `from` is not). */
function readDeclaration(text: string, start: number, after: number): Declaration | undefined {
  const limit = Math.min(text.length, after + MAX_CLAUSE);
  let at = after;
  while (at < limit && CLAUSE_CHAR.test(text[at]!)) {
    if (text.startsWith("from", at) && !/[\w$]/.test(text[at - 1]!) && !/[\w$]/.test(text[at + 4] ?? "")) {
      let quote = at + 4;
      while (quote < text.length && /\s/.test(text[quote]!)) quote++;
      const q = text[quote];
      if (q === '"' || q === "'") {
        const close = text.indexOf(q, quote + 1);
        if (close === -1 || close - quote > 301 || text.slice(quote + 1, close).includes("\n")) return undefined;
        const names = bindings(text.slice(after, at));
        return names && names.length > 0 ? { names, start, end: close + 1, quote } : undefined;
      }
      at += 4;
      continue;
    }
    at++;
  }
  return undefined;
}

/** The offsets of the opening quotes of module specifiers whose import or re-export cannot reach a call of the file. */
export function importsWithoutCalls(fileName: string, text: string): Set<number> {
  const out = new Set<number>();
  for (const match of text.matchAll(RE_EXPORT)) out.add(match.index + match[0].lastIndexOf(match[1]!, match[0].length - 2));
  if (!JSX_FILE.test(fileName)) return out;
  const declarations: Declaration[] = [];
  let scannedTo = 0;
  for (const match of text.matchAll(IMPORT_KEYWORD)) {
    const after = match.index + match[0].length;
    if (after < scannedTo) continue; // inside a clause read already (each character is read once)
    const declaration = readDeclaration(text, match.index, after);
    scannedTo = declaration ? declaration.end : Math.min(text.length, after + MAX_CLAUSE);
    if (declaration) declarations.push(declaration);
  }
  if (!declarations.length) return out;
  // One pass over the identifiers: a name bound by an import and met outside the import declarations, anywhere but
  // as a JSX tag, is used.
  const bound = new Set(declarations.flatMap((d) => d.names));
  const used = new Set<string>();
  let next = 0;
  for (const match of text.matchAll(IDENTIFIERS)) {
    const name = match[0];
    if (!bound.has(name) || used.has(name)) continue;
    const at = match.index;
    while (next < declarations.length && declarations[next]!.end <= at) next++;
    if (next < declarations.length && declarations[next]!.start <= at) continue;
    const prev = at > 0 ? text[at - 1]! : "";
    const after = text[at + name.length] ?? "";
    const open = prev === "<" && (at < 2 || BEFORE_TAG.test(text[at - 2]!));
    const close = prev === "/" && at >= 2 && text[at - 2] === "<";
    if (!(open || close) || !AFTER_TAG.test(after)) used.add(name);
  }
  for (const declaration of declarations) if (declaration.names.every((name) => !used.has(name))) out.add(declaration.quote);
  return out;
}
