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
const typescript_1 = __importDefault(require("typescript"));
const zod_1 = require("zod");
const static_zod_1 = require("../../src/core/cost/static-zod");
const engine_1 = require("../../src/core/engine");
const file_index_1 = require("../../src/core/syntax/file-index");
/** Converts the zod expression `expression` (the last `const schema = ...` of a file) statically. */
function convert(expression, prelude = "") {
    const sourceFile = (0, engine_1.parseSource)("schema.ts", `import { z } from "zod";\n${prelude}\nconst schema = ${expression};\n`);
    const last = sourceFile.statements[sourceFile.statements.length - 1];
    assert.ok(typescript_1.default.isVariableStatement(last));
    const init = last.declarationList.declarations[0].initializer;
    return (0, static_zod_1.zodToJsonStatic)((0, file_index_1.buildFileIndex)(sourceFile), init);
}
/** zod's own conversion, as the AI SDK calls it (draft-7, input side), without the `$schema` keyword. */
function zodJson(schema) {
    const { $schema: _ignored, ...rest } = zod_1.z.toJSONSchema(schema, { target: "draft-7", io: "input" });
    return rest;
}
const CASES = [
    {
        name: "object of string, number and boolean: all required",
        code: `z.object({ city: z.string(), days: z.number(), metric: z.boolean() })`,
        built: zod_1.z.object({ city: zod_1.z.string(), days: zod_1.z.number(), metric: zod_1.z.boolean() }),
        expected: {
            type: "object",
            properties: { city: { type: "string" }, days: { type: "number" }, metric: { type: "boolean" } },
            required: ["city", "days", "metric"],
        },
    },
    {
        name: "enum of strings",
        code: `z.enum(["celsius", "fahrenheit"])`,
        built: zod_1.z.enum(["celsius", "fahrenheit"]),
        expected: { type: "string", enum: ["celsius", "fahrenheit"] },
    },
    {
        name: "array of strings",
        code: `z.array(z.string())`,
        built: zod_1.z.array(zod_1.z.string()),
        expected: { type: "array", items: { type: "string" } },
    },
    {
        name: "optional keys are not required",
        code: `z.object({ q: z.string(), limit: z.number().optional(), lang: z.string().optional() })`,
        built: zod_1.z.object({ q: zod_1.z.string(), limit: zod_1.z.number().optional(), lang: zod_1.z.string().optional() }),
        expected: { type: "object", properties: { q: { type: "string" }, limit: { type: "number" }, lang: { type: "string" } }, required: ["q"] },
    },
    {
        name: "an object whose keys are all optional has no required list",
        code: `z.object({ a: z.string().optional() })`,
        built: zod_1.z.object({ a: zod_1.z.string().optional() }),
        expected: { type: "object", properties: { a: { type: "string" } } },
    },
    {
        name: "describe, before or after optional",
        code: `z.object({ a: z.string().describe("First").optional(), b: z.number().optional().describe("Second") })`,
        built: zod_1.z.object({ a: zod_1.z.string().describe("First").optional(), b: zod_1.z.number().optional().describe("Second") }),
        expected: { type: "object", properties: { a: { type: "string", description: "First" }, b: { type: "number", description: "Second" } } },
    },
    {
        name: "describe with a const string",
        prelude: `const HELP = "The city, e.g. Paris";`,
        code: `z.string().describe(HELP)`,
        built: zod_1.z.string().describe("The city, e.g. Paris"),
        expected: { type: "string", description: "The city, e.g. Paris" },
    },
    {
        name: "nullable of a bare type: a type array",
        code: `z.string().nullable()`,
        built: zod_1.z.string().nullable(),
        expected: { type: ["string", "null"] },
    },
    {
        name: "nullable then describe",
        code: `z.number().nullable().describe("Age")`,
        built: zod_1.z.number().nullable().describe("Age"),
        expected: { type: ["number", "null"], description: "Age" },
    },
    {
        name: "nullable of a described type stays anyOf",
        code: `z.string().describe("Name").nullable()`,
        built: zod_1.z.string().describe("Name").nullable(),
        expected: { anyOf: [{ type: "string", description: "Name" }, { type: "null" }] },
    },
    {
        name: "nullable object stays anyOf",
        code: `z.object({ x: z.number() }).nullable()`,
        built: zod_1.z.object({ x: zod_1.z.number() }).nullable(),
        expected: { anyOf: [{ type: "object", properties: { x: { type: "number" } }, required: ["x"] }, { type: "null" }] },
    },
    {
        name: "string min and max",
        code: `z.string().min(1).max(100)`,
        built: zod_1.z.string().min(1).max(100),
        expected: { type: "string", minLength: 1, maxLength: 100 },
    },
    {
        name: "string length",
        code: `z.string().length(2)`,
        built: zod_1.z.string().length(2),
        expected: { type: "string", minLength: 2, maxLength: 2 },
    },
    {
        name: "number min and max",
        code: `z.number().min(0).max(10)`,
        built: zod_1.z.number().min(0).max(10),
        expected: { type: "number", minimum: 0, maximum: 10 },
    },
    {
        name: "array min and max",
        code: `z.array(z.string()).min(1).max(5)`,
        built: zod_1.z.array(zod_1.z.string()).min(1).max(5),
        expected: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 5 },
    },
    {
        name: "union of bare types: a type array",
        code: `z.union([z.string(), z.number()])`,
        built: zod_1.z.union([zod_1.z.string(), zod_1.z.number()]),
        expected: { type: ["string", "number"] },
    },
    {
        name: "union of objects: anyOf",
        code: `z.union([z.object({ a: z.string() }), z.object({ b: z.number() })])`,
        built: zod_1.z.union([zod_1.z.object({ a: zod_1.z.string() }), zod_1.z.object({ b: zod_1.z.number() })]),
        expected: {
            anyOf: [
                { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
                { type: "object", properties: { b: { type: "number" } }, required: ["b"] },
            ],
        },
    },
    {
        name: "discriminated union: oneOf",
        code: `z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b"), n: z.number() })])`,
        built: zod_1.z.discriminatedUnion("kind", [zod_1.z.object({ kind: zod_1.z.literal("a") }), zod_1.z.object({ kind: zod_1.z.literal("b"), n: zod_1.z.number() })]),
        expected: {
            oneOf: [
                { type: "object", properties: { kind: { type: "string", const: "a" } }, required: ["kind"] },
                { type: "object", properties: { kind: { type: "string", const: "b" }, n: { type: "number" } }, required: ["kind", "n"] },
            ],
        },
    },
    {
        name: "record",
        code: `z.record(z.string(), z.number())`,
        built: zod_1.z.record(zod_1.z.string(), zod_1.z.number()),
        expected: { type: "object", propertyNames: { type: "string" }, additionalProperties: { type: "number" } },
    },
    {
        name: "string literal",
        code: `z.literal("auto")`,
        built: zod_1.z.literal("auto"),
        expected: { type: "string", const: "auto" },
    },
    {
        name: "number and boolean literals",
        code: `z.object({ v: z.literal(2), on: z.literal(true) })`,
        built: zod_1.z.object({ v: zod_1.z.literal(2), on: zod_1.z.literal(true) }),
        expected: { type: "object", properties: { v: { type: "number", const: 2 }, on: { type: "boolean", const: true } }, required: ["v", "on"] },
    },
    {
        name: "literal of several values",
        code: `z.literal(["low", "high"])`,
        built: zod_1.z.literal(["low", "high"]),
        expected: { type: "string", enum: ["low", "high"] },
    },
    {
        name: "strictObject forbids other keys",
        code: `z.strictObject({ id: z.string() })`,
        built: zod_1.z.strictObject({ id: zod_1.z.string() }),
        expected: { type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: false },
    },
    {
        name: "looseObject allows any other key",
        code: `z.looseObject({ id: z.string() })`,
        built: zod_1.z.looseObject({ id: zod_1.z.string() }),
        expected: { type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: {} },
    },
    {
        name: "nullish: optional and nullable",
        code: `z.object({ note: z.string().nullish() })`,
        built: zod_1.z.object({ note: zod_1.z.string().nullish() }),
        expected: { type: "object", properties: { note: { type: ["string", "null"] } } },
    },
    {
        name: "default: not required on input, with the default",
        code: `z.object({ unit: z.string().default("metric") })`,
        built: zod_1.z.object({ unit: zod_1.z.string().default("metric") }),
        expected: { type: "object", properties: { unit: { type: "string", default: "metric" } } },
    },
    {
        name: ".array() and .or()",
        code: `z.object({ tags: z.string().array(), id: z.string().or(z.number()) })`,
        built: zod_1.z.object({ tags: zod_1.z.string().array(), id: zod_1.z.string().or(zod_1.z.number()) }),
        expected: { type: "object", properties: { tags: { type: "array", items: { type: "string" } }, id: { type: ["string", "number"] } }, required: ["tags", "id"] },
    },
    {
        name: "nested objects and arrays of objects",
        code: `z.object({ user: z.object({ name: z.string().describe("Full name") }), items: z.array(z.object({ sku: z.string(), qty: z.number().min(1) })).optional() }).describe("An order")`,
        built: zod_1.z
            .object({ user: zod_1.z.object({ name: zod_1.z.string().describe("Full name") }), items: zod_1.z.array(zod_1.z.object({ sku: zod_1.z.string(), qty: zod_1.z.number().min(1) })).optional() })
            .describe("An order"),
        expected: {
            type: "object",
            description: "An order",
            properties: {
                user: { type: "object", properties: { name: { type: "string", description: "Full name" } }, required: ["name"] },
                items: {
                    type: "array",
                    items: { type: "object", properties: { sku: { type: "string" }, qty: { type: "number", minimum: 1 } }, required: ["sku", "qty"] },
                },
            },
            required: ["user"],
        },
    },
    {
        name: "schemas held in consts, and methods called on them",
        prelude: `const Unit = z.enum(["c", "f"]);\nconst Base = z.object({ city: z.string() });`,
        code: `z.object({ unit: Unit.describe("Unit"), where: Base.optional(), units: z.array(Unit) })`,
        built: zod_1.z.object({ unit: zod_1.z.enum(["c", "f"]).describe("Unit"), where: zod_1.z.object({ city: zod_1.z.string() }).optional(), units: zod_1.z.array(zod_1.z.enum(["c", "f"])) }),
        expected: {
            type: "object",
            properties: {
                unit: { type: "string", enum: ["c", "f"], description: "Unit" },
                where: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
                units: { type: "array", items: { type: "string", enum: ["c", "f"] } },
            },
            required: ["unit", "units"],
        },
    },
];
describe("zodToJsonStatic", () => {
    for (const c of CASES) {
        it(`${c.name}: ${c.code}`, () => {
            const result = convert(c.code, c.prelude);
            assert.deepEqual(result.schema, c.expected);
            assert.equal(result.unresolved, 0);
        });
        it(`${c.name}: the expected schema is zod's own conversion`, () => {
            assert.deepEqual(zodJson(c.built), c.expected);
        });
    }
    it("marks an optional schema as optional (and a plain one as not)", () => {
        assert.equal(convert(`z.string().optional()`).optional, true);
        assert.equal(convert(`z.string().default("x")`).optional, true);
        assert.equal(convert(`z.string()`).optional, false);
    });
    describe("parts it cannot read count as unresolved", () => {
        const cases = [
            { code: `z.custom<Date>()`, unresolved: 1, schema: {} },
            { code: `z.lazy(() => z.string())`, unresolved: 1, schema: {} },
            { code: `z.instanceof(Date)`, unresolved: 1, schema: {} },
            { code: `makeSchema()`, unresolved: 1, schema: {} },
            { code: `z.enum(VALUES)`, prelude: `declare const VALUES: [string, ...string[]];`, unresolved: 1, schema: {} },
            {
                code: `z.object({ a: z.string(), b: z.custom<Foo>(), c: z.lazy(() => Node) })`,
                unresolved: 2,
                schema: { type: "object", properties: { a: { type: "string" }, b: {}, c: {} }, required: ["a", "b", "c"] },
            },
            {
                code: `z.object({ ...Base.shape, extra: z.boolean() })`,
                prelude: `const Base = z.object({ id: z.string() });`,
                unresolved: 1,
                schema: { type: "object", properties: { extra: { type: "boolean" } }, required: ["extra"] },
            },
            {
                code: `z.array(z.object({ when: z.date(), who: externalSchema }))`,
                unresolved: 1,
                schema: { type: "array", items: { type: "object", properties: { when: { type: "string", format: "date-time" }, who: {} }, required: ["when", "who"] } },
            },
            {
                code: `z.union([z.string(), z.custom<X>(), z.lazy(() => Y)])`,
                unresolved: 2,
                schema: { anyOf: [{ type: "string" }, {}, {}] },
            },
        ];
        for (const c of cases) {
            it(`${c.code}: ${c.unresolved} unresolved`, () => {
                const result = convert(c.code, c.prelude);
                assert.equal(result.unresolved, c.unresolved);
                assert.deepEqual(result.schema, c.schema);
            });
        }
        it("a parameter is not a schema it can read", () => {
            const sourceFile = (0, engine_1.parseSource)("schema.ts", `import { z } from "zod";\nexport function make(shape: z.ZodRawShape) { return z.object({ inner: shape }); }`);
            const fn = sourceFile.statements[1];
            const ret = fn.body.statements[0];
            const result = (0, static_zod_1.zodToJsonStatic)((0, file_index_1.buildFileIndex)(sourceFile), ret.expression);
            assert.equal(result.unresolved, 1);
            assert.deepEqual(result.schema, { type: "object", properties: { inner: {} }, required: ["inner"] });
        });
    });
});
//# sourceMappingURL=static-zod.test.js.map