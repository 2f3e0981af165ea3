import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookup, thisClass, type Declaration, type FileIndex } from "../syntax/file-index";

/**
 * Where a value comes from: an export of a module, possibly instantiated, then a property path.
 * `new OpenAI().chat.completions` is { module: "openai", exportName: "default", instance: true, path: ["chat","completions"] }.
 */
export interface Origin {
  module: string;
  exportName: string;
  instance: boolean;
  path: string[];
  /** For AI SDK model objects: the model id given to the provider (`openai("gpt-4o")`). */
  modelId?: string;
  /** The node where the instance was created (`new OpenAI({...})`), to read client-level options. */
  construction?: ts.NewExpression | ts.CallExpression;
  /** An AI SDK provider model (`openai("gpt-4o")`). */
  aiModel?: boolean;
}

const MAX_DEPTH = 12;

/**
 * What the tracer needs to know of libraries, given by the layer that knows them (src/core/sdk): the tracer
 * itself knows no SDK.
 */
export interface TraceKnowledge {
  /** Functions that wrap a client and return it: `wrapOpenAI(new OpenAI())` is the client. */
  clientWrappers: ReadonlySet<string>;
  /** Instance methods that return (a configured copy of) the same instance: `model.bindTools(tools)`. */
  passthroughMethods: ReadonlySet<string>;
  /** What a call returns when the callee is a library export or method the SDK knowledge describes. */
  callResult?(callee: Origin, call: ts.CallExpression): Origin | undefined;
}

/** Turns `{ exportName: "*", path: ["generateText"] }` into `{ exportName: "generateText", path: [] }`. */
function normalize(origin: Origin): Origin {
  if ((origin.exportName === "*" || origin.exportName === "require") && !origin.instance && origin.path.length > 0) {
    const [head, ...rest] = origin.path;
    if (head === "default") return normalize({ ...origin, exportName: "default", path: rest });
    return { ...origin, exportName: head!, path: rest };
  }
  return origin;
}

export class Tracer {
  private readonly cache = new Map<ts.Node, Origin | null>();
  private readonly active = new Set<ts.Node>();

  constructor(
    private readonly index: FileIndex,
    private readonly knowledge: TraceKnowledge,
  ) {}

