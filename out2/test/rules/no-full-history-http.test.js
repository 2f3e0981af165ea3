"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tester_1 = require("./tester");
/**
 * no-full-history on Ollama's carried-over `context` (raw HTTP and the ollama SDK): the tokens of the whole
 * conversation, returned by each reply and sent back with the next request.
 */
const MAKE_REQUEST = (0, tester_1.code)(`import axios from "axios";`, `const chats: Record<string, { last: number[] | null }> = {};`, `async function makeRequest(path: string, method: string, data: unknown) {`, `  const url = new URL(process.env.OLLAMA!);`, `  url.pathname += path;`, `  return (await axios({ method, url, data })).data;`);
const carriedOver = (0, tester_1.code)(MAKE_REQUEST, `}`, `export async function onMessage(channel: string, prompt: string) {`, `  let context = chats[channel]?.last ?? null;`, `  const reply = await makeRequest("/api/generate", "post", { model: "llama3", prompt, context, options: { num_predict: 256 } });`, `  context = reply.context;`, `  chats[channel] = { last: context };`, `}`);
const sdkCarried = (0, tester_1.code)(`import ollama from "ollama";`, `let context: number[] = [];`, `export async function ask(prompt: string) {`, `  const reply = await ollama.generate({ model: "llama3", prompt, context, options: { num_predict: 256 } });`, `  context = reply.context;`, `  return reply.response;`, `}`);
tester_1.ruleTester.run("no-full-history (Ollama's carried-over context)", (0, tester_1.eslintRule)("no-full-history"), {
    valid: [
        // a context the code builds and sends once: nothing carried over
        (0, tester_1.code)(MAKE_REQUEST, `}`, `export async function once(prompt: string, context: number[]) {`, `  return makeRequest("/api/generate", "post", { model: "llama3", prompt, context, options: { num_predict: 256 } });`, `}`),
        // the reply's context is read but never sent back
        (0, tester_1.code)(`import ollama from "ollama";`, `export async function ask(prompt: string) {`, `  let context: number[] = [];`, `  const reply = await ollama.generate({ model: "llama3", prompt, context, options: { num_predict: 256 } });`, `  context = reply.context;`, `  return context.length;`, `}`),
        // no context sent at all
        (0, tester_1.code)(`import ollama from "ollama";`, `export const ask = (prompt: string) => ollama.generate({ model: "llama3", prompt, options: { num_predict: 256 } });`),
    ],
    invalid: [
        {
            code: carriedOver,
            errors: [{ messageId: "carriedContext", data: { name: "context" }, ...(0, tester_1.at)(carriedOver, "context", 1), suggestions: [] }],
        },
        {
            code: sdkCarried,
            errors: [{ messageId: "carriedContext", data: { name: "context" }, ...(0, tester_1.at)(sdkCarried, "context", 1), suggestions: [] }],
        },
    ],
});
//# sourceMappingURL=no-full-history-http.test.js.map