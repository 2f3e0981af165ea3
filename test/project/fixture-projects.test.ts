import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { lintFiles } from "../../src/cli/lint-command";
import { createPlugin } from "../../src/eslint/plugin";
import { expectedFindings } from "./expectations";

const root = path.resolve(__dirname, "../../..");

/**
 * Multi-file fixture projects under test/fixtures/projects: each `// expect: rule` marker is a finding the CLI and
 * ESLint must both report, and nothing else may be reported. `marks`: findings the fixture must mark (it is about them).
 */
const PROJECTS: { name: string; about: string; marks: string[] }[] = [
  {
    name: "chat-clients",
    about: "route handlers passing on what their web client posts: whole (useChat), reshaped by the client, no client in the project, a client nothing imports, a client imported through an alias",
    marks: ["whole/app/api/chat/route.ts:10 no-full-history", "aliased/app/api/chat/route.ts:10 no-full-history"],
  },
  {
    name: "own-endpoints",
    about: "route handlers and Netlify functions passing on what the app's own client code posts (fetch, axios, a helper naming the function; a retrieval chain's `history` written into its prompt): whole, trimmed, or no client; client retries of the app's own LLM endpoints",
    marks: [
      "netlify/netlify/functions/ai-discovery.js:8 no-full-history",
      "next/app/api/chat/route.ts:11 no-full-history",
      "express/server/index.ts:11 no-full-history",
      "pages-chain/pages/api/chat.ts:12 no-full-history",
      "netlify/src/lib/netlify-func.js:17 no-unbounded-retry",
      "next/components/retries.ts:15 no-unbounded-retry",
    ],
  },
  {
    name: "histories",
    about: "histories kept per user, in base classes of other modules, returned by project functions, read from stores, kept in a class's field and read through another class's method (a trim nothing calls is no window)",
    marks: ["no-full-history", "src/agent/navigator.ts:14 no-full-history", "src/agent/planner.ts:13 no-full-history"],
  },
  {
    name: "agent-runtime",
    about: "an in-repo agent runtime (a function, or a class keeping its caller's cap in a field) run without a cap from another module; caps read from another module's consts",
    marks: ["src/use.ts:4 require-iteration-cap", "src/use-class.ts:6 require-iteration-cap"],
  },
  {
    name: "wrappers",
    about: "calls through an interface, an options object's field or an abstract method implemented in other modules; agent loops and recursion around them",
    marks: ["src/agent/subagent.ts:10 require-iteration-cap", "src/agent/subagent.ts:11 no-full-history", "src/agent/respond.ts:12 require-iteration-cap", "src/agent/history.ts:9 no-full-history", "src/agent/history.ts:18 no-full-history"],
  },
  {
    name: "chains",
    about: "LangChain chains built in another module, legacy agent executors, HTTP wrappers with a fixed URL and wrappers of them",
    marks: ["src/llm/make-chain.ts:12 require-max-tokens", "src/agent/legacy.ts:17 require-iteration-cap", "src/http/review.ts:7 require-max-tokens"],
  },
  {
    name: "clients",
    about: "clients from init functions (through .catch, a module-level let), request helpers to URLs from settings, config classes' default base URLs, Azure and Cohere endpoints",
    marks: ["src/memory.ts:8 require-max-tokens", "src/cohere.ts:7 require-max-tokens", "src/custom-api.js:19 require-max-tokens"],
  },
  {
    name: "class-calls",
    about: "calls through the app's classes and helpers: a fetch wrapper whose base URL is configuration and that sets the model, inside its retry helper; a strategy picked at run time; agents calling a base class's method on a field typed BaseChatModel; a base class calling the abstract method its subclasses implement",
    marks: ["src/agent/memory.ts:12 require-max-tokens"],
  },
  {
    name: "retries",
    about: "retry bounds and delays read from another module's consts, a wrapper of another module re-queued",
    marks: ["src/ask.ts:9 no-unbounded-retry", "src/worker.ts:12 no-unbounded-retry"],
  },
];

for (const { name, about, marks } of PROJECTS) {
  const fixture = path.join(root, "test/fixtures/projects", name);
  const expected = fs.existsSync(fixture) ? expectedFindings(fixture) : [];

  describe(`fixture project ${name}: ${about}`, () => {
    it("the fixture marks the findings it is about", () => {
      assert.ok(fs.existsSync(fixture), `${fixture} is missing`);
      for (const mark of marks) assert.ok(expected.some((e) => (mark.includes(" ") ? e === mark : e.endsWith(` ${mark}`))), `${mark} in ${expected.join("\n")}`);
    });

    it("CLI lint: exactly the marked findings", () => {
      const actual = lintFiles([fixture], { all: false, cwd: fixture })
        .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
        .sort();
      assert.deepEqual(actual, expected);
    });

    it("ESLint: the same findings", async () => {
      const eslint = new ESLint({
        cwd: fixture,
        overrideConfigFile: true,
        errorOnUnmatchedPattern: false,
        overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, createPlugin().configs.recommended],
      } as ConstructorParameters<typeof ESLint>[0]);
      const results = await eslint.lintFiles(["**/*.ts", "**/*.cjs", "**/*.js"]);
      const actual = results
        .flatMap((r) => r.messages.map((m) => `${path.relative(fixture, r.filePath)}:${m.line} ${m.ruleId!.replace("costlint/", "")}`))
        .sort();
      assert.deepEqual(actual, expected);
    });
  });
}
