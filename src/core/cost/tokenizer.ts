/**
 * Token counting with OpenAI's BPE encodings (js-tiktoken rank files).
 *
 * - The rank files (1-2 MB each) are loaded lazily with require() on the first
 *   use of an encoding, never at module load.
 * - Text is split into the tokenizer's own pre-tokenization pieces, and any piece
 *   longer than MAX_PIECE_BYTES is hard-split (see pre-tokenize.ts), so no input
 *   costs more than linear time. Counts equal the unchunked js-tiktoken count
 *   except inside such over-long runs.
 * - Special tokens: text such as "<|endoftext|>" is counted as ordinary text
 *   (like `encode(text, [], [])`, i.e. tiktoken's disallowed_special=()). Source
 *   code and prompts are user data; the chat APIs do not turn them into control
 *   tokens either, and counting them never throws.
 * - Counts are cached by content in a bounded LRU map.
 */
import { createHash } from "node:crypto";
import { BpeTokenCounter, rankKey, type RankLookup } from "./bpe-merge";
import { LruCache } from "./lru-cache";
import { splitIntoPieces } from "./pre-tokenize";

export type Encoding = "o200k_base" | "cl100k_base";

export const ENCODINGS: readonly Encoding[] = ["o200k_base", "cl100k_base"];

/** Shape of a js-tiktoken rank file (`js-tiktoken/ranks/*`). */
interface RankFile {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
}

/** The part of js-tiktoken's Tiktoken class used here. */
interface TiktokenLike {
  encode(text: string, allowedSpecial?: string[] | "all", disallowedSpecial?: string[] | "all"): number[];
}

interface LoadedEncoding {
  readonly encoder: TiktokenLike;
  /** Pre-tokenizer regex (global, unicode). */
  readonly pattern: RegExp;
  /** js-tiktoken's internal rank map; undefined if a future version drops it (then encode() is used). */
  readonly ranks: RankLookup | undefined;
  readonly bpe: BpeTokenCounter | undefined;
  /** Counts of multi-token pieces, by rank key. */
  readonly pieceCounts: LruCache<string, number>;
}

const MAX_CACHED_TEXTS = 4096;
const MAX_CACHED_PIECES = 16384;
/** Texts longer than this are cached under a hash of their content instead of the text itself. */
const MAX_LITERAL_KEY_LENGTH = 256;

const loadedEncodings = new Map<Encoding, LoadedEncoding>();
const textCounts = new LruCache<string, number>(MAX_CACHED_TEXTS);
const utf8 = new TextEncoder();

/** Number of tokens `text` encodes to with `encoding`. */
export function countTokens(text: string, encoding: Encoding): number {
  assertEncoding(encoding);
  if (text.length === 0) return 0;
  const key = cacheKey(text, encoding);
  const cached = textCounts.get(key);
  if (cached !== undefined) return cached;

  const loaded = loadEncoding(encoding);
  let total = 0;
  for (const piece of splitIntoPieces(text, loaded.pattern)) total += countPiece(loaded, piece);
  textCounts.set(key, total);
  return total;
}

/** Whether the rank file of `encoding` (or of any encoding, if omitted) has been loaded. */
export function isTokenizerLoaded(encoding?: Encoding): boolean {
  return encoding === undefined ? loadedEncodings.size > 0 : loadedEncodings.has(encoding);
}

/** Empties the count caches (for benchmarks); loaded rank files stay loaded. */
export function clearTokenCountCache(): void {
  textCounts.clear();
  for (const loaded of loadedEncodings.values()) loaded.pieceCounts.clear();
}

function countPiece(loaded: LoadedEncoding, piece: string): number {
  const { ranks, bpe } = loaded;
  if (ranks === undefined || bpe === undefined) return loaded.encoder.encode(piece, [], []).length;
  const bytes = utf8.encode(piece);
  if (bytes.length <= 1) return bytes.length;
  const key = rankKey(bytes);
  if (ranks.has(key)) return 1;
  let count = loaded.pieceCounts.get(key);
  if (count === undefined) {
    count = bpe.count(bytes);
    loaded.pieceCounts.set(key, count);
  }
  return count;
}

function cacheKey(text: string, encoding: Encoding): string {
  if (text.length <= MAX_LITERAL_KEY_LENGTH) return `${encoding}:${text}`;
  const digest = createHash("sha1").update(text).digest("base64");
  return `${encoding}#${text.length}#${digest}`;
}

function assertEncoding(encoding: Encoding): void {
  if (!ENCODINGS.includes(encoding)) throw new Error(`Unknown tokenizer encoding: ${String(encoding)}`);
}

function loadEncoding(encoding: Encoding): LoadedEncoding {
  const existing = loadedEncodings.get(encoding);
  if (existing !== undefined) return existing;

  const rankFile = requireRankFile(encoding);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with the first rank file
  const { Tiktoken } = require("js-tiktoken/lite") as { Tiktoken: new (ranks: RankFile) => TiktokenLike };
  const encoder = new Tiktoken(rankFile);
  const ranks = internalRankMap(encoder);
  const loaded: LoadedEncoding = {
    encoder,
    pattern: new RegExp(rankFile.pat_str, "gu"),
    ranks,
    bpe: ranks === undefined ? undefined : new BpeTokenCounter(ranks),
    pieceCounts: new LruCache<string, number>(MAX_CACHED_PIECES),
  };
  loadedEncodings.set(encoding, loaded);
  return loaded;
}

/**
 * Literal require() calls, one per encoding, so that esbuild bundles both rank
 * files while they still run only on first use.
 */
function requireRankFile(encoding: Encoding): RankFile {
  let loaded: unknown;
  switch (encoding) {
    case "o200k_base":
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
      loaded = require("js-tiktoken/ranks/o200k_base");
      break;
    case "cl100k_base":
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
      loaded = require("js-tiktoken/ranks/cl100k_base");
      break;
  }
  const file = (isRecord(loaded) && "default" in loaded ? loaded.default : loaded) as RankFile;
  if (typeof file?.pat_str !== "string" || typeof file.bpe_ranks !== "string") {
    throw new Error(`js-tiktoken rank file for ${encoding} has an unexpected shape`);
  }
  return file;
}

/**
 * js-tiktoken 1.0.x keeps its ranks in `rankMap`, keyed by decimal bytes joined
 * with ","; the fast merge in bpe-merge.ts reads it. If a later version changes
 * that, fall back to the public encode() per piece (slower on long pieces).
 */
function internalRankMap(encoder: TiktokenLike): RankLookup | undefined {
  const candidate: unknown = (encoder as unknown as { rankMap?: unknown }).rankMap;
  if (!(candidate instanceof Map)) return undefined;
  const spaceRank: unknown = candidate.get("32");
  return typeof spaceRank === "number" ? (candidate as RankLookup) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
