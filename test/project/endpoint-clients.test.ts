import assert from "node:assert/strict";
import { endpointPostsIn, postMatches, registeredRouteKey, routeKeysOfPath } from "../../src/core/project/endpoint-clients";

const STATE = `import { useState } from "react";\nconst [messages, setMessages] = useState([]);\n`;

describe("the app's own client code posting conversations to its endpoints", () => {
  it("reads the endpoint and whether the conversation is posted whole, through consts and JSON.stringify", () => {
    const posts = endpointPostsIn(
      "chat.tsx",
      `${STATE}
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
const shorten = (messages) => messages.slice(-10);`,
    );
    assert.deepEqual(posts, [
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
    assert.deepEqual(endpointPostsIn("proxy.ts", `export const f = (messages) => fetch("/api/chat", { body: JSON.stringify({ messages }) });`), []);
    // A file that does not parse whole is read as TypeScript recovers it; nothing throws.
    assert.deepEqual(endpointPostsIn("broken.ts", `${STATE} fetch("/api/chat", { body: JSON.stringify({ messages }) }`), [{ endpoint: "/api/chat", whole: true }]);
  });

  it("places route files: Next.js app and pages routes, Vercel and Netlify functions", () => {
    const segments = (rel: string) => routeKeysOfPath(rel).map((k) => k.segments.join("/"));
    assert.deepEqual(segments("app/api/chat/route.ts"), ["api/chat"]);
    assert.deepEqual(segments("src/app/(chat)/api/chat/[id]/route.ts"), ["api/chat/*"]);
    assert.deepEqual(segments("pages/api/chat.ts"), ["api/chat"]);
    assert.deepEqual(segments("pages/api/chat/index.js"), ["api/chat"]);
    assert.deepEqual(segments("api/chat.ts"), ["api/chat"]);
    assert.deepEqual(segments("netlify/functions/ai-discovery.js"), [".netlify/functions/ai-discovery"]);
    assert.deepEqual(segments("netlify/functions/ai-discovery/index.ts"), [".netlify/functions/ai-discovery"]);
    assert.deepEqual(segments("netlify/functions/shared/chat-completion.js"), []);
    assert.deepEqual(segments("src/lib/llm.ts"), []);
    assert.equal(routeKeysOfPath("netlify/functions/ai-discovery.js")[0]?.netlifyName, "ai-discovery");
  });

  it("matches a client's endpoint to a route by path, never by a placeholder alone", () => {
    const [chat] = routeKeysOfPath("app/api/chat/route.ts");
    const [byId] = routeKeysOfPath("app/api/chat/[id]/route.ts");
    const [netlify] = routeKeysOfPath("netlify/functions/ai-discovery.js");
    assert.ok(postMatches("/api/chat", chat!, false));
    assert.ok(postMatches("http://localhost:3000/api/chat", chat!, false));
    assert.ok(postMatches("*/api/chat", chat!, false), "a base URL in front");
    assert.ok(!postMatches("/v2/api/chat", chat!, false), "a Next.js route is the whole path");
    assert.ok(!postMatches("/api/*", chat!, false), "a helper posting to /api/${name} does not say which route");
    assert.ok(!postMatches("/api/chats", chat!, false));
    assert.ok(postMatches("/api/chat/*", byId!, false));
    assert.ok(postMatches("/api/chat/42", byId!, false));
    assert.ok(postMatches("/.netlify/functions/ai-discovery", netlify!, false));
    assert.ok(postMatches("ai-discovery", netlify!, true), "a bare name, when a client fetches /.netlify/functions/${name}");
    assert.ok(!postMatches("ai-discovery", netlify!, false));
    assert.ok(!postMatches("chat", chat!, true), "a bare name is a Netlify function's only");
    const registered = registeredRouteKey("/chat")!;
    assert.ok(postMatches("/api/chat", registered, false), "a router mounted under /api");
    assert.ok(!postMatches("/api/chats", registered, false));
  });
});
