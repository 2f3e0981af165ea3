"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.Log = void 0;
exports.guard = guard;
exports.guardAsync = guardAsync;
/** The extension's log: a LogOutputChannel ("costlint" in the Output panel). Errors go here, never to the user as a crash. */
const vscode = __importStar(require("vscode"));
const RECENT_LINES = 200;
class Log {
    channel = vscode.window.createOutputChannel("costlint", { log: true });
    said = new Set();
    /** The last lines written, for the test API. */
    recent = [];
    info(message) {
        this.remember("info", message);
        this.channel.info(message);
    }
    warn(message) {
        this.remember("warn", message);
        this.channel.warn(message);
    }
    error(message, error) {
        const detail = error === undefined ? "" : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        this.remember("error", message + detail);
        this.channel.error(message + detail);
    }
    /** Writes a message the first time `key` is seen (a note per file, not per keystroke). */
    once(key, level, message) {
        if (this.said.has(key))
            return;
        this.said.add(key);
        this[level](message);
    }
    /** Lets a `once` key speak again (the file changed, the configuration was fixed). */
    forget(prefix) {
        for (const key of this.said)
            if (key.startsWith(prefix))
                this.said.delete(key);
    }
    show() {
        this.channel.show(true);
    }
    remember(level, message) {
        this.recent.push(`[${level}] ${message}`);
        if (this.recent.length > RECENT_LINES)
            this.recent.splice(0, this.recent.length - RECENT_LINES);
    }
    dispose() {
        this.channel.dispose();
    }
}
exports.Log = Log;
/** Runs `fn`; an exception is logged and `fallback` returned (a provider never throws into the host). */
function guard(log, what, fallback, fn) {
    try {
        return fn();
    }
    catch (error) {
        log.error(`costlint: ${what} failed`, error);
        return fallback;
    }
}
async function guardAsync(log, what, fallback, fn) {
    try {
        return await fn();
    }
    catch (error) {
        log.error(`costlint: ${what} failed`, error);
        return fallback;
    }
}
//# sourceMappingURL=log.js.map