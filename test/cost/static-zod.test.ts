import * as assert from "node:assert/strict";
import ts from "typescript";
import { z } from "zod";
import { zodToJsonStatic } from "../../src/core/cost/static-zod";
import { parseSource } from "../../src/core/engine";
import { buildFileIndex } from "../../src/core/syntax/file-index";

/** Converts the zod expression `expression` (the last `const schema = ...` of a file) statically. */
function convert(expression: string, prelude = ""): ReturnType<typeof zodToJsonStatic> {
  const sourceFile = parseSource("schema.ts", `import { z } from "zod";\n${prelude}\nconst schema = ${expression};\n`);
  const last = sourceFile.statements[sourceFile.statements.length - 1]!;
  assert.ok(ts.isVariableStatement(last));
  const init = last.declarationList.declarations[0]!.initializer;
  return zodToJsonStatic(buildFileIndex(sourceFile), init);
}

/** zod's own conversion, as the AI SDK calls it (draft-7, input side), without the `$schema` keyword. */
function zodJson(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-7", io: "input" }) as Record<string, unknown>;
  return rest;
}

interface Case {
  name: string;
  /** The zod code as written in a file. */
  code: string;
  /** The same schema, built, to check that `expected` is what zod itself produces. */
  built: z.ZodType;
  /** The JSON schema, written out by hand. */
  expected: Record<string, unknown>;
  prelude?: string;
}

