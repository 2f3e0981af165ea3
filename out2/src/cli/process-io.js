"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exitQuietlyOnClosedPipe = exitQuietlyOnClosedPipe;
exports.internalErrorMessage = internalErrorMessage;
const safe_text_1 = require("./safe-text");
/**
 * Output piped to a reader that stops early (`costlint report | head`): the write fails with EPIPE. That is
 * not an error of the run: exit at once, quietly, with the exit code the run has set. Other stream errors are
 * one line on stderr and exit code 2.
 */
function exitQuietlyOnClosedPipe(stream) {
    stream.on("error", (error) => {
        if (error.code === "EPIPE")
            process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
        try {
            process.stderr.write(`costlint: cannot write the output: ${(0, safe_text_1.safeLine)(error.message)}\n`);
        }
        finally {
            process.exit(2);
        }
    });
}
/** A failure of costlint itself: one line naming it (the stack with COSTLINT_DEBUG=1), never a crash dump. */
function internalErrorMessage(error) {
    const text = error instanceof Error ? (process.env.COSTLINT_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    return `costlint: internal error: ${process.env.COSTLINT_DEBUG ? text : (0, safe_text_1.safeLine)(text)} (set COSTLINT_DEBUG=1 for the stack)`;
}
//# sourceMappingURL=process-io.js.map