// The project's own lint: typescript-eslint's recommended rules, the engine's import boundary,
// and costlint itself (its `all` config) on this repository's code.
import tseslint from "typescript-eslint";
import costlint from "./dist/eslint-plugin.mjs";

/** src/core imports no adapter and neither host. */
const ADAPTER_PATHS = [
  { name: "vscode", message: "src/core is the editor-agnostic engine: adapters live in src/vscode." },
  { name: "eslint", message: "src/core is the linter-agnostic engine: adapters live in src/eslint." },
];
const ADAPTER_PATTERN = { group: ["**/vscode/**", "**/eslint/**", "**/cli/**"], message: "src/core must not import an adapter." };

export default tseslint.config(
  { ignores: ["node_modules/", "out/", "dist/", ".vscode-test/", "test/fixtures/", "test/vscode/fixtures/", "test/consumer/project/", "examples/", "bench/.cache/", "**/*.mjs", "media/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ADAPTER_PATHS,
          patterns: [ADAPTER_PATTERN],
        },
      ],
    },
  },
  // The engine's floors: each folder imports only from the floors below it
  // (syntax -> project -> sdk -> detectors -> rules, cost).
  ...[
    ["syntax", ["project", "sdk", "detectors", "rules", "cost", "config"]],
    ["project", ["sdk", "detectors", "rules", "cost", "config"]],
    ["sdk", ["detectors", "rules", "cost", "config"]],
    ["detectors", ["rules", "cost", "config"]],
  ].map(([floor, above]) => ({
    files: [`src/core/${floor}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ADAPTER_PATHS,
          patterns: [
            ADAPTER_PATTERN,
            {
              group: above.flatMap((f) => [`../${f}/*`, `../${f}`, `../../${f}/*`]),
              message: `src/core/${floor} sits below ${above.join(", ")}: it may not import from them (docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  })),
  { files: ["src/**/*.ts"], ...costlint.configs.all },
);
