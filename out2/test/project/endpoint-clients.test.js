"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const endpoint_clients_1 = require("../../src/core/project/endpoint-clients");
const STATE = `import { useState } from "react";\nconst [messages, setMessages] = useState([]);\n`;
describe("the app's own client code posting conversations to its endpoints", () => {
    it("reads the endpoint and whether the conversation is posted whole, through consts and JSON.stringify", () => {
        const posts = (0, endpoint_clients_1.endpointPostsIn)("chat.tsx", `${STATE}
async function send(text) {
  const next = [...messages, { role: "user", content: text }];
  await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages: next }) });
  const body = { messages: messages.slice(-6) };
  await fetch("/api/recent", { method: "POST", body: JSON.stringify(body) });
  await axios.post(\`\${API}/api/last\`, { messages: [{ role: "user", content: text }] });
  await ky.post("/api/budget", { json: { messages: trimToTokenBudget(messages, 4000) } });
  await runFunc("ai-discovery", { messages: prep(messages) });
  await axios({ url: "/api/x/" + id, data: { messages } });
  // A function that cannot be read (imported) may cut to a token budget; one of the file is read.
  await fetch("/api/tools", { body: JSON.stringify({ messages: await buildFinalMessages(messages) }) });
  await fetch("/api/cut", { body: JSON.stringify({ messages: shorten(messages) }) });
}
function prep(messages) { return messages.map((m) => ({ role: m.role, content: m.content })); }
const shorten = (messages) => messages.slice(-10);`);
        strict_1.default.deepEqual(posts, [
            { endpoint: "/api/chat", whole: true },
            { endpoint: "/api/recent", whole: false },
            { endpoint: "*/api/last", whole: false },
            { endpoint: "/api/budget", whole: false },
            { endpoint: "ai-discovery", whole: true },
            { endpoint: "/api/tools", whole: false },
            { endpoint: "/api/cut", whole: false },
        ]);
    });
    it("a file that keeps no conversation in state posts none (a server forwarding a request, a test)", () => {
        strict_1.default.deepEqual((0, endpoint_clients_1.endpointPostsIn)("proxy.ts", `export const f = (messages) => fetch("/api/chat", { body: JSON.stringify({ messages }) });`), []);
        // A file that does not parse whole is read as TypeScript recovers it; nothing throws.
        strict_1.default.deepEqual((0, endpoint_clients_1.endpointPostsIn)("broken.ts", `${STATE} fetch("/api/chat", { body: JSON.stringify({ messages }) }`), [{ endpoint: "/api/chat", whole: true }]);
    });
    it("places route files: Next.js app and pages routes, Vercel and Netlify functions", () => {
        const segments = (rel) => (0, endpoint_clients_1.routeKeysOfPath)(rel).map((k) => k.segments.join("/"));
        strict_1.default.deepEqual(segments("app/api/chat/route.ts"), ["api/chat"]);
        strict_1.default.deepEqual(segments("src/app/(chat)/api/chat/[id]/route.ts"), ["api/chat/*"]);
        strict_1.default.deepEqual(segments("pages/api/chat.ts"), ["api/chat"]);
        strict_1.default.deepEqual(segments("pages/api/chat/index.js"), ["api/chat"]);
        strict_1.default.deepEqual(segments("api/chat.ts"), ["api/chat"]);
        strict_1.default.deepEqual(segments("netlify/functions/ai-discovery.js"), [".netlify/functions/ai-discovery"]);
        strict_1.default.deepEqual(segments("netlify/functions/ai-discovery/index.ts"), [".netlify/functions/ai-discovery"]);
        strict_1.default.deepEqual(segments("netlify/functions/shared/chat-completion.js"), []);
        strict_1.default.deepEqual(segments("src/lib/llm.ts"), []);
        strict_1.default.equal((0, endpoint_clients_1.routeKeysOfPath)("netlify/functions/ai-discovery.js")[0]?.netlifyName, "ai-discovery");
    });
    it("matches a client's endpoint to a route by path, never by a placeholder alone", () => {
        const [chat] = (0, endpoint_clients_1.routeKeysOfPath)("app/api/chat/route.ts");
        const [byId] = (0, endpoint_clients_1.routeKeysOfPath)("app/api/chat/[id]/route.ts");
        const [netlify] = (0, endpoint_clients_1.routeKeysOfPath)("netlify/functions/ai-discovery.js");
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("/api/chat", chat, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("http://localhost:3000/api/chat", chat, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("*/api/chat", chat, false), "a base URL in front");
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("/v2/api/chat", chat, false), "a Next.js route is the whole path");
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("/api/*", chat, false), "a helper posting to /api/${name} does not say which route");
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("/api/chats", chat, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("/api/chat/*", byId, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("/api/chat/42", byId, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("/.netlify/functions/ai-discovery", netlify, false));
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("ai-discovery", netlify, true), "a bare name, when a client fetches /.netlify/functions/${name}");
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("ai-discovery", netlify, false));
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("chat", chat, true), "a bare name is a Netlify function's only");
        const registered = (0, endpoint_clients_1.registeredRouteKey)("/chat");
        strict_1.default.ok((0, endpoint_clients_1.postMatches)("/api/chat", registered, false), "a router mounted under /api");
        strict_1.default.ok(!(0, endpoint_clients_1.postMatches)("/api/chats", registered, false));
    });
});
//# sourceMappingURL=endpoint-clients.test.js.map