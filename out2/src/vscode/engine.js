"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.engine = engine;
exports.isEngineLoaded = isEngineLoaded;
let loaded;
function engine() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the deliberate lazy load described above
    loaded ??= require("./engine-api");
    return loaded;
}
/** Whether engine() has been called (the test API checks that activation does not). */
function isEngineLoaded() {
    return loaded !== undefined;
}
//# sourceMappingURL=engine.js.map