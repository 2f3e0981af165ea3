"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const analysis_1 = require("../../src/core/detectors/analysis");
const estimate_1 = require("../../src/core/cost/estimate");
const load_1 = require("../../src/core/config/load");
const engine_1 = require("../../src/core/engine");
/** A tree of files in memory (what `costlint diff` reads from a git revision). */
function memoryTree(files) {
    const dirs = new Map();
    for (const file of Object.keys(files)) {
        let child = file;
        for (let dir = node_path_1.default.dirname(file); dir !== child; child = dir, dir = node_path_1.default.dirname(dir)) {
            if (!dirs.has(dir))
                dirs.set(dir, new Map());
            dirs.get(dir).set(node_path_1.default.basename(child), child !== file);
        }
    }
    return {
        readText: (file) => files[file],
        size: (file) => (files[file] === undefined ? undefined : Buffer.byteLength(files[file])),
        entries: (dir) => (dirs.has(dir) ? [...dirs.get(dir)].map(([name, isDirectory]) => ({ name, isDirectory })) : undefined),
    };
}
describe("a Project over a FileTree (a git revision) instead of the disk", () => {
    const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-tree-")));
    // On disk: the wrapper uses gpt-4o and a file the tree does not have.
    node_fs_1.default.mkdirSync(node_path_1.default.join(dir, "lib"));
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "lib/llm.ts"), `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const ask = (q: string) => c.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }], max_tokens: 10 });\n`);
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "disk-only.ts"), "export const x = 1;\n");
    const tree = memoryTree({
        [node_path_1.default.join(dir, "lib/llm.ts")]: `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const ask = (q: string) => c.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }], max_tokens: 10 });\n`,
        [node_path_1.default.join(dir, "lib/extra/util.ts")]: "export const y = 2;\n",
    });
    const main = `import { ask } from "./lib/llm";\nexport async function answer(q: string) {\n  return ask(q);\n}\n`;
    it("reads and resolves the tree's files, never the disk's", () => {
        const project = (0, analysis_1.createProject)({ tree });
        strict_1.default.equal(project.resolve(node_path_1.default.join(dir, "main.ts"), "./lib/llm"), node_path_1.default.join(dir, "lib/llm.ts"));
        strict_1.default.match(project.textAt(node_path_1.default.join(dir, "lib/llm.ts")), /gpt-4o-mini/);
        strict_1.default.equal(project.resolve(node_path_1.default.join(dir, "main.ts"), "./disk-only"), undefined);
        strict_1.default.equal(project.resolve(node_path_1.default.join(dir, "main.ts"), "./lib/extra/util"), node_path_1.default.join(dir, "lib/extra/util.ts"));
        strict_1.default.deepEqual(project.files.listDirectories(node_path_1.default.join(dir, "lib")), ["extra"]);
    });
    it("prices a call through another module's wrapper with the tree's version of it", () => {
        const settings = (0, load_1.defaultLoadedConfig)();
        const model = (project) => (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(node_path_1.default.join(dir, "main.ts"), main), project), settings).map((e) => e.model);
        strict_1.default.deepEqual(model((0, analysis_1.createProject)({ tree })), ["gpt-4o-mini"]);
        strict_1.default.deepEqual(model((0, analysis_1.createProject)()), ["gpt-4o"]);
    });
});
//# sourceMappingURL=file-tree.test.js.map