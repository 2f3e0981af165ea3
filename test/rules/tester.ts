import { RuleTester } from "@typescript-eslint/rule-tester";
import * as mocha from "mocha";
import { plugin } from "../../src/eslint";

// Wire the rule tester to mocha's hooks.
RuleTester.afterAll = mocha.after;
RuleTester.describe = mocha.describe;
RuleTester.it = mocha.it;
RuleTester.itOnly = mocha.it.only;

/** The real ESLint rule tester with @typescript-eslint/parser (its default). */
export const ruleTester = new RuleTester();

/** The ESLint rule as the plugin exports it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function eslintRule(id: string): any {
  const rule = plugin.rules[id];
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Code lines joined, so test cases read like source. */
export function code(...lines: string[]): string {
  return lines.join("\n");
}

/**
 * Where `needle` stands in `text` (its `nth` occurrence, 0-based), as the rule tester's 1-based line and column:
 * the expected location of a report, written as the text it must cover (or its first `length` characters).
 */
export function at(text: string, needle: string, nth = 0, length = needle.length): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" (#${nth}) not in test code`);
  }
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  const inner = needle.split("\n");
  return {
    line,
    column,
    endLine: line + inner.length - 1,
    endColumn: inner.length === 1 ? column + length : inner[inner.length - 1]!.length + 1,
  };
}
