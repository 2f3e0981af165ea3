import fs from "node:fs";
import path from "node:path";
import { collectFiles } from "../../src/cli/files";

/** `// expect: rule-a, rule-b` at the end of a line: the findings that line must have, as `file:line rule`. */
function expectationsIn(fixture: string, file: string): string[] {
  const out: string[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const match = /\/\/ expect: ([a-z-]+(?:, [a-z-]+)*)\s*$/.exec(line);
      if (match) for (const rule of match[1]!.split(", ")) out.push(`${path.relative(fixture, file)}:${i + 1} ${rule}`);
    });
  return out;
}

/** Every finding a fixture project's `// expect:` markers ask for, sorted. */
export function expectedFindings(fixture: string): string[] {
  return collectFiles([fixture])
    .flatMap((file) => expectationsIn(fixture, file))
    .sort();
}
