"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RETRY_LIBRARIES_PROFILES = void 0;
/** retry libraries */
exports.RETRY_LIBRARIES_PROFILES = [
    {
        id: "p-retry",
        sdk: "p-retry",
        modules: ["p-retry"],
        exports: ["default", "pRetry", "require"],
        instance: false,
        paths: [[]],
        kind: "retry",
        optionsArg: 1,
        retryDefaults: { retries: 10, factor: 2, foreverKey: "forever" },
    },
    {
        id: "async-retry",
        sdk: "async-retry",
        modules: ["async-retry"],
        exports: ["default", "require"],
        instance: false,
        paths: [[]],
        kind: "retry",
        optionsArg: 1,
        retryDefaults: { retries: 10, factor: 2, foreverKey: "forever" },
    }
];
//# sourceMappingURL=retry-libraries.js.map