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
  }
];
