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
const assert = __importStar(require("node:assert/strict"));
const lru_cache_1 = require("../../src/core/cost/lru-cache");
describe("LruCache", () => {
    it("evicts the least recently used entry when full", () => {
        const cache = new lru_cache_1.LruCache(2);
        cache.set("a", 1);
        cache.set("b", 2);
        assert.equal(cache.get("a"), 1); // "b" is now the least recently used
        cache.set("c", 3);
        assert.equal(cache.get("b"), undefined);
        assert.equal(cache.get("a"), 1);
        assert.equal(cache.get("c"), 3);
        assert.equal(cache.size, 2);
    });
    it("updates an existing key without evicting", () => {
        const cache = new lru_cache_1.LruCache(2);
        cache.set("a", 1);
        cache.set("b", 2);
        cache.set("a", 10);
        assert.equal(cache.size, 2);
        assert.equal(cache.get("a"), 10);
        assert.equal(cache.get("b"), 2);
    });
    it("rejects a non-positive size", () => {
        assert.throws(() => new lru_cache_1.LruCache(0), RangeError);
    });
});
//# sourceMappingURL=lru-cache.test.js.map