/**
 * Independent reference counts for tests: js-tiktoken's own Tiktoken.encode,
 * unchunked, with special tokens treated as ordinary text.
 */
import type { Encoding } from "../../src/core/cost/tokenizer";

interface ReferenceTiktoken {
  encode(text: string, allowedSpecial?: string[] | "all", disallowedSpecial?: string[] | "all"): number[];
}

const encoders = new Map<Encoding, ReferenceTiktoken>();

export function referenceEncoder(encoding: Encoding): ReferenceTiktoken {
  let encoder = encoders.get(encoding);
  if (encoder === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- js-tiktoken's typings are ESM-only
    const { Tiktoken } = require("js-tiktoken/lite") as { Tiktoken: new (ranks: unknown) => ReferenceTiktoken };
    const ranks: unknown =
      encoding === "o200k_base"
        ? require("js-tiktoken/ranks/o200k_base") // eslint-disable-line @typescript-eslint/no-require-imports
        : require("js-tiktoken/ranks/cl100k_base"); // eslint-disable-line @typescript-eslint/no-require-imports
    encoder = new Tiktoken(ranks);
    encoders.set(encoding, encoder);
  }
  return encoder;
}

/** Unchunked token count with js-tiktoken. */
export function referenceCount(text: string, encoding: Encoding): number {
  return referenceEncoder(encoding).encode(text, [], []).length;
}
