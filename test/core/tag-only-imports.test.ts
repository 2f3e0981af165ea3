import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";
import { analyzeFile, createProject, mayHoldCalls } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";
import { importsWithoutCalls } from "../../src/core/syntax/tag-only-imports";

/** The specifiers `importsWithoutCalls` sets aside, by the text after each opening quote. */
function setAside(file: string, text: string): string[] {
  return [...importsWithoutCalls(file, text)].map((at) => text.slice(at + 1, text.indexOf(text[at]!, at + 1))).sort();
}

describe("the report's gate: imports whose bindings are only JSX tags, and re-exports, reach no call", () => {
  it("sets aside an import only when every binding is a JSX tag, and every re-export", () => {
    const text = [
      `import { Chat } from "./chat";`,
      `import Panel, { usePanel } from "./panel";`,
      `import * as Ui from "./ui";`,
      `import type { Props } from "./props";`,
      `import { Stream as S } from "./stream";`,
      `import { send } from "./send";`,
      `export * from "./all";`,
      `export { a as b, type C } from "./named";`,
      `export const x = 1;`,
      `export function View(p: Props) {`,
      `  const { open } = usePanel();`,
      `  return <Ui.Box><Chat id="1" /><Panel open={open}>{p.title}<S/></Panel></Ui.Box>;`,
      `}`,
    ].join("\n");
    // `send` is never used: an import nothing uses reaches nothing either.
    assert.deepEqual(setAside("/app/view.tsx", text), ["./all", "./chat", "./named", "./send", "./stream", "./ui"]);
    // A .ts file has no JSX (`<Chat>x` is a type assertion there): only the re-exports.
    assert.deepEqual(setAside("/app/view.ts", text), ["./all", "./named"]);
  });

  it("keeps an import whose binding is called, passed, typed, named in a string or compared like a generic", () => {
    const uses = [
      `const c = Chat;`,
      `Chat();`,
      `run(Chat);`,
      `useRef<Chat>(null);`,
      `function f(x: Chat) {}`,
      `const s = "Chat";`,
      `// Chat`,
      `const el = React.createElement(Chat);`,
      `const t = <Chat,>(x: Chat) => x;`,
    ];
    for (const use of uses) {
      const text = `import { Chat } from "./chat";\nexport function V() {\n  ${use}\n  return <Chat />;\n}\n`;
      assert.deepEqual(setAside("/app/v.tsx", text), [], use);
    }
    // Clauses this does not read with certainty are kept.
    for (const clause of [`import X = require("./chat");`, `import /* c */ { Chat } from "./chat";`, `import {\n  Chat,\n  // note\n} from "./chat";`]) {
      assert.deepEqual(setAside("/app/v.tsx", `${clause}\nexport const V = () => <Chat />;\n`), [], clause);
    }
  });

  it("reads a hostile text in time linear in its size: imports that never end, long runs of blanks", () => {
    const filler = "\nconst filler = 1;".repeat(200);
    const text = "\nimport {" + " a,".repeat(50_000) + "\n" + "\nimport ".repeat(20_000) + filler + `\nimport { Chat } from "./chat";\n<Chat/>`;
    assert.deepEqual(setAside("/app/x.tsx", text), ["./chat"]);
    // A declaration within the clause read by an unfinished one before it is kept (never set aside unread).
    assert.deepEqual(setAside("/app/y.tsx", `import {\n  a,\nimport { Chat } from "./chat";\n<Chat/>`), []);
  });

  it("does not analyse a component that only renders model code's components, and still finds the calls of one that calls it", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-tag-only-")));
    try {
      const files: Record<string, string> = {
        "package.json": JSON.stringify({ name: "app", dependencies: { openai: "^5.0.0", react: "^19.0.0" } }),
        "lib/ask.ts": `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function ask(p: string) {\n  return openai.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [{ role: "user", content: p }] });\n}\n`,
        "components/chat.tsx": `import { ask } from "../lib/ask";\nexport function Chat() {\n  return <button onClick={() => ask("hi")}>ask</button>;\n}\n`,
        "components/page.tsx": `import { Chat } from "./chat";\nexport function Page() {\n  return <main><Chat /></main>;\n}\n`,
        "components/calls.tsx": `import { Chat } from "./chat";\nimport { ask } from "../lib/ask";\nexport function Calls() {\n  void ask("x");\n  return <Chat />;\n}\n`,
      };
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
      const project = createProject({ unchanging: true });
      const page = path.join(dir, "components/page.tsx");
      assert.equal(mayHoldCalls(page, files["components/page.tsx"]!, project), false);
      assert.equal(mayHoldCalls(path.join(dir, "components/calls.tsx"), files["components/calls.tsx"]!, project), true);
      assert.equal(mayHoldCalls(path.join(dir, "components/chat.tsx"), files["components/chat.tsx"]!, project), true);
      // What the gate says of the page, its analysis agrees with: no call reaches a model there.
      assert.equal(analyzeFile(parseSource(page, files["components/page.tsx"]!), project).llmCalls.length, 0);
      const report = buildReport([dir], { cwd: dir });
      assert.deepEqual(report.calls.map((c) => c.file).sort(), ["components/calls.tsx", "components/chat.tsx", "lib/ask.ts"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
