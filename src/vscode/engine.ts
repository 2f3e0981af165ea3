/**
 * The engine, loaded on first use rather than at activation: TypeScript's compiler and zod take about
 * 400 ms to evaluate, and activation should cost almost nothing. Every runtime use of src/core by the
 * adapter goes through engine(); types are imported directly (erased). esbuild.mjs builds the engine as its own
 * bundle (dist/engine-api.js, required from here at run time), so the extension's bundle stays small.
 */
import type * as EngineApi from "./engine-api";

export type Engine = typeof EngineApi;

let loaded: Engine | undefined;

export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the deliberate lazy load described above
  loaded ??= require("./engine-api") as Engine;
  return loaded;
}

/** Whether engine() has been called (the test API checks that activation does not). */
export function isEngineLoaded(): boolean {
  return loaded !== undefined;
}
