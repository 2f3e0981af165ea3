import { code } from "./tester";

/** Sources shared by the tests of the retry rules: retries as production code writes them. */
export const HEAD = [`import OpenAI from "openai";`, `const client = new OpenAI();`];
export const ASK = `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job }] })`;

/** opencommit's shape: after a failure, a model the user picks (awaited, checked) and a call again with it. */
export const USER_PICKS_MODEL = code(
  ...HEAD,
  `declare function askForModel(): Promise<string | null>;`,
  `export async function commit(job: string, model?: string): Promise<unknown> {`,
  `  try {`,
  `    return await client.chat.completions.create({ model: model ?? "gpt-4o", messages: [{ role: "user", content: job }] });`,
  `  } catch (e) {`,
  `    const newModel = await askForModel();`,
  `    if (newModel) {`,
  `      return commit(job, newModel);`,
  `    }`,
  `    throw e;`,
  `  }`,
  `}`,
);