  /** The origin of an expression's value, when it can be traced to an import within the file. */
  trace(node: ts.Expression, depth = 0): Origin | undefined {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > MAX_DEPTH || this.active.has(node)) return undefined;
    this.active.add(node);
    let result: Origin | undefined;
    try {
      result = this.compute(node, depth);
    } finally {
      this.active.delete(node);
    }
    this.cache.set(node, result ?? null);
    return result;
  }

  private compute(node: ts.Expression, depth: number): Origin | undefined {
    const expr = unwrap(node);
    if (ts.isIdentifier(expr)) {
      const decl = lookup(this.index, expr.text, expr);
      return decl ? this.traceDeclaration(decl, depth) : undefined;
    }
    if (ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) {
      const name = ts.isPropertyAccessExpression(expr)
        ? expr.name.text
        : ts.isStringLiteralLike(expr.argumentExpression)
          ? expr.argumentExpression.text
          : undefined;
      if (name === undefined) return undefined;
      if (expr.expression.kind === ts.SyntaxKind.ThisKeyword) return this.traceThisField(expr, name, depth);
      const base = this.trace(expr.expression, depth + 1);
      return base ? normalize({ ...base, path: [...base.path, name] }) : undefined;
    }
    if (ts.isNewExpression(expr)) {
      const callee = this.trace(expr.expression, depth + 1);
      if (!callee || callee.instance) return undefined;
      if (callee.path.length > 0) return undefined;
      return { ...callee, instance: true, construction: expr };
    }
    if (ts.isCallExpression(expr)) return this.traceCallResult(expr, depth);
    if (ts.isConditionalExpression(expr)) {
      return this.trace(expr.whenTrue, depth + 1) ?? this.trace(expr.whenFalse, depth + 1);
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return this.trace(expr.left, depth + 1) ?? this.trace(expr.right, depth + 1);
      }
      if (op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.EqualsToken) {
        return this.trace(expr.right, depth + 1);
      }
    }
    return undefined;
  }

  private traceDeclaration(decl: Declaration, depth: number): Origin | undefined {
    let origin: Origin | undefined;
    if (decl.kind === "import") {
      origin = { module: decl.module!, exportName: decl.importName!, instance: false, path: [] };
    } else if (decl.kind === "variable" || decl.kind === "parameter") {
      if (decl.init) origin = this.trace(decl.init, depth + 1);
      if (!origin && decl.type) origin = this.traceType(decl.type, depth);
      if (!origin && decl.kind === "parameter" && ts.isParameter(decl.node)) origin = this.traceCallbackParameter(decl.node, depth);
    }
    if (!origin) return undefined;
    if (decl.path && decl.path.length > 0) {
      const path = decl.path.filter((p) => p !== "[]");
      return normalize({ ...origin, path: [...origin.path, ...path] });
    }
    return normalize(origin);
  }

  /** `client: OpenAI` or `model: ChatOpenAI`: a typed parameter or field holds an instance of the imported class. */
  traceType(type: ts.TypeNode, depth: number): Origin | undefined {
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const decl = lookup(this.index, type.typeName.text, type);
      if (decl?.kind === "import") {
        const origin = normalize({ module: decl.module!, exportName: decl.importName!, instance: false, path: [] });
        return origin.path.length === 0 ? { ...origin, instance: true } : undefined;
      }
    }
    if (ts.isTypeReferenceNode(type) && ts.isQualifiedName(type.typeName) && ts.isIdentifier(type.typeName.left)) {
      const decl = lookup(this.index, type.typeName.left.text, type);
      if (decl?.kind === "import" && (decl.importName === "*" || decl.importName === "default")) {
        return normalize({ module: decl.module!, exportName: "*", instance: false, path: [type.typeName.right.text] }).path.length === 0
          ? { module: decl.module!, exportName: type.typeName.right.text, instance: true, path: [] }
          : undefined;
      }
    }
    if (ts.isUnionTypeNode(type)) {
      for (const member of type.types) {
        const origin = this.traceType(member, depth);
        if (origin) return origin;
      }
    }
    return undefined;
  }

  /** MCP's `server.tool(..., async (args, extra) => ...)` parameters are not origins; nothing is inferred here yet. */
  private traceCallbackParameter(_param: ts.ParameterDeclaration, _depth: number): Origin | undefined {
    return undefined;
  }

  private traceThisField(expr: ts.Expression, name: string, depth: number): Origin | undefined {
    const cls = thisClass(expr);
    if (!cls) return undefined;
    const field = this.index.classFields.get(cls)?.get(name);
    if (!field) return undefined;
    for (const init of field.inits) {
      const origin = this.trace(init, depth + 1);
      if (origin) return origin;
    }
    return field.type ? this.traceType(field.type, depth) : undefined;
  }

  private traceCallResult(call: ts.CallExpression, depth: number): Origin | undefined {
    // Dynamic import and require: the module namespace.
    if (call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === "require")) {
      const arg = call.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) {
        return {
          module: arg.text,
          exportName: call.expression.kind === ts.SyntaxKind.ImportKeyword ? "*" : "require",
          instance: false,
          path: [],
        };
      }
      return undefined;
    }
    const calleeExpr = unwrap(call.expression);
    // Wrappers: wrapOpenAI(new OpenAI()) is the client.
    if (ts.isIdentifier(calleeExpr) && this.knowledge.clientWrappers.has(calleeExpr.text) && call.arguments[0]) {
      const inner = this.trace(call.arguments[0], depth + 1);
      if (inner) return inner;
    }
    const callee = this.trace(calleeExpr, depth + 1);
    if (!callee) return undefined;
    // Configured copies of a model: model.bindTools(tools), model.withStructuredOutput(schema).
    const last = callee.path[callee.path.length - 1];
    if (callee.instance && last && this.knowledge.passthroughMethods.has(last)) {
      return { ...callee, path: callee.path.slice(0, -1) };
    }
    return this.knowledge.callResult?.(callee, call);
    return undefined;
  }
}

