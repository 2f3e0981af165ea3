"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withSites = withSites;
exports.worstCasePerRun = worstCasePerRun;
exports.costTotals = costTotals;
/**
 * Calls of one file with their `site` (`file:line`, line from 1) in the form wrapper calls name the model call they
 * reach (`via`): the absolute path, as the engine resolves it.
 */
function withSites(calls, file, text) {
    let line = 1;
    let at = 0;
    const sorted = [...calls.keys()].sort((a, b) => calls[a].start - calls[b].start);
    const out = new Array(calls.length);
    for (const i of sorted) {
        const call = calls[i];
        for (; at < call.start && at < text.length; at++)
            if (text.charCodeAt(at) === 10)
                line++;
        out[i] = { ...call, site: `${file}:${line}` };
    }
    return out;
}
/** The worst case of one call site per run: its loop's cap x the cost at the last priced turn. null: no cap. */
function worstCasePerRun(call) {
    const perCall = call.history ? call.history.turnNUsd : call.costUsd;
    if (!call.loop)
        return perCall;
    return call.loop.iterations === null ? null : perCall * call.loop.iterations;
}
function costTotals(calls) {
    let costUsd = 0;
    let capped = 0;
    let uncappedLoops = 0;
    let growingHistories = 0;
    let largestConversationUsd = 0;
    let approximate = 0;
    let noOutputCap = 0;
    let throughWrappers = 0;
    const reached = new Set();
    for (const call of calls)
        if (call.via)
            reached.add(`${call.via.file}:${call.via.line}`);
    for (const call of calls) {
        if (call.site !== undefined && reached.has(call.site)) {
            throughWrappers++;
            continue;
        }
        costUsd += call.costUsd;
        const worst = worstCasePerRun(call);
        if (worst === null)
            uncappedLoops++;
        else
            capped += worst;
        if (call.history) {
            growingHistories++;
            largestConversationUsd = Math.max(largestConversationUsd, call.history.cumulativeUsd);
        }
        if (call.approximate)
            approximate++;
        if (call.flags.includes("no-output-cap"))
            noOutputCap++;
    }
    return {
        calls: calls.length,
        costUsd,
        worstCaseUsd: uncappedLoops > 0 ? null : capped,
        cappedWorstCaseUsd: capped,
        uncappedLoops,
        growingHistories,
        largestConversationUsd,
        approximate,
        noOutputCap,
        throughWrappers,
    };
}
//# sourceMappingURL=totals.js.map