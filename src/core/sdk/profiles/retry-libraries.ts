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
  }
];
