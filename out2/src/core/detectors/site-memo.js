"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.memoPerSite = memoPerSite;
/**
 * A per-site question answered once per analysis: the rules and the estimate ask the same ones of every call (its
 * model, its output cap), and a file of nothing but LLM calls asks them thousands of times.
 */
function memoPerSite(compute) {
    const answers = new WeakMap();
    return (analysis, site) => {
        let bySite = answers.get(analysis);
        if (!bySite)
            answers.set(analysis, (bySite = new Map()));
        if (bySite.has(site))
            return bySite.get(site);
        const answer = compute(analysis, site);
        bySite.set(site, answer);
        return answer;
    };
}
//# sourceMappingURL=site-memo.js.map