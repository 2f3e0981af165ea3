"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const zod_1 = require("zod");
const load_1 = require("../../src/core/config/load");
const parse_1 = require("../../src/core/config/parse");
const schema_1 = require("../../src/core/config/schema");
const pricing_1 = require("../../src/core/cost/pricing");
const FILE = "/project/costlint.config.json";
const root = node_path_1.default.resolve(__dirname, "../../..");
function parse(data) {
    return (0, load_1.parseConfigText)(JSON.stringify(data), FILE);
}
/** A problem line with its line:column (which it must have) taken out: `FILE: key: ...`. */
function located(problem) {
    const m = /^(.*?\.json):(\d+):(\d+): /.exec(problem);
    assert.ok(m, `no line:column in ${problem}`);
    return problem.replace(`:${m[2]}:${m[3]}: `, ": ");
}
/** The one problem line that mentions `needle` (line:column taken out). */
function problemAbout(problems, needle) {
    const found = problems.map((p) => (/\.json:\d+:\d+: /.test(p) ? located(p) : p)).filter((p) => p.includes(needle));
    assert.equal(found.length, 1, `one problem about ${needle}, got:\n${problems.join("\n")}`);
    return found[0];
}
describe("configuration", () => {
    describe("defaults", () => {
        it("has the documented defaults", () => {
            const config = (0, schema_1.defaultConfig)();
            assert.equal(config.defaultModel, "gpt-4o");
            assert.deepEqual(config.assumptions, { turns: 20, unresolvedTokens: 250, replyTokens: 400 });
            assert.deepEqual(config.budget, { perCallUsd: 0.1 });
            assert.deepEqual(config.pricing, []);
            assert.deepEqual(config.rules, {});
            assert.equal(config.maxFileSize, 2_000_000);
        });
        it("an empty file and an empty object give the defaults and no problems", () => {
            for (const text of ["", "  \n", "{}"]) {
                const loaded = (0, load_1.parseConfigText)(text, FILE);
                assert.deepEqual(loaded.problems, []);
                assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
                assert.equal(loaded.pricing, (0, pricing_1.defaultPricingTable)());
            }
        });
        it("each call gives a fresh copy (no shared mutable defaults)", () => {
            const a = (0, schema_1.defaultConfig)();
            a.rules["x"] = "warn";
            a.assumptions.turns = 3;
            assert.deepEqual((0, schema_1.defaultConfig)().rules, {});
            assert.equal((0, schema_1.defaultConfig)().assumptions.turns, 20);
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
            const gpt4o = pricing.models.find((m) => m.id === "gpt-4o");
            assert.equal(gpt4o.inputPerMTok, 2);
            assert.equal(gpt4o.outputPerMTok, 10);
            assert.equal(gpt4o.priceSource, `${FILE}: pricing[0]`);
            const acme = pricing.models.find((m) => m.id === "acme-7b");
            assert.equal(acme.outputPerMTok, 0.2);
            assert.equal(acme.approximateTokens, true);
        });
        it("rule severities and options, with or without the costlint/ prefix", () => {
            const { config } = parse(data);
            assert.equal((0, parse_1.ruleSeverityFrom)(config, "no-full-history"), "warn");
            assert.deepEqual((0, parse_1.ruleOptionsFrom)(config, "no-full-history"), { keepTurns: 6 });
            assert.equal((0, parse_1.ruleSeverityFrom)(config, "require-max-tokens"), "off");
            assert.equal((0, parse_1.ruleSeverityFrom)(config, "max-call-cost"), "error");
            assert.deepEqual((0, parse_1.ruleOptionsFrom)(config, "max-call-cost"), { budget: 0.02 });
            assert.equal((0, parse_1.ruleSeverityFrom)(config, "no-unbounded-retry"), undefined);
            assert.equal((0, parse_1.ruleSeverityFrom)({ ...config, rules: { "no-unbounded-retry": 1, "require-iteration-cap": [2] } }, "no-unbounded-retry"), "warn");
            assert.equal((0, parse_1.ruleSeverityFrom)({ ...config, rules: { "require-iteration-cap": [2] } }, "require-iteration-cap"), "error");
            assert.equal((0, parse_1.ruleSeverityFrom)({ ...config, rules: { "require-iteration-cap": 0 } }, "require-iteration-cap"), "off");
        });
    });
    describe("a bad file: one message per problem, naming the file, the key and what was expected; defaults for just those keys", () => {
        it("assumptions.turns as a string: the default for turns, unresolvedTokens kept", () => {
            const loaded = parse({ assumptions: { turns: "ten", unresolvedTokens: 100 }, defaultModel: "gpt-4.1" });
            assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
            const problem = loaded.problems[0];
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
            const problem = loaded.problems[0];
            assert.ok(problem.startsWith(FILE), problem);
            assert.match(problem, /unknown key "maxFilesize"/);
            assert.match(problem, /maxFileSize/);
            assert.equal(loaded.config.defaultModel, "gpt-4.1");
            assert.equal(loaded.config.maxFileSize, 2_000_000);
        });
        it("an unknown rule id: named, with the ids expected; the other rules kept", () => {
            const loaded = parse({ rules: { "no-such-rule": "warn", "no-full-history": "error" } });
            assert.equal(loaded.problems.length, 1);
            const problem = loaded.problems[0];
            assert.ok(located(problem).startsWith(`${FILE}: rules.no-such-rule: unknown rule`), problem);
            assert.match(problem, /no-full-history/);
            assert.deepEqual(loaded.config.rules, { "no-full-history": "error" });
        });
        it("a bad severity: named, with the severities expected; the other rules kept", () => {
            const loaded = parse({ rules: { "require-max-tokens": "loud", "no-full-history": ["warn", { keepTurns: 4 }] } });
            assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
            const problem = loaded.problems[0];
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
            assert.equal((0, parse_1.ruleSeverityFrom)(loaded.config, "require-max-tokens"), "warn");
            assert.equal((0, parse_1.ruleOptionsFrom)(loaded.config, "require-max-tokens"), undefined);
        });
        it("a bad pricing override: the entry (index and id) and the field named; the other overrides applied", () => {
            const loaded = parse({ pricing: [{ id: "gpt-4o-mini", outputPerMTok: 0.5 }, { id: "gpt-4o", inputPerMTok: "cheap" }] });
            assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
            const problem = loaded.problems[0];
            assert.ok(located(problem).startsWith(`${FILE}: pricing[1] ("gpt-4o"): inputPerMTok: `), problem);
            assert.match(problem, /expected (a )?number/);
            assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o-mini").outputPerMTok, 0.5);
            assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o").inputPerMTok, (0, pricing_1.defaultPricingTable)().models.find((m) => m.id === "gpt-4o").inputPerMTok);
        });
        it("a new model missing required fields: the entry named with what it must give", () => {
            const loaded = parse({ pricing: [{ id: "gpt-4o", inputPerMTok: 2 }, { id: "acme-7b", inputPerMTok: 1 }] });
            assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
            const problem = loaded.problems[0];
            assert.ok(located(problem).startsWith(`${FILE}: pricing[1] ("acme-7b"): `), problem);
            assert.match(problem, /provider/);
            assert.match(problem, /maxOutputTokens/);
            assert.equal(loaded.pricing.models.find((m) => m.id === "gpt-4o").inputPerMTok, 2);
            assert.equal(loaded.pricing.models.find((m) => m.id === "acme-7b"), undefined);
            assert.deepEqual(loaded.config.pricing.map((p) => p.id), ["gpt-4o"]);
        });
        it("a value of the wrong kind for a whole key", () => {
            const loaded = parse({ assumptions: 5, pricing: {}, rules: 3, maxFileSize: 0, defaultModel: "" });
            assert.equal(loaded.problems.length, 5, loaded.problems.join("\n"));
            for (const key of ["assumptions", "pricing", "rules", "maxFileSize", "defaultModel"]) {
                assert.ok(problemAbout(loaded.problems, `${FILE}: ${key}: `).includes("expected"), key);
            }
            assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
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
            for (const p of loaded.problems)
                assert.ok(located(p).startsWith(`${FILE}: `), p);
            assert.equal(loaded.config.defaultModel, "gpt-4.1");
            assert.equal(loaded.config.assumptions.unresolvedTokens, 50);
            assert.equal(loaded.config.budget.perCallUsd, 0.2);
            assert.equal((0, parse_1.ruleSeverityFrom)(loaded.config, "no-full-history"), "warn");
        });
        it("invalid JSON: the file named, the defaults used", () => {
            const loaded = (0, load_1.parseConfigText)(`{ "defaultModel": "gpt-4.1", }`, FILE);
            assert.equal(loaded.problems.length, 1);
            assert.ok(located(loaded.problems[0]).startsWith(`${FILE}: not valid JSON`), loaded.problems[0]);
            assert.match(loaded.problems[0], /\.json:1:30: /, "the line:column of the trailing comma's successor");
            assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
        });
        it("not an object at the top level", () => {
            const loaded = (0, load_1.parseConfigText)(`["gpt-4o"]`, FILE);
            assert.equal(loaded.problems.length, 1);
            assert.match(loaded.problems[0], /expected an object at the top level/);
            assert.deepEqual((0, parse_1.parseConfig)(null, FILE).config, (0, schema_1.defaultConfig)());
        });
    });
    describe("loading from disk", () => {
        let dir;
        beforeEach(() => {
            dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-config-")));
        });
        afterEach(() => {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        });
        it("finds the nearest costlint.config.json walking up", () => {
            const nested = node_path_1.default.join(dir, "packages", "app", "src", "agents");
            node_fs_1.default.mkdirSync(nested, { recursive: true });
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4.1" }));
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "packages", "app", schema_1.CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4o-mini" }));
            assert.equal((0, load_1.findConfigFile)(nested), node_path_1.default.join(dir, "packages", "app", schema_1.CONFIG_FILE_NAME));
            assert.equal((0, load_1.loadConfigFor)(nested).config.defaultModel, "gpt-4o-mini");
            assert.equal((0, load_1.loadConfigFor)(node_path_1.default.join(dir, "packages")).config.defaultModel, "gpt-4.1");
            assert.equal((0, load_1.loadConfigFor)(nested).file, node_path_1.default.join(dir, "packages", "app", schema_1.CONFIG_FILE_NAME));
        });
        it("per folder for one run: the nearest file of each folder, looked up once per folder", () => {
            const app = node_path_1.default.join(dir, "app");
            const lib = node_path_1.default.join(dir, "lib");
            node_fs_1.default.mkdirSync(app);
            node_fs_1.default.mkdirSync(lib);
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4.1" }));
            node_fs_1.default.writeFileSync(node_path_1.default.join(app, schema_1.CONFIG_FILE_NAME), JSON.stringify({ defaultModel: "gpt-4o-mini" }));
            const configFor = (0, load_1.configPerFolder)();
            const first = configFor(app);
            assert.equal(first.config.defaultModel, "gpt-4o-mini");
            assert.equal(configFor(lib).config.defaultModel, "gpt-4.1");
            // Within the run the folder's answer is kept: the file is not looked for again (even once it is gone).
            node_fs_1.default.rmSync(node_path_1.default.join(app, schema_1.CONFIG_FILE_NAME));
            assert.equal(configFor(app), first);
            // A new run looks again.
            assert.equal((0, load_1.configPerFolder)()(app).config.defaultModel, "gpt-4.1");
        });
        it("no file above: the defaults, no problems", function () {
            if ((0, load_1.findConfigFile)(dir) !== undefined)
                this.skip(); // a costlint.config.json above the temp directory
            const loaded = (0, load_1.loadConfigFor)(dir);
            assert.equal(loaded.file, undefined);
            assert.deepEqual(loaded.problems, []);
            assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
        });
        it("re-reads the file after it changes (size or modification time), and not before", () => {
            const file = node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME);
            node_fs_1.default.writeFileSync(file, JSON.stringify({ defaultModel: "gpt-4.1" }));
            const first = (0, load_1.loadConfigFor)(dir);
            assert.equal(first.config.defaultModel, "gpt-4.1");
            assert.equal((0, load_1.loadConfigFor)(dir), first, "unchanged: the cached result");
            // A different size.
            node_fs_1.default.writeFileSync(file, JSON.stringify({ budget: { perCallUsd: 1 } }));
            const second = (0, load_1.loadConfigFor)(dir);
            assert.equal(second.config.defaultModel, "gpt-4o");
            assert.equal(second.config.budget.perCallUsd, 1);
            // The same size, a later modification time.
            const sizeBefore = node_fs_1.default.statSync(file).size;
            node_fs_1.default.writeFileSync(file, JSON.stringify({ budget: { perCallUsd: 2 } }));
            assert.equal(node_fs_1.default.statSync(file).size, sizeBefore);
            const later = new Date(Date.now() + 5_000);
            node_fs_1.default.utimesSync(file, later, later);
            assert.equal((0, load_1.loadConfigFor)(dir).config.budget.perCallUsd, 2);
        });
        it("a file that becomes invalid reports the problem, and recovers when fixed", () => {
            const file = node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME);
            node_fs_1.default.writeFileSync(file, `{ "assumptions": { "turns": 3 } }`);
            assert.equal((0, load_1.loadConfigFile)(file).config.assumptions.turns, 3);
            node_fs_1.default.writeFileSync(file, `{ "assumptions": { "turns": 3 }`);
            const broken = (0, load_1.loadConfigFile)(file);
            assert.equal(broken.problems.length, 1);
            assert.ok(located(broken.problems[0]).startsWith(`${file}: not valid JSON`));
            node_fs_1.default.writeFileSync(file, `{ "assumptions": { "turns": 4 } }`);
            assert.equal((0, load_1.loadConfigFile)(file).config.assumptions.turns, 4);
            assert.deepEqual((0, load_1.loadConfigFile)(file).problems, []);
        });
        it("a file that cannot be read: named, the defaults used", () => {
            const loaded = (0, load_1.loadConfigFile)(node_path_1.default.join(dir, "missing", schema_1.CONFIG_FILE_NAME));
            assert.equal(loaded.problems.length, 1);
            assert.match(loaded.problems[0], /cannot be read/);
            assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
        });
    });
    describe("the committed JSON schema", () => {
        it("schema/costlint.config.schema.json is z.toJSONSchema(configSchema, { io: \"input\" }) (npm run schema)", () => {
            const file = node_path_1.default.join(root, "schema", "costlint.config.schema.json");
            const text = node_fs_1.default.readFileSync(file, "utf8");
            const committed = JSON.parse(text);
            assert.equal(text, `${JSON.stringify(committed, null, 2)}\n`, "2-space indentation and a trailing newline");
            // The generator may add a title; everything else is zod's conversion.
            const { title, ...rest } = committed;
            assert.ok(title === undefined || typeof title === "string");
            assert.deepEqual(rest, zod_1.z.toJSONSchema(schema_1.configSchema, { io: "input" }));
        });
        it("the defaults validate against the schema's own constraints (a spot check)", () => {
            const schema = zod_1.z.toJSONSchema(schema_1.configSchema, { io: "input" });
            assert.equal(schema.additionalProperties, false);
            assert.equal(schema.properties.defaultModel.default, "gpt-4o");
            assert.deepEqual(schema.properties.assumptions.default, { turns: 20, unresolvedTokens: 250, replyTokens: 400 });
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
            const loaded = (0, load_1.parseConfigText)(text, FILE);
            assert.equal(loaded.config.assumptions.turns, 7, "the neighbours are kept");
            assert.deepEqual((0, parse_1.ruleOptionsFrom)(loaded.config, "no-full-history"), { keepTurns: 6 }, "the unknown option dropped, the known kept");
            assert.equal(Object.getPrototypeOf(loaded.config.rules), Object.prototype, "no prototype set from the file");
            assert.equal((0, parse_1.ruleSeverityFrom)(loaded.config, key), undefined);
            for (const needle of [`${FILE}: unknown key "${key}"`, `assumptions.${key}: unknown key`, `budget.${key}: unknown key`, `rules.${key}: unknown rule`, `rules.no-full-history[1].${key}: unknown option`]) {
                problemAbout(loaded.problems, needle);
            }
            assert.ok(loaded.problems.every((p) => /^\/project\/costlint\.config\.json:\d+:\d+: /.test(p)), loaded.problems.join("\n"));
        });
    }
    it("names the line:column of each bad key", () => {
        const text = `{\n  "assumptions": {\n    "turns": "many"\n  },\n  "rules": { "no-full-history": ["warn", { "keepTurnz": 6 }] }\n}`;
        const loaded = (0, load_1.parseConfigText)(text, FILE);
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
        for (const model of loaded.pricing.models)
            assert.ok(Number.isFinite(model.inputPerMTok * model.tokenFactor), model.id);
    });
    it("a defaultModel that names no known model is reported", () => {
        const loaded = parse({ defaultModel: "gpt-9-ultra" });
        assert.match(problemAbout(loaded.problems, "defaultModel"), /"gpt-9-ultra" is not a known model/);
        assert.equal(parse({ defaultModel: "my-model", pricing: [{ id: "my-model", provider: "x", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 1000, maxOutputTokens: 100 }] }).problems.length, 0);
    });
    it("invalid JSON never quotes the file's content (it may be another file's, through a symlink)", () => {
        const loaded = (0, load_1.parseConfigText)(`TOKEN=sk-secret-value\nPASSWORD=hunter2`, FILE);
        assert.equal(loaded.problems.length, 1);
        assert.match(loaded.problems[0], /^\/project\/costlint\.config\.json:1:1: not valid JSON/);
        assert.doesNotMatch(loaded.problems[0], /secret|hunter2|TOKEN/);
    });
    describe("on disk: only a regular file of the project is read, and never blocks", () => {
        let dir;
        beforeEach(() => {
            dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-hostile-"));
            node_fs_1.default.mkdirSync(node_path_1.default.join(dir, ".git"));
        });
        afterEach(() => node_fs_1.default.rmSync(dir, { recursive: true, force: true }));
        it("a symlink to /dev/zero: one message, the defaults (returns at once)", () => {
            node_fs_1.default.symlinkSync("/dev/zero", node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME));
            const loaded = (0, load_1.loadConfigFor)(dir);
            assert.equal(loaded.problems.length, 1, loaded.problems.join("\n"));
            assert.deepEqual(loaded.config, (0, schema_1.defaultConfig)());
        });
        it("a FIFO: one message naming it not a regular file, the defaults (no read that waits for a writer)", function () {
            if (process.platform === "win32")
                return;
            const fifo = node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME);
            (0, node_child_process_1.execFileSync)("mkfifo", [fifo]);
            const loaded = (0, load_1.loadConfigFor)(dir);
            assert.equal(loaded.problems.length, 1);
            assert.match(loaded.problems[0], /not a regular file/);
        });
        it("a symlink to a file outside its folder is not read: its content never reaches a message", () => {
            const outside = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-secret-"));
            try {
                node_fs_1.default.writeFileSync(node_path_1.default.join(outside, "secrets.json"), `{ "AWS_SECRET_ACCESS_KEY": "abc123" }`);
                node_fs_1.default.symlinkSync(node_path_1.default.join(outside, "secrets.json"), node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME));
                const loaded = (0, load_1.loadConfigFor)(dir);
                assert.equal(loaded.problems.length, 1);
                assert.match(loaded.problems[0], /symbolic link to a file outside its folder/);
                assert.doesNotMatch(loaded.problems.join("\n"), /AWS|abc123/);
            }
            finally {
                node_fs_1.default.rmSync(outside, { recursive: true, force: true });
            }
        });
        it("a file above 1 MB: one message, the defaults", () => {
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME), `{ "defaultModel": "gpt-4o" ${" ".repeat(1_100_000)}}`);
            assert.match((0, load_1.loadConfigFor)(dir).problems.join("\n"), /larger than the 1\.0 MB limit/);
        });
        it("the search stops at the repository root (.git) and at a given workspace root", () => {
            const inner = node_path_1.default.join(dir, "repo");
            node_fs_1.default.mkdirSync(node_path_1.default.join(inner, "src"), { recursive: true });
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME), `{ "defaultModel": "gpt-4.1" }`);
            assert.equal((0, load_1.findConfigFile)(node_path_1.default.join(inner, "src")), node_path_1.default.join(dir, schema_1.CONFIG_FILE_NAME), "no .git below: found above");
            assert.equal((0, load_1.findConfigFile)(node_path_1.default.join(inner, "src"), inner), undefined, "the workspace root stops the search");
            node_fs_1.default.mkdirSync(node_path_1.default.join(inner, ".git"));
            assert.equal((0, load_1.findConfigFile)(node_path_1.default.join(inner, "src")), undefined, "the repository root stops the search");
        });
    });
});
//# sourceMappingURL=config.test.js.map