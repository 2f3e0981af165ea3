"use strict";
/**
 * Generated files of pathological shapes: each must go through every rule and the estimate in bounded time.
 * Each generator takes a size in bytes (the file is about that long, or the shape's fixed size when it has one)
 * and returns the file's text. Used by test/core/stress.test.ts and bench/stress.mjs.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.STRESS_SHAPES = void 0;
exports.fanOutConsts = fanOutConsts;
const HEAD = `import OpenAI from "openai";\nconst client = new OpenAI();\n`;
function repeatTo(size, unit, head = HEAD, tail = "") {
    const parts = [head];
    let length = head.length + tail.length;
    for (let i = 0; length < size; i++) {
        const piece = unit(i);
        parts.push(piece);
        length += piece.length;
    }
    parts.push(tail);
    return parts.join("");
}
const AGENT = `export async function run{{i}}(task) {
  const messages = [{ role: "system", content: "You are agent {{i}}." }, { role: "user", content: task }];
  for (let step = 0; ; step++) {
    try {
      const res = await client.chat.completions.create({ model: "gpt-4o", messages, tools: [{ type: "function", function: { name: "f{{i}}", parameters: { type: "object", properties: { q: { type: "string" } } } } }] });
      messages.push(res.choices[0].message);
      if (!res.choices[0].message.tool_calls) return res;
    } catch (e) {
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
  }
}
`;
exports.STRESS_SHAPES = [
    {
        // Five levels of consts, each a template of 30 references to the one before: 30^5 copies of "x" when resolved.
        name: "fan-out consts (30 refs x 5 levels)",
        scales: false,
        make: () => fanOutConsts(30, 5),
    },
    {
        name: "fan-out consts (40 refs x 5 levels, join and spreads)",
        scales: false,
        make: () => {
            const refs = (k) => Array.from({ length: 40 }, () => `t${k}`).join(", ");
            let text = HEAD + `const t0 = "x y";\n`;
            for (let k = 1; k <= 5; k++)
                text += k % 2 ? `const a${k} = [${refs(k - 1)}];\nconst t${k} = [...a${k}, ...a${k}].join(" ");\n` : `const t${k} = t${k - 1} + t${k - 1} + \`\${t${k - 1}}\${t${k - 1}}\` + [${refs(k - 1)}].join("");\n`;
            return text + `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [{ role: "system", content: t5 }, { role: "user", content: [{ type: "text", text: t5 }] }] });\n`;
        },
    },
    {
        name: "fan-out URL consts (30 refs x 5 levels)",
        scales: false,
        make: () => {
            let text = HEAD + `const u0 = "https://api.openai.com/v1";\n`;
            for (let k = 1; k <= 5; k++)
                text += `const u${k} = \`${Array.from({ length: 30 }, () => `\${u${k - 1}}`).join("")}\`;\n`;
            return text + `await fetch(u5 + "/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [] }) });\nawait client.chat.completions.create({ model: "gpt-4o", messages: [] });\n`;
        },
    },
    {
        name: "fan-out tool schema consts (30 refs x 5 levels, JSON and zod)",
        scales: false,
        make: () => {
            let text = `import { z } from "zod";\n${HEAD}const p0 = { type: "string", description: "a field" };\nconst z0 = z.string().describe("a field");\n`;
            for (let k = 1; k <= 5; k++) {
                const keys = Array.from({ length: 30 }, (_, i) => `f${i}: p${k - 1}`).join(", ");
                const zkeys = Array.from({ length: 30 }, (_, i) => `f${i}: z${k - 1}`).join(", ");
                text += `const p${k} = { type: "object", properties: { ${keys} } };\nconst z${k} = z.object({ ${zkeys} });\n`;
            }
            return (text +
                `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [], tools: [{ type: "function", function: { name: "f", description: "d", parameters: p5 } }] });\n` +
                `await client.beta.chat.completions.parse({ model: "gpt-4o", max_tokens: 10, messages: [], tools: [zodFunction({ name: "g", parameters: z5 })] });\n`);
        },
    },
    {
        name: "fan-out numbers (a + a + ... x 8 levels)",
        scales: false,
        make: () => {
            let text = HEAD + `const n0 = 1;\n`;
            for (let k = 1; k <= 8; k++)
                text += `const n${k} = ${Array.from({ length: 30 }, () => `n${k - 1}`).join(" + ")};\n`;
            return text + `await client.chat.completions.create({ model: "gpt-4o", max_tokens: n8, messages: [] });\n`;
        },
    },
    {
        name: "whitespace run in a callee",
        scales: true,
        make: (size) => `${HEAD}await client.chat.completions${" ".repeat(Math.max(0, size - 120))}.create({ model: "gpt-4o", messages: [] });\n`,
    },
    {
        name: "U+2028 in a call error recovery produced",
        scales: true,
        make: (size) => `${HEAD}await client.chat.completions.create(${"\u2028 ".repeat(Math.max(0, (size - 100) / 4))}\n`,
    },
    {
        name: "1,500-term string concatenation",
        scales: true,
        make: (size) => {
            const n = Math.max(10, Math.floor((size - 200) / 7));
            return `${HEAD}const prompt = ${Array.from({ length: n }, (_, i) => `"p${i % 100}"`).join(" + ")};\nawait client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });\n`;
        },
    },
    {
        name: "5,000-deep member chain",
        scales: true,
        make: (size) => {
            const n = Math.max(10, Math.floor((size - 200) / 2));
            return `${HEAD}const deep = client${".a".repeat(n)};\nawait client${".chat".repeat(n)}.completions.create({ model: "gpt-4o", messages: [] });\n`;
        },
    },
    {
        name: "long call chain",
        scales: true,
        make: (size) => {
            const n = Math.max(10, Math.floor((size - 200) / 10));
            return `${HEAD}const built = builder${".with(1)".repeat(n)};\nawait client.chat.completions.create({ model: "gpt-4o", messages: [] })${".then(f)".repeat(n)};\n`;
        },
    },
    {
        name: "1,500-term logical and conditional chains",
        scales: false,
        make: () => {
            const n = 1500;
            return `${HEAD}const m = ${Array.from({ length: n }, (_, i) => `a${i}`).join(" ?? ")} ?? "gpt-4o";\nconst k = ${Array.from({ length: n }, (_, i) => `c${i} ? ${i} :`).join(" ")} 5;\nawait client.chat.completions.create({ model: m, max_tokens: k, messages: [] });\n`;
        },
    },
    {
        name: "deep nesting (40 levels of functions, loops, try, objects)",
        scales: false,
        make: () => {
            const n = 40;
            const open = Array.from({ length: n }, (_, i) => `async () => { for (;;) { try { const o${i} = { a: [{ b: `).join("");
            const close = Array.from({ length: n }, () => ` }] }; } catch { continue; } } }`).join("");
            return `${HEAD}const f = ${open}await client.chat.completions.create({ model: "gpt-4o", messages: [] })${close}\n`;
        },
    },
    {
        name: "huge string literal as a prompt",
        scales: true,
        make: (size) => `${HEAD}await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "${"word ".repeat(Math.max(0, (size - 200) / 5))}" }] });\n`,
    },
    {
        name: "huge messages array",
        scales: true,
        make: (size) => repeatTo(size, (i) => `{ role: "user", content: "m${i}" },\n`, `${HEAD}const messages = [\n`, `];\nawait client.chat.completions.create({ model: "gpt-4o", messages });\n`),
    },
    {
        name: "one long line of calls",
        scales: true,
        make: (size) => repeatTo(size, (i) => `await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "q${i}" }] }); `, HEAD, "\n"),
    },
    {
        name: "many agent functions",
        scales: true,
        make: (size) => repeatTo(size, (i) => AGENT.replaceAll("{{i}}", String(i))),
    },
    {
        name: "many agent functions, BOM and CRLF",
        scales: true,
        make: (size) => "\uFEFF" + repeatTo(size, (i) => AGENT.replaceAll("{{i}}", String(i)).replaceAll("\n", "\r\n")),
    },
    {
        name: "many push + call pairs on one history",
        scales: true,
        make: (size) => repeatTo(size, (i) => `  history.push({ role: "user", content: "q${i}" });\n  await client.chat.completions.create({ model: "gpt-4o", messages: history });\n`, `${HEAD}const history = [];\nexport async function chat() {\n`, "}\n"),
    },
    {
        name: "many retry loops",
        scales: true,
        make: (size) => repeatTo(size, (i) => `while (true) { try { await client.chat.completions.create({ model: "gpt-4o", messages: [] }); break; } catch (e${i}) { attempt${i}++; } }\n`),
    },
];
/** `const t{k} = \`${t{k-1}}...\`` with `refs` references per level, the last sent as a prompt. */
function fanOutConsts(refs, levels) {
    let text = HEAD + `const t0 = "x";\n`;
    for (let k = 1; k <= levels; k++)
        text += `const t${k} = \`${Array.from({ length: refs }, () => `\${t${k - 1}}`).join("")}\`;\n`;
    return text + `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [{ role: "user", content: t${levels} }] });\n`;
}
//# sourceMappingURL=stress-shapes.js.map