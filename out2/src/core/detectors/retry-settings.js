"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownRetrySettings = ownRetrySettings;
exports.retriesOf = retriesOf;
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const constructions_1 = require("./constructions");
/** The retry settings a site's own arguments write: its options, and a call's per-request options. */
function ownRetrySettings(analysis, site) {
    const setting = site.profile.maxRetries;
    if (!setting)
        return [];
    const out = [];
    // `arg`: the argument holding the setting when the profile reads no request options (an AWS client's configuration).
    const own = setting.arg !== undefined ? site.node.arguments?.[setting.arg] : (0, constructions_1.optionsArgument)(site);
    const places = [[own, site.profile.kind === "client" ? "client" : "call"]];
    if (site.profile.requestOptionsArg !== undefined)
        places.push([site.node.arguments?.[site.profile.requestOptionsArg], "request"]);
    for (const [obj, where] of places) {
        const found = (0, options_1.lookupKey)(analysis.index, obj, setting.key);
        if (found.state !== "present")
            continue;
        const value = (0, values_1.staticNumber)(analysis.index, found.value);
        const counts = setting.counts ?? "retries";
        const retries = value === undefined ? undefined : counts === "attempts" ? Math.max(0, value - 1) : value;
        out.push({ key: setting.key, prop: found.prop, where, site, counts, ...(value !== undefined ? { value } : {}), ...(retries !== undefined ? { retries } : {}) });
    }
    return out;
}
/**
 * How many times the SDK retries a call: the request options win over the call's, then the client's, then the
 * SDK's default. Undefined when a setting cannot be read or the SDK has no retry setting.
 */
function retriesOf(analysis, site) {
    const order = ["request", "call", "client"];
    const settings = [...ownRetrySettings(analysis, site), ...(0, constructions_1.constructionSites)(analysis, site).flatMap((c) => ownRetrySettings(analysis, c))];
    for (const where of order) {
        const setting = settings.find((s) => s.where === where);
        if (setting)
            return setting.retries === undefined ? undefined : { retries: setting.retries, default: false, setting };
    }
    const sdkDefault = site.profile.maxRetries ?? (0, constructions_1.constructionSites)(analysis, site).find((c) => c.profile.maxRetries)?.profile.maxRetries;
    return sdkDefault ? { retries: sdkDefault.counts === "attempts" ? Math.max(0, sdkDefault.default - 1) : sdkDefault.default, default: true } : undefined;
}
//# sourceMappingURL=retry-settings.js.map