// Tokenizer benchmark. Run after `npx tsc -p tsconfig.test.json` (it uses out/):
//   node bench/tokenizer.mjs
// or import { run } from "./tokenizer.mjs" and await run() for the figures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const TOKENIZER = fileURLToPath(new URL("../out/src/core/cost/tokenizer.js", import.meta.url));
const CODE_BYTES = 2_000_000;
const PATHOLOGICAL_LENGTH = 200_000;

/**
 * First countTokens call of an encoding in a fresh process (rank file load + table build): CPU ms, and the
 * memory it adds (heap + external + array buffers, after a full GC; the process's RSS growth beside it).
 */
function firstLoadMs(encoding) {
  const script = `
    const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const mem = () => { global.gc(); const m = process.memoryUsage(); return { live: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss }; };
    const m0 = mem();
    const t0 = cpuMs();
    const tokenizer = require(${JSON.stringify(TOKENIZER)});
    const t1 = cpuMs();
    tokenizer.countTokens("hello world", ${JSON.stringify(encoding)});
    const t2 = cpuMs();
    const m1 = mem();
    process.stdout.write(JSON.stringify({ moduleLoadMs: t1 - t0, firstCountMs: t2 - t1, liveMb: (m1.live - m0.live) / 1e6, rssMb: (m1.rss - m0.rss) / 1e6 }));
  `;
  return JSON.parse(execFileSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" }));
}

/** CPU time of fn (the machine is shared: wall time would count other processes). */
function timed(fn) {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

function randomLetters(length, seed = 42) {
  let state = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(97 + (state % 26));
  }
  return text;
}

export async function run() {
  const { countTokens, clearTokenCountCache } = require(TOKENIZER);
  const { Tiktoken } = require("js-tiktoken/lite");
  const round = (x, digits = 1) => Number(x.toFixed(digits));

  const o200kLoad = firstLoadMs("o200k_base");
  const cl100kLoad = firstLoadMs("cl100k_base");

  const source = readFileSync(require.resolve("typescript/lib/typescript.js"), "utf8");
  const code = source.slice(0, CODE_BYTES);
  countTokens(source.slice(CODE_BYTES, CODE_BYTES + 200_000), "o200k_base"); // load ranks + warm up the JIT
  clearTokenCountCache();

  const chunked = timed(() => countTokens(code, "o200k_base"));
  const cached = timed(() => countTokens(code, "o200k_base"));
  const reference = new Tiktoken(require("js-tiktoken/ranks/o200k_base"));
  const unchunked = timed(() => reference.encode(code, [], []).length);

  clearTokenCountCache();
  const repeated = timed(() => countTokens("a".repeat(PATHOLOGICAL_LENGTH), "o200k_base"));
  clearTokenCountCache();
  const random = timed(() => countTokens(randomLetters(PATHOLOGICAL_LENGTH), "o200k_base"));
  clearTokenCountCache();
  const randomTenth = timed(() => countTokens(randomLetters(PATHOLOGICAL_LENGTH / 10, 7), "o200k_base"));
  const perTenKb = (ms) => round((ms * 10_000) / PATHOLOGICAL_LENGTH, 2);

  return {
    firstLoad: {
      o200k_base: { moduleLoadMs: round(o200kLoad.moduleLoadMs), firstCountMs: round(o200kLoad.firstCountMs), liveMb: round(o200kLoad.liveMb), rssMb: round(o200kLoad.rssMb) },
      cl100k_base: { moduleLoadMs: round(cl100kLoad.moduleLoadMs), firstCountMs: round(cl100kLoad.firstCountMs), liveMb: round(cl100kLoad.liveMb), rssMb: round(cl100kLoad.rssMb) },
    },
    codeThroughput: {
      source: `node_modules/typescript/lib/typescript.js, first ${code.length} chars`,
      ms: round(chunked.ms),
      charsPerSecond: Math.round((code.length / chunked.ms) * 1000),
      tokensPerSecond: Math.round((chunked.value / chunked.ms) * 1000),
      cachedRecountMs: round(cached.ms, 2),
      jsTiktokenEncodeMs: round(unchunked.ms),
    },
    agreementOnCode: {
      chunkedTokens: chunked.value,
      unchunkedTokens: unchunked.value,
      relativeDifference: Math.abs(chunked.value - unchunked.value) / unchunked.value,
    },
    worstCase: {
      repeatedChar200k: { ms: round(repeated.ms), msPer10kChars: perTenKb(repeated.ms), tokens: repeated.value },
      randomLetters200k: { ms: round(random.ms), msPer10kChars: perTenKb(random.ms), tokens: random.value },
      // Linear: 10x the text costs about 10x the time (1 = exactly linear).
      randomLetters20k: { ms: round(randomTenth.ms), growthTo200k: round(random.ms / (10 * randomTenth.ms), 2) },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await run();
  console.log(JSON.stringify(figures, null, 2));
}
