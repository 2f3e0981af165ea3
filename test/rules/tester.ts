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
