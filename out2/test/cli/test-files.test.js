"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const test_files_1 = require("../../src/core/project/test-files");
const git_repo_1 = require("./git-repo");
const AGENT = `import OpenAI from "openai";
const client = new OpenAI();
export async function ask(question: string) {
  return client.chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 300, messages: [{ role: "user", content: question }] });
}
`;
/** A test that calls the model (a wrapper test, as nanocoder's 160 spec call sites). */
const SPEC = `import OpenAI from "openai";
import { ask } from "../src/agent";
const client = new OpenAI();
it("answers", async () => {
  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
  await ask("x");
});
`;
const MOCK = `import OpenAI from "openai";
export const fake = () => new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [] });
`;
function project(files) {
    const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-tests-")));
    (0, git_repo_1.write)(dir, files);
    return dir;
}
function report(args, cwd) {
    const r = (0, git_repo_1.run)(["report", "--format", "json", ...args], cwd);
    strict_1.default.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
}
const FILES = {
    "src/agent.ts": AGENT,
    "src/agent.test.ts": SPEC,
    "src/__tests__/agent.ts": SPEC,
    "src/__mocks__/openai.ts": MOCK,
    "test/e2e.ts": SPEC,
    "src/chat.stories.tsx": MOCK,
};
describe("test and mock files", () => {
    it("isTestPath: the names and folders real repositories use, and production names that only look alike", () => {
        for (const p of [
            "src/agent.test.ts",
            "src/agent.spec.tsx",
            "apps/api/test/app.e2e-spec.ts",
            "lib/streaming/helpers/__tests__/x.ts",
            "src/__mocks__/openai.ts",
            "packages/cli/tests/unit/core/a.ts",
            "test/e2e/utils.ts",
            "source/test-utils/cli-test-harness.ts",
            "plugins/vscode/test-stubs/vscode.ts",
            "koa-server/src/mock/summaryPr.ts",
            "src/components/announcement.stories.tsx",
            "vitest.setup.ts",
            "jest.config.js",
            "src/setupTests.ts",
            "cypress/e2e/chat.cy.ts",
            "src\\win\\__tests__\\a.ts".split("\\").join(node_path_1.default.sep),
        ]) {
            strict_1.default.ok((0, test_files_1.isTestPath)(p), p);
        }
        for (const p of [
            "src/agent.ts",
            "src/engine/testAi.ts",
            "components/spec-block.tsx",
            "lib/render/parse-spec-block.ts",
            "app/components/mockinterviews/page.tsx",
            "src/helpers/mock-llm.ts",
            "src/helpers/get-test-command.ts",
            "src/testimonials/ask.ts",
            "app/api/contest/route.ts",
        ]) {
            strict_1.default.ok(!(0, test_files_1.isTestPath)(p), p);
        }
    });
    it("isTestFileUnder reads only the part below the root: a checkout inside a folder named tests is production code", () => {
        strict_1.default.ok(!(0, test_files_1.isTestFileUnder)("/home/me/tests/app/src/agent.ts", "/home/me/tests/app"));
        strict_1.default.ok((0, test_files_1.isTestFileUnder)("/home/me/tests/app/src/agent.test.ts", "/home/me/tests/app"));
        strict_1.default.ok((0, test_files_1.isTestFileUnder)("/work/app/test/e2e.ts", "/work/app"));
        strict_1.default.ok(!(0, test_files_1.isTestFileUnder)("/work/other/test/e2e.ts", "/work/app"), "outside the root");
    });
    it("costlint report leaves them out by default and says how many; --include-tests counts them", () => {
        const dir = project(FILES);
        const plain = report(["."], dir);
        strict_1.default.deepEqual(plain.calls.map((c) => c.file), [node_path_1.default.join("src", "agent.ts")]);
        strict_1.default.equal(plain.testFiles, 5);
        strict_1.default.equal(plain.totals.files, 1);
        strict_1.default.equal(plain.totals.calls, 1);
        const all = report(["--include-tests", "."], dir);
        strict_1.default.equal(all.testFiles, 0);
        strict_1.default.equal(all.totals.files, 6);
        const files = new Set(all.calls.map((c) => c.file));
        for (const f of ["src/agent.ts", "src/agent.test.ts", "src/__tests__/agent.ts", "src/__mocks__/openai.ts", "test/e2e.ts", "src/chat.stories.tsx"])
            strict_1.default.ok(files.has(f.split("/").join(node_path_1.default.sep)), f);
        strict_1.default.ok(all.totals.costUsd > plain.totals.costUsd);
        const table = (0, git_repo_1.run)(["report", "."], dir);
        strict_1.default.match(table.stdout, /^1 LLM call site in 1 file: /m);
        strict_1.default.match(table.stdout, /^5 test and mock files not counted \(--include-tests, or "includeTests": true in costlint\.config\.json, counts them\)$/m);
        strict_1.default.doesNotMatch((0, git_repo_1.run)(["report", "--include-tests", "."], dir).stdout, /not counted/);
        strict_1.default.match((0, git_repo_1.run)(["report", "--format", "markdown", "."], dir).stdout, /^5 test and mock files not counted/m);
    });
    it('"includeTests": true in costlint.config.json counts them too (every surface reads it)', () => {
        const dir = project({ ...FILES, "costlint.config.json": JSON.stringify({ includeTests: true }) });
        const r = report(["."], dir);
        strict_1.default.equal(r.testFiles, 0);
        strict_1.default.equal(r.totals.files, 6);
        strict_1.default.ok(r.calls.some((c) => c.file === node_path_1.default.join("src", "agent.test.ts")));
    });
    it("a test file named on the command line is counted (it was asked for); a folder named is read from below itself", () => {
        const dir = project(FILES);
        const one = report([node_path_1.default.join("src", "agent.test.ts")], dir);
        strict_1.default.equal(one.testFiles, 0);
        strict_1.default.equal(one.calls.length, 2);
        // `costlint report test`: test/e2e.ts is "e2e.ts" below the folder named, not a test path.
        const folder = report(["test"], dir);
        strict_1.default.equal(folder.testFiles, 0);
        strict_1.default.ok(folder.calls.length >= 1);
    });
    it("costlint diff leaves out the call sites and findings of test files, as the report does", () => {
        const dir = (0, git_repo_1.repoWith)({ "src/agent.ts": AGENT });
        // A new spec with model calls (and a retry loop with no cap) and a changed production call.
        (0, git_repo_1.write)(dir, {
            "src/agent.test.ts": `${SPEC}\nexport async function retry() { while (true) { try { return await new (require("openai").default)().chat.completions.create({ model: "gpt-4o", messages: [] }); } catch {} } }\n`,
            "src/agent.ts": AGENT.replace('"gpt-4o-mini"', '"gpt-4o"'),
        });
        (0, git_repo_1.git)(dir, "add", "-A");
        const r = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "json"], dir);
        strict_1.default.equal(r.status, 0, r.stderr);
        const result = JSON.parse(r.stdout);
        strict_1.default.equal(result.testFiles, 1);
        strict_1.default.deepEqual(result.changes.map((c) => [c.change, c.file]), [["changed", "src/agent.ts"]]);
        strict_1.default.ok(result.findings.added.every((f) => f.file === "src/agent.ts"));
        const all = JSON.parse((0, git_repo_1.run)(["diff", "--base", "main", "--format", "json", "--include-tests"], dir).stdout);
        strict_1.default.equal(all.testFiles, 0);
        strict_1.default.ok(all.changes.some((c) => c.change === "added" && c.file === "src/agent.test.ts"));
        strict_1.default.ok(all.findings.added.some((f) => f.file === "src/agent.test.ts"));
        strict_1.default.match((0, git_repo_1.run)(["diff", "--base", "main"], dir).stdout, /^1 test and mock file not counted/m);
    });
});
//# sourceMappingURL=test-files.test.js.map