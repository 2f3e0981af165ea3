import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { configPerFolder, findConfigFile, loadConfigFile, loadConfigFor, parseConfigText } from "../../src/core/config/load";
import { parseConfig, ruleOptionsFrom, ruleSeverityFrom } from "../../src/core/config/parse";
import { CONFIG_FILE_NAME, configSchema, defaultConfig } from "../../src/core/config/schema";
import { defaultPricingTable } from "../../src/core/cost/pricing";

const FILE = "/project/costlint.config.json";
const root = path.resolve(__dirname, "../../..");

function parse(data: unknown): ReturnType<typeof parseConfigText> {
  return parseConfigText(JSON.stringify(data), FILE);
}

/** A problem line with its line:column (which it must have) taken out: `FILE: key: ...`. */
function located(problem: string): string {
  const m = /^(.*?\.json):(\d+):(\d+): /.exec(problem);
  assert.ok(m, `no line:column in ${problem}`);
  return problem.replace(`:${m[2]}:${m[3]}: `, ": ");
}

/** The one problem line that mentions `needle` (line:column taken out). */
function problemAbout(problems: string[], needle: string): string {
  const found = problems.map((p) => (/\.json:\d+:\d+: /.test(p) ? located(p) : p)).filter((p) => p.includes(needle));
  assert.equal(found.length, 1, `one problem about ${needle}, got:\n${problems.join("\n")}`);
  return found[0]!;
}

