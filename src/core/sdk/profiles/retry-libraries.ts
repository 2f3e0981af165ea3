import type { SdkProfile } from "../profile-types";


/** retry libraries */
export const RETRY_LIBRARIES_PROFILES: readonly SdkProfile[] = [
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
  },
  {
    // backOff(request, { numOfAttempts = 10, timeMultiple = 2, startingDelay = 100, maxDelay = Infinity }): attempts,
    // first try included (exponential-backoff 3.1.3, dist/options.js and options.d.ts).
    id: "exponential-backoff",
    sdk: "exponential-backoff",
    modules: ["exponential-backoff"],
    exports: ["backOff"],
    instance: false,
    paths: [[]],
    kind: "retry",
    optionsArg: 1,
    retryDefaults: { retries: 9, factor: 2, attemptsKey: "numOfAttempts", factorKey: "timeMultiple" },
  },
  {
    // axiosRetry(axios | instance, { retries = 3, retryDelay = noDelay, retryCondition }): every request of that client
    // is retried; with no retryDelay it retries at once (only a Retry-After header waits). Default retryCondition: network
    // errors and 5xx of idempotent methods (a model's POST only on network errors). axios-retry 4.5.0,
    // dist/esm/index.js DEFAULT_OPTIONS and index.d.ts.
    id: "axios-retry",
    sdk: "axios-retry",
    modules: ["axios-retry"],
    exports: ["default", "require"],
    instance: false,
    paths: [[]],
    kind: "retry",
    optionsArg: 1,
    retryDefaults: { retries: 3, factor: 2, clientArg: 0, delayKey: "retryDelay", conditionKey: "retryCondition" },
  },
];
