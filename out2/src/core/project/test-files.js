"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTestPath = isTestPath;
exports.isTestFileUnder = isTestFileUnder;
const node_path_1 = __importDefault(require("node:path"));
/**
 * Test and mock files: the one answer every surface uses. They are not production code: their call sites are left
 * out of the cost report, `costlint diff` and the editor's workspace report (unless asked for), and their classes
 * are not production implementations of an interface. ESLint and `costlint lint` still lint them.
 *
 * The patterns were checked on the 31 production apps of the evaluations: every test file they hold matches, and no
 * labelled production call site does. Names: `*.test.*`, `*.spec.*`, `*.e2e-spec.*`, `*.stories.*`, `*.story.*`,
 * `*.bench.*`, `*.mock.*`, test-runner set-ups (`vitest.setup.ts`, `jest.config.js`, `setupTests.ts`, ...). Folders:
 * `__tests__`, `__mocks__`, `__fixtures__`, `test`, `tests`, `spec`, `e2e`, `mock`, `mocks`, `fixtures`,
 * `test-utils`, `test-helpers`, `test-stubs`, `cypress`.
 */
const TEST_FOLDER = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|spec|e2e|mocks?|fixtures|test-?utils|test-helpers|test-stubs|cypress)\//;
const TEST_NAME = /\.(?:test|spec|e2e-spec|e2e|stories|story|bench|mock)\.[^/]*$|(?:^|\/)(?:(?:vitest|jest|playwright)\.(?:setup|config)|setupTests|test-setup)\.[^/]*$/;
/** Whether a path, relative to the folder that holds the project (never absolute: a checkout under `~/tests/` is no test), names a test or mock file. */
function isTestPath(relative) {
    const rel = relative.split(node_path_1.default.sep).join("/");
    return TEST_NAME.test(rel) || TEST_FOLDER.test(rel);
}
/**
 * Whether `file` is a test or mock file of the project in `root` (the folder that was walked, the workspace folder):
 * only the part of the path below `root` is read. A file outside `root` is not a test file.
 */
function isTestFileUnder(file, root) {
    const rel = node_path_1.default.relative(root, file);
    if (!rel || rel.startsWith("..") || node_path_1.default.isAbsolute(rel))
        return false;
    return isTestPath(rel);
}
//# sourceMappingURL=test-files.js.map