"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const tsParser = __importStar(require("@typescript-eslint/parser"));
const rule_tester_1 = require("@typescript-eslint/rule-tester");
const vue_eslint_parser_1 = __importDefault(require("vue-eslint-parser"));
const tester_1 = require("./tester");
// svelte-eslint-parser is an ES module (required as one: Node 20.19+).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const svelteParser = require("svelte-eslint-parser");
/**
 * The rules through the real ESLint on single-file components, parsed by the parsers those projects use:
 * vue-eslint-parser and svelte-eslint-parser (each with @typescript-eslint/parser for `lang="ts"`). ESLint's text is
 * the whole component; costlint analyses its script blocks at their offsets, and its suggestions edit the component.
 */
const vueTester = new rule_tester_1.RuleTester({ languageOptions: { parser: vue_eslint_parser_1.default, parserOptions: { parser: tsParser, sourceType: "module" } } });
const svelteTester = new rule_tester_1.RuleTester({ languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } });
const OPENAI = `"https://api.openai.com/v1/chat/completions"`;
const vueChat = (0, tester_1.code)(`<template>`, `  <form @submit.prevent="send"><input v-model="input" /></form>`, `  <p v-for="m in messages" :key="m.content">{{ m.content }}</p>`, `</template>`, ``, `<script setup lang="ts">`, `import { ref } from "vue";`, `const input = ref("");`, `const messages = ref<{ role: string; content: string }[]>([]);`, `async function send() {`, `  const res = await fetch(${OPENAI}, { method: "POST", body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: input.value }] }) });`, `  messages.value.push((await res.json()).choices[0].message);`, `}`, `</script>`);
const vueTwoBlocks = (0, tester_1.code)(`<script lang="ts">`, `import OpenAI from "openai";`, `export const client = new OpenAI({ dangerouslyAllowBrowser: true });`, `</script>`, `<script setup lang="ts">`, `const reply = await client.chat.completions.create({ model: "gpt-4o", messages: [] });`, `</script>`, `<template><p>{{ reply.choices[0].message.content }}</p></template>`);
const svelteChat = (0, tester_1.code)(`<script context="module" lang="ts">`, `  export const OLLAMA = "http://localhost:11434/api/chat";`, `</script>`, ``, `<script lang="ts">`, `  let history: { role: string; content: string }[] = [];`, `  let input = "";`, `  async function send() {`, `    history.push({ role: "user", content: input });`, `    const res = await fetch(OLLAMA, { method: "POST", body: JSON.stringify({ model: "llama3.1", messages: history, stream: false, options: { num_predict: 256 } }) });`, `    history.push((await res.json()).message);`, `  }`, `</script>`, ``, `<form on:submit|preventDefault={send}><input bind:value={input} /></form>`, `{#each history as m}<p>{m.content}</p>{/each}`);
const svelteUncapped = (0, tester_1.code)(`<script>`, `  async function title(text) {`, `    const res = await fetch("http://localhost:11434/api/generate", { method: "POST", body: JSON.stringify({ model: "llama3.1", prompt: text, stream: false }) });`, `    return (await res.json()).response;`, `  }`, `</script>`, `<button on:click={() => title("x")}>title</button>`);
vueTester.run("require-max-tokens (Vue components)", (0, tester_1.eslintRule)("require-max-tokens"), {
    valid: [
        { filename: "Capped.vue", code: vueChat.replace(`content: input.value }] }`, `content: input.value }], max_tokens: 300 }`) },
        // The same call in markup (an event handler, an interpolation): markup expressions are not analysed.
        {
            filename: "Markup.vue",
            code: (0, tester_1.code)(`<template>`, `  <button @click="fetch(${OPENAI.replaceAll('"', "'")}, { method: 'POST', body: JSON.stringify({ model: 'gpt-4o', messages: [] }) })">go</button>`, `  <p>{{ client.chat.completions.create({ model: 'gpt-4o', messages: [] }) }}</p>`, `</template>`, `<script setup lang="ts">`, `import OpenAI from "openai";`, `const client = new OpenAI();`, `</script>`),
        },
        // A component with no script at all.
        { filename: "Static.vue", code: `<template><p>${OPENAI}</p></template>` },
    ],
    invalid: [
        {
            filename: "Chat.vue",
            code: vueChat,
            errors: [
                {
                    messageId: "missingCapCost",
                    ...(0, tester_1.at)(vueChat, "fetch", 0),
                    suggestions: [
                        { messageId: "addCap", data: { key: "max_completion_tokens", value: "1024" }, output: vueChat.replace(`content: input.value }] }`, `content: input.value }], max_completion_tokens: 1024 }`) },
                    ],
                },
            ],
        },
        {
            // <script> and <script setup> are one module: the client of the first is traced from the second.
            filename: "TwoBlocks.vue",
            code: vueTwoBlocks,
            errors: [
                {
                    messageId: "missingCapCost",
                    ...(0, tester_1.at)(vueTwoBlocks, "create"),
                    suggestions: [{ messageId: "addCap", data: { key: "max_completion_tokens", value: "1024" }, output: vueTwoBlocks.replace(`messages: [] }`, `messages: [], max_completion_tokens: 1024 }`) }],
                },
            ],
        },
    ],
});
svelteTester.run("require-max-tokens (Svelte components)", (0, tester_1.eslintRule)("require-max-tokens"), {
    valid: [{ filename: "Chat.svelte", code: svelteChat }],
    invalid: [
        {
            filename: "Title.svelte",
            code: svelteUncapped,
            errors: [
                {
                    // Ollama on localhost: a local model, so the message gives no $ figure.
                    messageId: "missingCapLocal",
                    ...(0, tester_1.at)(svelteUncapped, "fetch"),
                    suggestions: [
                        {
                            messageId: "addCap",
                            data: { key: "options.num_predict", value: "1024" },
                            output: svelteUncapped.replace(`stream: false }`, `stream: false, options: { num_predict: 1024 } }`),
                        },
                    ],
                },
            ],
        },
    ],
});
svelteTester.run("no-full-history (Svelte components)", (0, tester_1.eslintRule)("no-full-history"), {
    valid: [{ filename: "Windowed.svelte", code: svelteChat.replace("messages: history,", "messages: history.slice(-8),") }],
    invalid: [
        {
            filename: "Chat.svelte",
            code: svelteChat,
            errors: [
                {
                    messageId: "fullHistory",
                    ...(0, tester_1.at)(svelteChat, "history", 2),
                    suggestions: [{ messageId: "sliceHistory", data: { name: "history", keepTurns: "8" }, output: svelteChat.replace("messages: history,", "messages: history.slice(-8),") }],
                },
            ],
        },
    ],
});
const vueHistory = (0, tester_1.code)(`<script setup lang="ts">`, `import { ref } from "vue";`, `import OpenAI from "openai";`, `const openai = new OpenAI({ dangerouslyAllowBrowser: true });`, `const messages = ref<{ role: "user" | "assistant"; content: string }[]>([]);`, `async function send(text: string) {`, `  messages.value.push({ role: "user", content: text });`, `  const r = await openai.chat.completions.create({ model: "gpt-4o", max_tokens: 500, messages: messages.value });`, `  messages.value.push({ role: "assistant", content: r.choices[0]?.message.content ?? "" });`, `}`, `</script>`, `<template><p v-for="m in messages" :key="m.content">{{ m.content }}</p></template>`);
vueTester.run("no-full-history (Vue components: a ref's value)", (0, tester_1.eslintRule)("no-full-history"), {
    valid: [
        { filename: "Windowed.vue", code: vueHistory.replace("messages: messages.value }", "messages: messages.value.slice(-8) }") },
        // Reset before each call: one exchange per call.
        { filename: "Reset.vue", code: vueHistory.replace(`  messages.value.push({ role: "user"`, `  messages.value = [];\n  messages.value.push({ role: "user"`) },
        // A `ref` of the project's own, not Vue's: nothing is known of what it returns.
        { filename: "OwnRef.vue", code: vueHistory.replace(`import { ref } from "vue";`, `import { ref } from "./my-ref";`) },
    ],
    invalid: [
        {
            filename: "Chat.vue",
            code: vueHistory,
            errors: [
                {
                    messageId: "fullHistory",
                    ...(0, tester_1.at)(vueHistory, "messages.value", 1),
                    suggestions: [{ messageId: "sliceHistory", data: { name: "messages.value", keepTurns: "8" }, output: vueHistory.replace("messages: messages.value }", "messages: messages.value.slice(-8) }") }],
                },
            ],
        },
        {
            // Nuxt auto-imports `ref`: no import in the component.
            filename: "AutoImport.vue",
            code: vueHistory.replace(`import { ref } from "vue";\n`, ""),
            errors: [
                {
                    messageId: "fullHistory",
                    ...(0, tester_1.at)(vueHistory.replace(`import { ref } from "vue";\n`, ""), "messages.value", 1),
                    suggestions: [
                        {
                            messageId: "sliceHistory",
                            data: { name: "messages.value", keepTurns: "8" },
                            output: vueHistory.replace(`import { ref } from "vue";\n`, "").replace("messages: messages.value }", "messages: messages.value.slice(-8) }"),
                        },
                    ],
                },
            ],
        },
    ],
});
//# sourceMappingURL=components.test.js.map