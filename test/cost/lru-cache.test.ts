import * as assert from "node:assert/strict";
import { LruCache } from "../../src/core/cost/lru-cache";

describe("LruCache", () => {
  it("evicts the least recently used entry when full", () => {
    const cache = new LruCache<string, number>(2);
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
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    assert.equal(cache.size, 2);
    assert.equal(cache.get("a"), 10);
    assert.equal(cache.get("b"), 2);
  });

  it("rejects a non-positive size", () => {
    assert.throws(() => new LruCache(0), RangeError);
  });
});
