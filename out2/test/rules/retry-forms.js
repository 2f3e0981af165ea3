"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_PICKS_MODEL = exports.ASK = exports.HEAD = void 0;
const tester_1 = require("./tester");
/** Sources shared by the tests of the retry rules: retries as production code writes them. */
exports.HEAD = [`import OpenAI from "openai";`, `const client = new OpenAI();`];
exports.ASK = `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: job }] })`;
/** opencommit's shape: after a failure, a model the user picks (awaited, checked) and a call again with it. */
exports.USER_PICKS_MODEL = (0, tester_1.code)(...exports.HEAD, `declare function askForModel(): Promise<string | null>;`, `export async function commit(job: string, model?: string): Promise<unknown> {`, `  try {`, `    return await client.chat.completions.create({ model: model ?? "gpt-4o", messages: [{ role: "user", content: job }] });`, `  } catch (e) {`, `    const newModel = await askForModel();`, `    if (newModel) {`, `      return commit(job, newModel);`, `    }`, `    throw e;`, `  }`, `}`);
//# sourceMappingURL=retry-forms.js.map