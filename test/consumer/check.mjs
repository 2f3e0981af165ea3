// Reads `eslint -f json` output on stdin and compares each file's findings (line:rule) with the expected ones.
//   node check.mjs LABEL < report.json
import fs from "node:fs";

const EXPECTED = ["6:costlint/no-unbounded-retry", "6:costlint/require-retry-backoff", "8:costlint/require-max-tokens"];
const label = process.argv[2];
const report = JSON.parse(fs.readFileSync(0, "utf8"));
if (report.length !== 1) throw new Error(`${label}: expected one linted file, got ${report.length}`);
const [file] = report;
const fatal = file.messages.filter((m) => m.fatal || !m.ruleId);
const found = file.messages.filter((m) => m.ruleId).map((m) => `${m.line}:${m.ruleId}`).sort();
if (fatal.length || found.join() !== EXPECTED.join()) {
  console.error(`${label}: expected ${EXPECTED.join(", ")}\n  got ${found.join(", ") || "nothing"}${fatal.map((m) => `\n  fatal: ${m.message}`).join("")}`);
  process.exit(1);
}
console.log(`${label}: ok (${found.length} findings)`);
