#!/usr/bin/env node
// Packages the extension: `npm run package` = production bundle, then this. The repository's package.json
// has a "files" list (for the npm package: ESLint plugin and CLI) and vsce refuses "files" together with
// a .vscodeignore, so vsce runs in a staging folder holding package.json without "files", the
// .vscodeignore (the authority on what the .vsix holds) and the candidate files. Offline; no prompts.
//   node test/vscode/package-vsix.mjs [--out costlint.vsix]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({ options: { out: { type: "string", default: "costlint.vsix" } } });
const out = path.resolve(root, values.out);
const stage = path.join(root, ".vscode-test/vsix-stage");

for (const bundleFile of ["dist/extension.js", "dist/engine-api.js"]) {
  if (!fs.existsSync(path.join(root, bundleFile))) {
    console.error(`package-vsix: ${bundleFile} is missing: run node esbuild.mjs --production first`);
    process.exit(1);
  }
}
const bundle = fs.readFileSync(path.join(root, "dist/extension.js"), "utf8");
if (/\/\/# sourceMappingURL=/.test(bundle.slice(-300))) {
  // A development build (linked source map, not minified) replaced the production one (another `npm run build`?).
  console.error("package-vsix: dist/extension.js is a development build: run node esbuild.mjs --production first");
  process.exit(1);
}
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });

const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
delete pkg.files;
fs.writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);

// Candidates; .vscodeignore decides what of them goes in.
const candidates = [".vscodeignore", "dist/extension.js", "dist/engine-api.js", "README.md", "LICENSE", "LICENSE.md", "CHANGELOG.md", "media", "docs/rules", "schema"];
for (const rel of candidates) {
  const from = path.join(root, rel);
  if (fs.existsSync(from)) fs.cpSync(from, path.join(stage, rel), { recursive: true });
}
// The Marketplace page speaks to users: docs/marketplace.md is the .vsix's README (the repository's README is the
// developers' page).
const marketplace = path.join(root, "docs/marketplace.md");
if (fs.existsSync(marketplace)) fs.copyFileSync(marketplace, path.join(stage, "README.md"));
if (!fs.existsSync(path.join(stage, "README.md"))) {
  fs.writeFileSync(path.join(stage, "README.md"), `# ${pkg.displayName ?? pkg.name}\n\n${pkg.description ?? ""}\n`);
  console.warn("package-vsix: no README.md at the repository root: a one-line stand-in was packaged");
}

const vsce = path.join(root, "node_modules/@vscode/vsce/vsce");
// Relative links and images of the README resolve against the repository the rule docs live in.
const repository = "https://github.com/costlint/costlint";
execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--skip-license",
  "--baseContentUrl", `${repository}/blob/main/`, "--baseImagesUrl", `${repository}/raw/main/`, "--out", out], {
  cwd: stage,
  stdio: "inherit",
  env: { ...process.env, VSCE_TELEMETRY: "0" },
});
const listing = execFileSync("unzip", ["-l", out], { encoding: "utf8" });
console.log(listing.trim().split("\n").slice(3, -2).map((l) => l.trim().split(/\s+/).slice(3).join(" ")).join("\n"));
console.log(`package-vsix: ${path.relative(root, out)} ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
