"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.expectedFindings = expectedFindings;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const files_1 = require("../../src/cli/files");
/** `// expect: rule-a, rule-b` at the end of a line: the findings that line must have, as `file:line rule`. */
function expectationsIn(fixture, file) {
    const out = [];
    node_fs_1.default.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
        const match = /\/\/ expect: ([a-z-]+(?:, [a-z-]+)*)\s*$/.exec(line);
        if (match)
            for (const rule of match[1].split(", "))
                out.push(`${node_path_1.default.relative(fixture, file)}:${i + 1} ${rule}`);
    });
    return out;
}
/** Every finding a fixture project's `// expect:` markers ask for, sorted. */
function expectedFindings(fixture) {
    return (0, files_1.collectFiles)([fixture])
        .flatMap((file) => expectationsIn(fixture, file))
        .sort();
}
//# sourceMappingURL=expectations.js.map