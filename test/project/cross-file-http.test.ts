import assert from "node:assert/strict";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";

const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/cross-file");

describe("cross-file analysis: raw HTTP through an app's wrapper in another module", () => {
  const report = buildReport([fixture], { cwd: fixture });
  const http = report.calls.filter((c) => c.file.startsWith("src/routes/http-") || c.file === "src/lib/http.ts");

  it("the wrapper's calls are the call sites, with the provider the path and body say", () => {
    assert.deepEqual(http.map((c) => `${c.file}:${c.line} ${c.sdk}`).sort(), [
      "src/routes/http-chat.ts:13 OpenAI-compatible API (HTTP)",
      "src/routes/http-chat.ts:18 Anthropic API (HTTP)",
    ]);
  });

  it("the body at the call is the request: the model it names, its cap; else the provider's default, said so", () => {
    const anthropic = http.find((c) => c.line === 18);
    assert.equal(anthropic?.model, "claude-sonnet-4-5");
    assert.equal(anthropic?.outputTokens, 2048);
    const compatible = http.find((c) => c.line === 13);
    assert.ok(compatible?.flags.includes("default-model"), compatible?.flags.join(","));
    assert.ok(compatible?.flags.includes("no-output-cap"), compatible?.flags.join(","));
  });
});
