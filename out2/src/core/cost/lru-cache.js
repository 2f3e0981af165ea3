"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LruCache = void 0;
/**
 * A bounded least-recently-used cache on top of Map's insertion order.
 * Reading an entry marks it as most recently used; inserting into a full
 * cache evicts the least recently used entry.
 */
class LruCache {
    maxEntries;
    entries = new Map();
    constructor(maxEntries) {
        this.maxEntries = maxEntries;
        if (!Number.isInteger(maxEntries) || maxEntries < 1) {
            throw new RangeError(`LruCache: maxEntries must be a positive integer, got ${maxEntries}`);
        }
    }
    get size() {
        return this.entries.size;
    }
    get(key) {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }
    set(key, value) {
        if (this.entries.has(key)) {
            this.entries.delete(key);
        }
        else if (this.entries.size >= this.maxEntries) {
            const oldest = this.entries.keys().next();
            if (!oldest.done)
                this.entries.delete(oldest.value);
        }
        this.entries.set(key, value);
    }
    clear() {
        this.entries.clear();
    }
}
exports.LruCache = LruCache;
//# sourceMappingURL=lru-cache.js.map