describe("configuration", () => {
  describe("defaults", () => {
    it("has the documented defaults", () => {
      const config = defaultConfig();
      assert.equal(config.defaultModel, "gpt-4o");
      assert.deepEqual(config.assumptions, { turns: 20, unresolvedTokens: 250, replyTokens: 400 });
      assert.deepEqual(config.budget, { perCallUsd: 0.1 });
      assert.deepEqual(config.pricing, []);
      assert.deepEqual(config.rules, {});
      assert.equal(config.maxFileSize, 2_000_000);
    });

    it("an empty file and an empty object give the defaults and no problems", () => {
      for (const text of ["", "  \n", "{}"]) {
        const loaded = parseConfigText(text, FILE);
        assert.deepEqual(loaded.problems, []);
        assert.deepEqual(loaded.config, defaultConfig());
        assert.equal(loaded.pricing, defaultPricingTable());
      }
    });

    it("each call gives a fresh copy (no shared mutable defaults)", () => {
      const a = defaultConfig();
      a.rules["x"] = "warn";
      a.assumptions.turns = 3;
      assert.deepEqual(defaultConfig().rules, {});
      assert.equal(defaultConfig().assumptions.turns, 20);
    });
  });

  describe("a valid file", () => {
    const data = {
      $schema: "./node_modules/costlint/schema/costlint.config.schema.json",
      defaultModel: "gpt-4.1-mini",
      assumptions: { turns: 8, unresolvedTokens: 400, replyTokens: 400 },
      budget: { perCallUsd: 0.05 },
      rules: { "no-full-history": ["warn", { keepTurns: 6 }], "costlint/require-max-tokens": "off", "max-call-cost": ["error", { budget: 0.02 }] },
      pricing: [
        { id: "gpt-4o", inputPerMTok: 2, priceDate: "2026-01-01" },
        { id: "acme-7b", provider: "acme", inputPerMTok: 0.1, outputPerMTok: 0.2, contextWindow: 32000, maxOutputTokens: 4096 },
      ],
      maxFileSize: 500_000,
    };

    it("is read without problems, every value kept", () => {
      const loaded = parse(data);
      assert.deepEqual(loaded.problems, []);
      assert.equal(loaded.file, FILE);
      assert.equal(loaded.config.defaultModel, "gpt-4.1-mini");
      assert.deepEqual(loaded.config.assumptions, { turns: 8, unresolvedTokens: 400, replyTokens: 400 });
      assert.equal(loaded.config.budget.perCallUsd, 0.05);
      assert.equal(loaded.config.maxFileSize, 500_000);
      assert.equal(loaded.config.pricing.length, 2);
    });

    it("applies the price overrides: an existing model repriced, a new one added", () => {
      const { pricing } = parse(data);
      const gpt4o = pricing.models.find((m) => m.id === "gpt-4o")!;
      assert.equal(gpt4o.inputPerMTok, 2);
      assert.equal(gpt4o.outputPerMTok, 10);
      assert.equal(gpt4o.priceSource, `${FILE}: pricing[0]`);
      const acme = pricing.models.find((m) => m.id === "acme-7b")!;
      assert.equal(acme.outputPerMTok, 0.2);
      assert.equal(acme.approximateTokens, true);
    });

    it("rule severities and options, with or without the costlint/ prefix", () => {
      const { config } = parse(data);
      assert.equal(ruleSeverityFrom(config, "no-full-history"), "warn");
      assert.deepEqual(ruleOptionsFrom(config, "no-full-history"), { keepTurns: 6 });
      assert.equal(ruleSeverityFrom(config, "require-max-tokens"), "off");
      assert.equal(ruleSeverityFrom(config, "max-call-cost"), "error");
      assert.deepEqual(ruleOptionsFrom(config, "max-call-cost"), { budget: 0.02 });
      assert.equal(ruleSeverityFrom(config, "no-unbounded-retry"), undefined);
      assert.equal(ruleSeverityFrom({ ...config, rules: { "no-unbounded-retry": 1, "require-iteration-cap": [2] } }, "no-unbounded-retry"), "warn");
      assert.equal(ruleSeverityFrom({ ...config, rules: { "require-iteration-cap": [2] } }, "require-iteration-cap"), "error");
      assert.equal(ruleSeverityFrom({ ...config, rules: { "require-iteration-cap": 0 } }, "require-iteration-cap"), "off");
    });
  });

  describe("a bad file: one message per problem, naming the file, the key and what was expected; defaults for just those keys", () => {
    it("assumptions.turns as a string: the default for turns, unresolvedTokens kept", () => {
      const loaded = parse({ assumptions: { turns: "ten", unresolvedTokens: 100 }, defaultModel: "gpt-4.1" });
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      const problem = loaded.problems[0]!;
      assert.ok(located(problem).startsWith(`${FILE}: assumptions.turns: `), problem);
      assert.match(problem, /expected (a )?number/);
      assert.match(problem, /"ten"/);
      assert.deepEqual(loaded.config.assumptions, { turns: 20, unresolvedTokens: 100, replyTokens: 400 });
      assert.equal(loaded.config.defaultModel, "gpt-4.1");
    });

    it("assumptions.turns not an integer, budget below zero", () => {
      const loaded = parse({ assumptions: { turns: 2.5 }, budget: { perCallUsd: -1 } });
      assert.equal(loaded.problems.length, 2, loaded.problems.join("\n"));
      assert.match(problemAbout(loaded.problems, "assumptions.turns"), /expected.*int/);
      assert.match(problemAbout(loaded.problems, "budget.perCallUsd"), /(>=\s*|at least )0/);
      assert.equal(loaded.config.assumptions.turns, 20);
      assert.equal(loaded.config.budget.perCallUsd, 0.1);
    });

    it("an unknown key inside assumptions: ignored, its neighbours kept", () => {
      const loaded = parse({ assumptions: { turns: 5, extra: true } });
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      const problem = problemAbout(loaded.problems, "assumptions.extra");
      assert.ok(problem.startsWith(FILE));
      assert.match(problem, /unknown key/);
      assert.match(problem, /turns, unresolvedTokens/);
      assert.equal(loaded.config.assumptions.turns, 5);
    });

    it("an unknown top-level key: named, with the keys expected; the rest kept", () => {
      const loaded = parse({ maxFilesize: 10, defaultModel: "gpt-4.1" });
      assert.equal(loaded.problems.length, 1);
      const problem = loaded.problems[0]!;
      assert.ok(problem.startsWith(FILE), problem);
      assert.match(problem, /unknown key "maxFilesize"/);
      assert.match(problem, /maxFileSize/);
      assert.equal(loaded.config.defaultModel, "gpt-4.1");
      assert.equal(loaded.config.maxFileSize, 2_000_000);
    });

    it("an unknown rule id: named, with the ids expected; the other rules kept", () => {
      const loaded = parse({ rules: { "no-such-rule": "warn", "no-full-history": "error" } });
      assert.equal(loaded.problems.length, 1);
      const problem = loaded.problems[0]!;
      assert.ok(located(problem).startsWith(`${FILE}: rules.no-such-rule: unknown rule`), problem);
      assert.match(problem, /no-full-history/);
      assert.deepEqual(loaded.config.rules, { "no-full-history": "error" });
    });

    it("a bad severity: named, with the severities expected; the other rules kept", () => {
      const loaded = parse({ rules: { "require-max-tokens": "loud", "no-full-history": ["warn", { keepTurns: 4 }] } });
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      const problem = loaded.problems[0]!;
      assert.ok(located(problem).startsWith(`${FILE}: rules.require-max-tokens: `), problem);
      assert.match(problem, /"off", "warn", "error"/);
      assert.match(problem, /"loud"/);
      assert.deepEqual(loaded.config.rules, { "no-full-history": ["warn", { keepTurns: 4 }] });
    });

    it("bad rule options: the option named, the severity kept, the rule's defaults used", () => {
      const loaded = parse({ rules: { "require-max-tokens": ["warn", { suggestedCap: "big" }], "max-call-cost": ["warn", { budget: -2 }] } });
      assert.equal(loaded.problems.length, 2, loaded.problems.join("\n"));
      const cap = problemAbout(loaded.problems, "suggestedCap");
      assert.ok(cap.startsWith(`${FILE}: rules.require-max-tokens[1].suggestedCap: `), cap);
      assert.match(cap, /expected (a )?number/);
      assert.match(problemAbout(loaded.problems, "rules.max-call-cost[1].budget"), /(>=\s*|at least )0/);
      assert.equal(ruleSeverityFrom(loaded.config, "require-max-tokens"), "warn");
      assert.equal(ruleOptionsFrom(loaded.config, "require-max-tokens"), undefined);
    });

    it("a bad pricing override: the entry (index and id) and the field named; the other overrides applied", () => {
      const loaded = parse({ pricing: [{ id: "gpt-4o-mini", outputPerMTok: 0.5 }, { id: "gpt-4o", inputPerMTok: "cheap" }] });
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      const problem = loaded.problems[0]!;
      assert.ok(located(problem).startsWith(`${FILE}: pricing[1] ("gpt-4o"): inputPerMTok: `), problem);
      assert.match(problem, /expected (a )?number/);
      assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o-mini")!.outputPerMTok, 0.5);
      assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o")!.inputPerMTok, defaultPricingTable().models.find((m) => m.id === "gpt-4o")!.inputPerMTok);
    });

    it("a new model missing required fields: the entry named with what it must give", () => {
      const loaded = parse({ pricing: [{ id: "gpt-4o", inputPerMTok: 2 }, { id: "acme-7b", inputPerMTok: 1 }] });
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      const problem = loaded.problems[0]!;
      assert.ok(located(problem).startsWith(`${FILE}: pricing[1] ("acme-7b"): `), problem);
      assert.match(problem, /provider/);
      assert.match(problem, /maxOutputTokens/);
      assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o")!.inputPerMTok, 2);
      assert.equal(loaded.pricing.models.find((m) => m.id === "acme-7b"), undefined);
      assert.deepEqual(
        loaded.config.pricing.map((p) => p.id),
        ["gpt-4o"],
      );
    });

    it("a value of the wrong kind for a whole key", () => {
      const loaded = parse({ assumptions: 5, pricing: {}, rules: 3, maxFileSize: 0, defaultModel: "" });
      assert.equal(loaded.problems.length, 5, loaded.problems.join("\n"));
      for (const key of ["assumptions", "pricing", "rules", "maxFileSize", "defaultModel"]) {
        assert.ok(problemAbout(loaded.problems, `${FILE}: ${key}: `).includes("expected"), key);
      }
      assert.deepEqual(loaded.config, defaultConfig());
    });

    it("several problems at once: one message each, every good key kept", () => {
      const loaded = parse({
        defaultModel: "gpt-4.1",
        assumptions: { turns: "many", unresolvedTokens: 50 },
        unknownThing: 1,
        rules: { "no-such-rule": "warn", "no-full-history": ["warn", { keepTurns: "six" }] },
        pricing: [{ id: "gpt-4o", inputPerMTok: -1 }],
        budget: { perCallUsd: 0.2 },
      });
      assert.equal(loaded.problems.length, 5, loaded.problems.join("\n"));
      for (const p of loaded.problems) assert.ok(located(p).startsWith(`${FILE}: `), p);
      assert.equal(loaded.config.defaultModel, "gpt-4.1");
      assert.equal(loaded.config.assumptions.unresolvedTokens, 50);
      assert.equal(loaded.config.budget.perCallUsd, 0.2);
      assert.equal(ruleSeverityFrom(loaded.config, "no-full-history"), "warn");
    });

    it("invalid JSON: the file named, the defaults used", () => {
      const loaded = parseConfigText(`{ "defaultModel": "gpt-4.1", }`, FILE);
      assert.equal(loaded.problems.length, 1);
      assert.ok(located(loaded.problems[0]!).startsWith(`${FILE}: not valid JSON`), loaded.problems[0]);
      assert.match(loaded.problems[0]!, /\.json:1:30: /, "the line:column of the trailing comma's successor");
      assert.deepEqual(loaded.config, defaultConfig());
    });

    it("not an object at the top level", () => {
      const loaded = parseConfigText(`["gpt-4o"]`, FILE);
      assert.equal(loaded.problems.length, 1);
      assert.match(loaded.problems[0]!, /expected an object at the top level/);
      assert.deepEqual(parseConfig(null, FILE).config, defaultConfig());
    });
  });

  describe("loading from disk", () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-config-")));
    });
    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("finds the nearest costlint.config.json walking up", () => {
      const nested = path.join(dir, "packages", "app", "src", "agents");
      fs.mkdirSync(nested, { recursive: true });
      fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4.1" }));
      fs.writeFileSync(path.join(dir, "packages", "app", CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4o-mini" }));
      assert.equal(findConfigFile(nested), path.join(dir, "packages", "app", CONFIG_FILE_NAME));
      assert.equal(loadConfigFor(nested).config.defaultModel, "gpt-4o-mini");
      assert.equal(loadConfigFor(path.join(dir, "packages")).config.defaultModel, "gpt-4.1");
      assert.equal(loadConfigFor(nested).file, path.join(dir, "packages", "app", CONFIG_FILE_NAME));
    });

    it("per folder for one run: the nearest file of each folder, looked up once per folder", () => {
      const app = path.join(dir, "app");
      const lib = path.join(dir, "lib");
      fs.mkdirSync(app);
      fs.mkdirSync(lib);
      fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4.1" }));
      fs.writeFileSync(path.join(app, CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4o-mini" }));
      const configFor = configPerFolder();
      const first = configFor(app);
      assert.equal(first.config.defaultModel, "gpt-4o-mini");
      assert.equal(configFor(lib).config.defaultModel, "gpt-4.1");
      // Within the run the folder's answer is kept: the file is not looked for again (even once it is gone).
      fs.rmSync(path.join(app, CONFIG_FILE_NAME));
      assert.equal(configFor(app), first);
      // A new run looks again.
      assert.equal(configPerFolder()(app).config.defaultModel, "gpt-4.1");
    });

    it("no file above: the defaults, no problems", function () {
      if (findConfigFile(dir) !== undefined) this.skip(); // a costlint.config.json above the temp directory
      const loaded = loadConfigFor(dir);
      assert.equal(loaded.file, undefined);
      assert.deepEqual(loaded.problems, []);
      assert.deepEqual(loaded.config, defaultConfig());
    });

    it("re-reads the file after it changes (size or modification time), and not before", () => {
      const file = path.join(dir, CONFIG_FILE_NAME);
      fs.writeFileSync(file, JSON.stringify({ defaultModel: "gpt-4.1" }));
      const first = loadConfigFor(dir);
      assert.equal(first.config.defaultModel, "gpt-4.1");
      assert.equal(loadConfigFor(dir), first, "unchanged: the cached result");

      // A different size.
      fs.writeFileSync(file, JSON.stringify({ budget: { perCallUsd: 1 } }));
      const second = loadConfigFor(dir);
      assert.equal(second.config.defaultModel, "gpt-4o");
      assert.equal(second.config.budget.perCallUsd, 1);

      // The same size, a later modification time.
      const sizeBefore = fs.statSync(file).size;
      fs.writeFileSync(file, JSON.stringify({ budget: { perCallUsd: 2 } }));
      assert.equal(fs.statSync(file).size, sizeBefore);
      const later = new Date(Date.now() + 5_000);
      fs.utimesSync(file, later, later);
      assert.equal(loadConfigFor(dir).config.budget.perCallUsd, 2);
    });

    it("a file that becomes invalid reports the problem, and recovers when fixed", () => {
      const file = path.join(dir, CONFIG_FILE_NAME);
      fs.writeFileSync(file, `{ "assumptions": { "turns": 3 } }`);
      assert.equal(loadConfigFile(file).config.assumptions.turns, 3);
      fs.writeFileSync(file, `{ "assumptions": { "turns": 3 }`);
      const broken = loadConfigFile(file);
      assert.equal(broken.problems.length, 1);
      assert.ok(located(broken.problems[0]!).startsWith(`${file}: not valid JSON`));
      fs.writeFileSync(file, `{ "assumptions": { "turns": 4 } }`);
      assert.equal(loadConfigFile(file).config.assumptions.turns, 4);
      assert.deepEqual(loadConfigFile(file).problems, []);
    });

    it("a file that cannot be read: named, the defaults used", () => {
      const loaded = loadConfigFile(path.join(dir, "missing", CONFIG_FILE_NAME));
      assert.equal(loaded.problems.length, 1);
      assert.match(loaded.problems[0]!, /cannot be read/);
      assert.deepEqual(loaded.config, defaultConfig());
    });
  });

  describe("the committed JSON schema", () => {
    it("schema/costlint.config.schema.json is z.toJSONSchema(configSchema, { io: \"input\" }) (npm run schema)", () => {
      const file = path.join(root, "schema", "costlint.config.schema.json");
      const text = fs.readFileSync(file, "utf8");
      const committed = JSON.parse(text) as Record<string, unknown>;
      assert.equal(text, `${JSON.stringify(committed, null, 2)}\n`, "2-space indentation and a trailing newline");
      // The generator may add a title; everything else is zod's conversion.
      const { title, ...rest } = committed;
      assert.ok(title === undefined || typeof title === "string");
      assert.deepEqual(rest, z.toJSONSchema(configSchema, { io: "input" }));
    });

    it("the defaults validate against the schema's own constraints (a spot check)", () => {
      const schema = z.toJSONSchema(configSchema, { io: "input" }) as { properties: Record<string, { default?: unknown }>; additionalProperties?: unknown };
      assert.equal(schema.additionalProperties, false);
      assert.equal(schema.properties.defaultModel!.default, "gpt-4o");
      assert.deepEqual(schema.properties.assumptions!.default, { turns: 20, unresolvedTokens: 250, replyTokens: 400 });
    });
  });
});

describe("configuration: hostile files (a repository is untrusted input)", () => {
  const PROTO_KEYS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

  for (const key of PROTO_KEYS) {
    it(`a key named ${key}, anywhere, is an unknown key: named, ignored, never a crash`, () => {
      const text = `{
  "${key}": 1,
  "assumptions": { "${key}": 2, "turns": 7 },
  "budget": { "${key}": 3 },
  "rules": { "${key}": "warn", "no-full-history": ["warn", { "${key}": 4, "keepTurns": 6 }] },
  "pricing": [{ "id": "gpt-4o", "${key}": 5 }, { "id": "${key}", "inputPerMTok": 1 }]
}`;
      const loaded = parseConfigText(text, FILE);
      assert.equal(loaded.config.assumptions.turns, 7, "the neighbours are kept");
      assert.deepEqual(ruleOptionsFrom(loaded.config, "no-full-history"), { keepTurns: 6 }, "the unknown option dropped, the known kept");
      assert.equal(Object.getPrototypeOf(loaded.config.rules), Object.prototype, "no prototype set from the file");
      assert.equal(ruleSeverityFrom(loaded.config, key), undefined);
      for (const needle of [`${FILE}: unknown key "${key}"`, `assumptions.${key}: unknown key`, `budget.${key}: unknown key`, `rules.${key}: unknown rule`, `rules.no-full-history[1].${key}: unknown option`]) {
        problemAbout(loaded.problems, needle);
      }
      assert.ok(loaded.problems.every((p) => /^\/project\/costlint\.config\.json:\d+:\d+: /.test(p)), loaded.problems.join("\n"));
    });
  }

  it("names the line:column of each bad key", () => {
    const text = `{\n  "assumptions": {\n    "turns": "many"\n  },\n  "rules": { "no-full-history": ["warn", { "keepTurnz": 6 }] }\n}`;
    const loaded = parseConfigText(text, FILE);
    assert.ok(loaded.problems.some((p) => p.startsWith(`${FILE}:3:5: assumptions.turns: `)), loaded.problems.join("\n"));
    assert.ok(loaded.problems.some((p) => p.startsWith(`${FILE}:5:44: rules.no-full-history[1].keepTurnz: unknown option`)), loaded.problems.join("\n"));
  });

  it("values that would break the estimate are refused with their bound: tokenFactor 1e308, prices of 1e308, unresolvedTokens 1e15", () => {
    const loaded = parse({
      assumptions: { unresolvedTokens: 1e15 },
      pricing: [
        { id: "gpt-4o", tokenFactor: 1e308 },
        { id: "gpt-4o-mini", inputPerMTok: 1e308 },
      ],
      budget: { perCallUsd: 1e308 },
    });
    assert.match(problemAbout(loaded.problems, "unresolvedTokens"), /at most 10000000/);
    assert.match(problemAbout(loaded.problems, "tokenFactor"), /at most 100\b/);
    assert.match(problemAbout(loaded.problems, "inputPerMTok"), /at most 100000\b/);
    assert.match(problemAbout(loaded.problems, "perCallUsd"), /at most/);
    assert.equal(loaded.config.assumptions.unresolvedTokens, 250);
    for (const model of loaded.pricing.models) assert.ok(Number.isFinite(model.inputPerMTok * model.tokenFactor), model.id);
  });

  it("a defaultModel that names no known model is reported", () => {
    const loaded = parse({ defaultModel: "gpt-9-ultra" });
    assert.match(problemAbout(loaded.problems, "defaultModel"), /"gpt-9-ultra" is not a known model/);
    assert.equal(parse({ defaultModel: "my-model", pricing: [{ id: "my-model", provider: "x", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 1000, maxOutputTokens: 100 }] }).problems.length, 0);
  });

  it("invalid JSON never quotes the file's content (it may be another file's, through a symlink)", () => {
    const loaded = parseConfigText(`TOKEN=sk-secret-value\nPASSWORD=hunter2`, FILE);
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0]!, /^\/project\/costlint\.config\.json:1:1: not valid JSON/);
    assert.doesNotMatch(loaded.problems[0]!, /secret|hunter2|TOKEN/);
  });

  describe("on disk: only a regular file of the project is read, and never blocks", () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-hostile-"));
      fs.mkdirSync(path.join(dir, ".git"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("a symlink to /dev/zero: one message, the defaults (returns at once)", () => {
      fs.symlinkSync("/dev/zero", path.join(dir, CONFIG_FILE_NAME));
      const loaded = loadConfigFor(dir);
      assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
      assert.deepEqual(loaded.config, defaultConfig());
    });

    it("a FIFO: one message naming it not a regular file, the defaults (no read that waits for a writer)", function () {
      if (process.platform === "win32") return;
      const fifo = path.join(dir, CONFIG_FILE_NAME);
      execFileSync("mkfifo", [fifo]);
      const loaded = loadConfigFor(dir);
      assert.equal(loaded.problems.length, 1);
      assert.match(loaded.problems[0]!, /not a regular file/);
    });

    it("a symlink to a file outside its folder is not read: its content never reaches a message", () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-secret-"));
      try {
        fs.writeFileSync(path.join(outside, "secrets.json"), `{ "AWS_SECRET_ACCESS_KEY": "abc123" }`);
        fs.symlinkSync(path.join(outside, "secrets.json"), path.join(dir, CONFIG_FILE_NAME));
        const loaded = loadConfigFor(dir);
        assert.equal(loaded.problems.length, 1);
        assert.match(loaded.problems[0]!, /symbolic link to a file outside its folder/);
        assert.doesNotMatch(loaded.problems.join("\n"), /AWS|abc123/);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it("a file above 1 MB: one message, the defaults", () => {
      fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), `{ "defaultModel": "gpt-4o" ${" ".repeat(1_100_000)}}`);
      assert.match(loadConfigFor(dir).problems.join("\n"), /larger than the 1\.0 MB limit/);
    });

    it("the search stops at the repository root (.git) and at a given workspace root", () => {
      const inner = path.join(dir, "repo");
      fs.mkdirSync(path.join(inner, "src"), { recursive: true });
      fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), `{ "defaultModel": "gpt-4.1" }`);
      assert.equal(findConfigFile(path.join(inner, "src")), path.join(dir, CONFIG_FILE_NAME), "no .git below: found above");
      assert.equal(findConfigFile(path.join(inner, "src"), inner), undefined, "the workspace root stops the search");
      fs.mkdirSync(path.join(inner, ".git"));
      assert.equal(findConfigFile(path.join(inner, "src")), undefined, "the repository root stops the search");
    });
  });
});