const CASES: Case[] = [
  {
    name: "object of string, number and boolean: all required",
    code: `z.object({ city: z.string(), days: z.number(), metric: z.boolean() })`,
    built: z.object({ city: z.string(), days: z.number(), metric: z.boolean() }),
    expected: {
      type: "object",
      properties: { city: { type: "string" }, days: { type: "number" }, metric: { type: "boolean" } },
      required: ["city", "days", "metric"],
    },
  },
  {
    name: "enum of strings",
    code: `z.enum(["celsius", "fahrenheit"])`,
    built: z.enum(["celsius", "fahrenheit"]),
    expected: { type: "string", enum: ["celsius", "fahrenheit"] },
  },
  {
    name: "array of strings",
    code: `z.array(z.string())`,
    built: z.array(z.string()),
    expected: { type: "array", items: { type: "string" } },
  },
  {
    name: "optional keys are not required",
    code: `z.object({ q: z.string(), limit: z.number().optional(), lang: z.string().optional() })`,
    built: z.object({ q: z.string(), limit: z.number().optional(), lang: z.string().optional() }),
    expected: { type: "object", properties: { q: { type: "string" }, limit: { type: "number" }, lang: { type: "string" } }, required: ["q"] },
  },
  {
    name: "an object whose keys are all optional has no required list",
    code: `z.object({ a: z.string().optional() })`,
    built: z.object({ a: z.string().optional() }),
    expected: { type: "object", properties: { a: { type: "string" } } },
  },
  {
    name: "describe, before or after optional",
    code: `z.object({ a: z.string().describe("First").optional(), b: z.number().optional().describe("Second") })`,
    built: z.object({ a: z.string().describe("First").optional(), b: z.number().optional().describe("Second") }),
    expected: { type: "object", properties: { a: { type: "string", description: "First" }, b: { type: "number", description: "Second" } } },
  },
  {
    name: "describe with a const string",
    prelude: `const HELP = "The city, e.g. Paris";`,
    code: `z.string().describe(HELP)`,
    built: z.string().describe("The city, e.g. Paris"),
    expected: { type: "string", description: "The city, e.g. Paris" },
  },
  {
    name: "nullable of a bare type: a type array",
    code: `z.string().nullable()`,
    built: z.string().nullable(),
    expected: { type: ["string", "null"] },
  },
  {
    name: "nullable then describe",
    code: `z.number().nullable().describe("Age")`,
    built: z.number().nullable().describe("Age"),
    expected: { type: ["number", "null"], description: "Age" },
  },
  {
    name: "nullable of a described type stays anyOf",
    code: `z.string().describe("Name").nullable()`,
    built: z.string().describe("Name").nullable(),
    expected: { anyOf: [{ type: "string", description: "Name" }, { type: "null" }] },
  },
  {
    name: "nullable object stays anyOf",
    code: `z.object({ x: z.number() }).nullable()`,
    built: z.object({ x: z.number() }).nullable(),
    expected: { anyOf: [{ type: "object", properties: { x: { type: "number" } }, required: ["x"] }, { type: "null" }] },
  },
  {
    name: "string min and max",
    code: `z.string().min(1).max(100)`,
    built: z.string().min(1).max(100),
    expected: { type: "string", minLength: 1, maxLength: 100 },
  },
  {
    name: "string length",
    code: `z.string().length(2)`,
    built: z.string().length(2),
    expected: { type: "string", minLength: 2, maxLength: 2 },
  },
  {
    name: "number min and max",
    code: `z.number().min(0).max(10)`,
    built: z.number().min(0).max(10),
    expected: { type: "number", minimum: 0, maximum: 10 },
  },
  {
    name: "array min and max",
    code: `z.array(z.string()).min(1).max(5)`,
    built: z.array(z.string()).min(1).max(5),
    expected: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 5 },
  },
  {
    name: "union of bare types: a type array",
    code: `z.union([z.string(), z.number()])`,
    built: z.union([z.string(), z.number()]),
    expected: { type: ["string", "number"] },
  },
  {
    name: "union of objects: anyOf",
    code: `z.union([z.object({ a: z.string() }), z.object({ b: z.number() })])`,
    built: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]),
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
    built: z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b"), n: z.number() })]),
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
    built: z.record(z.string(), z.number()),
    expected: { type: "object", propertyNames: { type: "string" }, additionalProperties: { type: "number" } },
  },
  {
    name: "string literal",
    code: `z.literal("auto")`,
    built: z.literal("auto"),
    expected: { type: "string", const: "auto" },
  },
  {
    name: "number and boolean literals",
    code: `z.object({ v: z.literal(2), on: z.literal(true) })`,
    built: z.object({ v: z.literal(2), on: z.literal(true) }),
    expected: { type: "object", properties: { v: { type: "number", const: 2 }, on: { type: "boolean", const: true } }, required: ["v", "on"] },
  },
  {
    name: "literal of several values",
    code: `z.literal(["low", "high"])`,
    built: z.literal(["low", "high"]),
    expected: { type: "string", enum: ["low", "high"] },
  },
  {
    name: "strictObject forbids other keys",
    code: `z.strictObject({ id: z.string() })`,
    built: z.strictObject({ id: z.string() }),
    expected: { type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: false },
  },
  {
    name: "looseObject allows any other key",
    code: `z.looseObject({ id: z.string() })`,
    built: z.looseObject({ id: z.string() }),
    expected: { type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: {} },
  },
  {
    name: "nullish: optional and nullable",
    code: `z.object({ note: z.string().nullish() })`,
    built: z.object({ note: z.string().nullish() }),
    expected: { type: "object", properties: { note: { type: ["string", "null"] } } },
  },
  {
    name: "default: not required on input, with the default",
    code: `z.object({ unit: z.string().default("metric") })`,
    built: z.object({ unit: z.string().default("metric") }),
    expected: { type: "object", properties: { unit: { type: "string", default: "metric" } } },
  },
  {
    name: ".array() and .or()",
    code: `z.object({ tags: z.string().array(), id: z.string().or(z.number()) })`,
    built: z.object({ tags: z.string().array(), id: z.string().or(z.number()) }),
    expected: { type: "object", properties: { tags: { type: "array", items: { type: "string" } }, id: { type: ["string", "number"] } }, required: ["tags", "id"] },
  },
  {
    name: "nested objects and arrays of objects",
    code: `z.object({ user: z.object({ name: z.string().describe("Full name") }), items: z.array(z.object({ sku: z.string(), qty: z.number().min(1) })).optional() }).describe("An order")`,
    built: z
      .object({ user: z.object({ name: z.string().describe("Full name") }), items: z.array(z.object({ sku: z.string(), qty: z.number().min(1) })).optional() })
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
    built: z.object({ unit: z.enum(["c", "f"]).describe("Unit"), where: z.object({ city: z.string() }).optional(), units: z.array(z.enum(["c", "f"])) }),
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
    const cases: { code: string; prelude?: string; unresolved: number; schema: Record<string, unknown> }[] = [
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
      const sourceFile = parseSource("schema.ts", `import { z } from "zod";\nexport function make(shape: z.ZodRawShape) { return z.object({ inner: shape }); }`);
      const fn = sourceFile.statements[1] as ts.FunctionDeclaration;
      const ret = fn.body!.statements[0] as ts.ReturnStatement;
      const result = zodToJsonStatic(buildFileIndex(sourceFile), ret.expression);
      assert.equal(result.unresolved, 1);
      assert.deepEqual(result.schema, { type: "object", properties: { inner: {} }, required: ["inner"] });
    });
  });
});
