// Bundles the three surfaces. Type-checking is separate (tsc --noEmit).
//   dist/eslint-plugin.cjs / .mjs  the ESLint plugin (eslint and dependencies stay external); it parses with the
//                                   project's TypeScript when that has a JavaScript API of a supported major (5.x,
//                                   6.x), else with dist/typescript.cjs (src/eslint/typescript-runtime.ts)
//   dist/cli.js                     the command line tool (dependencies external; always dist/typescript.cjs: runs
//                                   with no peer installed)
//   dist/typescript.cjs             the TypeScript compiler costlint brings (the devDependency's, minified)
//   dist/extension.js               the VS Code extension (vscode external), without the engine:
//   dist/engine-api.js              the engine the extension loads on its first analysis (TypeScript, zod, rules)
import * as esbuild from "esbuild";
import fs from "node:fs";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const pkg = JSON.parse(fs.readFileSync(new URL("./package.json", import.meta.url), "utf8"));

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: production ? false : "linked",
  minify: production,
  logLevel: "warning",
  define: { COSTLINT_VERSION: JSON.stringify(pkg.version) },
};
const pluginExternal = ["eslint", ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** `typescript` in the plugin and CLI bundles: the runtime choice (src/eslint/typescript-runtime.ts). */
const typescriptRuntime = {
  name: "typescript-runtime",
  setup(build) {
    const runtime = new URL("./src/eslint/typescript-runtime.ts", import.meta.url).pathname;
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.importer === runtime ? { path: "typescript", external: true } : { path: runtime }));
    build.onResolve({ filter: /^\.\/typescript\.cjs$/ }, () => ({ path: "./typescript.cjs", external: true }));
  },
};
const withTypescript = (mode) => ({ plugins: [typescriptRuntime], define: { ...common.define, COSTLINT_TYPESCRIPT: JSON.stringify(mode) } });

const builds = [
  { ...common, entryPoints: ["src/eslint/cjs-entry.ts"], outfile: "dist/eslint-plugin.cjs", format: "cjs", external: pluginExternal, ...withTypescript("project-or-bundled") },
  { ...common, entryPoints: ["src/eslint/index.ts"], outfile: "dist/eslint-plugin.mjs", format: "esm", external: pluginExternal, ...withTypescript("project-or-bundled"),
    banner: { js: "import { createRequire as __costlintRequire } from 'node:module'; const require = __costlintRequire(import.meta.url);" } },
];
if (fs.existsSync("src/cli/main.ts")) {
  builds.push({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", format: "cjs", banner: { js: "#!/usr/bin/env node" }, external: Object.keys(pkg.dependencies ?? {}),
    ...withTypescript("bundled") });
}
if (fs.existsSync("src/vscode/extension.ts")) {
  // The engine is its own bundle, required on first use (src/vscode/engine.ts): activation and the first file's
  // diagnostics do not wait for one big bundle holding TypeScript to be read and compiled.
  const engineSeparate = {
    name: "engine-separate",
    setup(build) {
      build.onResolve({ filter: /^\.\/engine-api$/ }, () => ({ path: "./engine-api.js", external: true }));
    },
  };
  builds.push({ ...common, entryPoints: ["src/vscode/extension.ts"], outfile: "dist/extension.js", format: "cjs", external: ["vscode"], plugins: [engineSeparate] });
  builds.push({ ...common, entryPoints: ["src/vscode/engine-api.ts"], outfile: "dist/engine-api.js", format: "cjs", external: ["vscode"] });
}

if (process.argv.includes("--schema")) {
  await writeConfigSchema();
  process.exit(0);
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const started = Date.now();
  await Promise.all([...builds.map((options) => esbuild.build(options)), writeTypescript()]);
  if (fs.existsSync("dist/cli.js")) fs.chmodSync("dist/cli.js", 0o755);
  writePluginTypes();
  console.log(`esbuild: ${builds.length} bundles in ${Date.now() - started} ms${production ? " (production)" : ""}`);
}

/**
 * dist/typescript.cjs: the devDependency's compiler, minified (3.6 MB instead of 9 MB), for the plugin's fallback
 * and the CLI. Rebuilt only when the devDependency's version changes.
 */
async function writeTypescript() {
  const { version } = JSON.parse(fs.readFileSync(new URL("./node_modules/typescript/package.json", import.meta.url), "utf8"));
  const out = "dist/typescript.cjs";
  const banner = `/* typescript ${version} (Apache-2.0, https://github.com/microsoft/TypeScript), minified for costlint */`;
  if (fs.existsSync(out) && fs.readFileSync(out, "utf8").startsWith(banner)) return;
  await esbuild.build({
    entryPoints: ["node_modules/typescript/lib/typescript.js"], outfile: out, bundle: false, minify: true,
    platform: "node", format: "cjs", target: "node20", logLevel: "warning", banner: { js: banner },
  });
}

/** Declarations for `costlint/eslint-plugin` (CommonJS and ESM). */
function writePluginTypes() {
  const body = `import type { ESLint, Linter, Rule } from "eslint";
interface CostlintPlugin extends ESLint.Plugin {
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config; all: Linter.Config };
}
declare const plugin: CostlintPlugin;
`;
  fs.writeFileSync("dist/eslint-plugin.d.cts", `${body}export = plugin;\n`);
  fs.writeFileSync("dist/eslint-plugin.d.mts", `${body}export default plugin;\nexport { plugin };\n`);
}

/** schema/costlint.config.schema.json: the JSON schema of costlint.config.json, from the one zod schema. */
async function writeConfigSchema() {
  const result = await esbuild.build({ ...common, sourcemap: false, entryPoints: ["src/core/config/schema.ts"], format: "cjs", write: false });
  const module = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(module, module.exports, (await import("node:module")).createRequire(import.meta.url));
  const { configSchema } = module.exports;
  const { z } = await import("zod");
  const schema = { ...z.toJSONSchema(configSchema, { io: "input" }), title: "costlint configuration (costlint.config.json)" };
  fs.mkdirSync("schema", { recursive: true });
  fs.writeFileSync("schema/costlint.config.schema.json", `${JSON.stringify(schema, null, 2)}\n`);
  console.log("wrote schema/costlint.config.schema.json");
}
