"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GenerationalMap = exports.Generations = void 0;
exports.reusable = reusable;
/**
 * Results cut short by a limit — the depth limit, a cycle of bindings or imports, the nesting limit — depend on where
 * the question was asked from, so they are reused only where they were computed: within the same analysis (a root
 * frame), or, outside every analysis, within the same top-level file. Results computed without a cut hold for good.
 * So the order files are analysed in never changes an answer: a module's function met inside an import cycle while
 * one file is analysed is looked at again, from the top, for the next file (and for the file's own next question).
 *
 * Each cacheable computation is a frame (`begin`/`end`). A cycle cuts the frame it ran into (the one computing the
 * value asked for again) and the frames above it; those below, which asked from outside the cycle, are not cut. The
 * depth limit counts from the innermost analysis (each file's analysis traces from depth 0): it cuts the frames
 * above that analysis. The nesting limit cuts every frame under way.
 */
class Generations {
    ids = 0;
    /** The context outside every analysis: one per top-level file. */
    outside = 0;
    top;
    level = 0;
    /** The lowest frame level a cut reached within the innermost frame under way (Infinity: none). */
    low = Infinity;
    /** The analyses under way: their frame levels and ids. */
    roots = [];
    /** A top-level analysis of `key` (a file) is asked for: a new context outside analyses when it is not the last one's. */
    enter(key) {
        if (key === this.top)
            return;
        this.top = key;
        this.outside = ++this.ids;
    }
    /** Where a cut-short result may be reused: the innermost analysis under way, else the current top-level file. */
    get context() {
        return this.roots[this.roots.length - 1]?.id ?? this.outside;
    }
    /**
     * Only a top-level file's own analysis is under way, no other frame (nor any nested analysis): a module analysis
     * begun now starts from the top, and runs into no frame under way but its own. Whatever top-level file asks, such
     * an analysis computes the same result (see analysis.ts: the result of a module of an import cycle analysed from
     * the top is reused wherever it is asked for from the top).
     */
    get atTopAnalysis() {
        return this.level === 1 && this.roots.length === 1;
    }
    /** The level of the innermost frame under way (0: none). */
    get frameLevel() {
        return this.level;
    }
    /** A cacheable computation begins (`root`: an analysis, where tracing depth starts again): its frame, for end(). */
    begin(root = false) {
        const frame = { level: ++this.level, outerLow: this.low, root };
        if (root)
            this.roots.push({ level: frame.level, id: ++this.ids });
        this.low = Infinity;
        return frame;
    }
    /**
     * The computation of `frame` ended: undefined when it holds for good, else the lowest frame level a cut reached
     * (below the frame: whoever reuses the result is cut there too).
     */
    end(frame) {
        const low = this.low;
        if (frame.root)
            this.roots.pop();
        this.level = frame.level - 1;
        this.low = Math.min(frame.outerLow, low);
        return low < frame.level ? low : undefined;
    }
    /** A limit cut a computation short: the frames above level `at` (0: every frame under way). */
    cut(at = 0) {
        if (at < this.low)
            this.low = at;
    }
    /**
     * A cycle ran into the frame at `level` (its value was asked for again while it was computed): that frame and
     * those above it are cut short. What the frame computes depends on where the cycle was entered (another module
     * of the cycle, asked first, would have seen this one cut instead), so it too holds only where it was computed.
     */
    cutCycle(level) {
        this.cut(level - 1);
    }
    /** The depth limit cut a computation short: the frames above the innermost analysis are cut short. */
    cutDepth() {
        this.cut(this.roots[this.roots.length - 1]?.level ?? 0);
    }
}
exports.Generations = Generations;
/** A cut-short result may be used here: then whoever uses it is cut as low as it was. */
function reusable(generations, cut) {
    if (cut.context !== generations.context)
        return false;
    generations.cut(cut.at);
    return true;
}
/**
 * A cache whose entries computed under a cut are reused only where they were computed (and, when read, cut
 * whatever reads them as low as they were); the others hold for good. Values are never undefined ("not cached").
 */
class GenerationalMap {
    generations;
    lasting = new Map();
    transient = new Map();
    constructor(generations) {
        this.generations = generations;
    }
    get(key) {
        const value = this.lasting.get(key);
        if (value !== undefined || this.transient.size === 0)
            return value;
        const entry = this.transient.get(key);
        return entry && reusable(this.generations, entry) ? entry.value : undefined;
    }
    /** `cutAt`: what end() said of the frame that computed the value. */
    set(key, value, cutAt) {
        if (cutAt === undefined) {
            this.lasting.set(key, value);
            return;
        }
        // Entries of contexts that have ended are never read again: keep the map small.
        if (this.transient.size > 10_000)
            this.transient = new Map();
        this.transient.set(key, { value, context: this.generations.context, at: cutAt });
    }
}
exports.GenerationalMap = GenerationalMap;
//# sourceMappingURL=generation.js.map