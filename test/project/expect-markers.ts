import fs from "node:fs";
import path from "node:path";

/** `// expect: rule-a, rule-b` at the end of a line: the findings that line must have, as `file:line rule` (file relative to `fixture`). */
export function expectations(fixture: string, file: string): string[] {
  const out: string[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const match = /\/\/ expect: ([a-z-]+(?:, [a-z-]+)*)\s*$/.exec(line);
      if (match) for (const rule of match[1]!.split(", ")) out.push(`${path.relative(fixture, file)}:${i + 1} ${rule}`);
    });
  return out;
}
