/**
 * The tests some rules and the estimate make on a file's whole text (not on one node). The editor's per-function
 * reuse analyses a copy of the file with statements blanked: it keeps a statement that holds a match of each, so the
 * copy answers them as the file does (`WHOLE_TEXT_TESTS`; a new such test must be listed here).
 */

/** A system message written in the file (no-full-history then suggests a window that keeps it). */
export const SYSTEM_MESSAGE = /\brole\s*:\s*["'`]system["'`]/;

/** Anthropic's cache breakpoints named in the file (the estimate reads the cached prefix). */
export const CACHE_CONTROL = /cache_control/;

export const WHOLE_TEXT_TESTS: readonly RegExp[] = [SYSTEM_MESSAGE, CACHE_CONTROL];
