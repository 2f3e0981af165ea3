"use strict";
/**
 * The tests some rules and the estimate make on a file's whole text (not on one node). The editor's per-function
 * reuse analyses a copy of the file with statements blanked: it keeps a statement that holds a match of each, so the
 * copy answers them as the file does (`WHOLE_TEXT_TESTS`; a new such test must be listed here).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.WHOLE_TEXT_TESTS = exports.CACHE_CONTROL = exports.SYSTEM_MESSAGE = void 0;
/** A system message written in the file (no-full-history then suggests a window that keeps it). */
exports.SYSTEM_MESSAGE = /\brole\s*:\s*["'`]system["'`]/;
/** Anthropic's cache breakpoints named in the file (the estimate reads the cached prefix). */
exports.CACHE_CONTROL = /cache_control/;
exports.WHOLE_TEXT_TESTS = [exports.SYSTEM_MESSAGE, exports.CACHE_CONTROL];
//# sourceMappingURL=file-text.js.map