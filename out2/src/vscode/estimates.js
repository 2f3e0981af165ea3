"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Estimates = void 0;
const engine_1 = require("./engine");
class Estimates {
    sessionOf;
    entries = new Map();
    /** One EstimateSettings object per configuration, so the engine's own cache (by identity) hits. */
    settings = new WeakMap();
    /** Per document: the version last estimated and when (performance.now()) that estimate started (test API). */
    started = new Map();
    /** `sessionOf`: the document's edit session, whose parse and kept estimates the estimate uses. */
    constructor(sessionOf = () => undefined) {
        this.sessionOf = sessionOf;
    }
    settingsFor(resolved) {
        let s = this.settings.get(resolved);
        if (!s) {
            s = { config: resolved.config, pricing: resolved.pricing };
            this.settings.set(resolved, s);
        }
        return s;
    }
    /** The document's call estimates for its current version (computed now if needed). Throws on engine errors. */
    get(document, fileName, resolved) {
        const key = document.uri.toString();
        const cached = this.entries.get(key);
        if (cached && cached.version === document.version && cached.resolved === resolved)
            return cached.calls;
        this.started.set(key, { version: document.version, at: performance.now() });
        const session = this.sessionOf(document);
        const settings = this.settingsFor(resolved);
        const calls = session?.fileName === fileName ? (0, engine_1.engine)().estimateDocument(session, document.getText(), settings) : (0, engine_1.engine)().estimateText(fileName, document.getText(), settings);
        this.entries.set(key, { version: document.version, resolved, calls });
        return calls;
    }
    /** Cached estimates of the current version, or undefined (never computes). */
    peek(document) {
        const cached = this.entries.get(document.uri.toString());
        return cached && cached.version === document.version ? cached.calls : undefined;
    }
    forget(document) {
        this.entries.delete(document.uri.toString());
        if (document.isClosed)
            this.started.delete(document.uri.toString());
    }
}
exports.Estimates = Estimates;
//# sourceMappingURL=estimates.js.map