import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

const tools: Anthropic.Tool[] = [
  {
    name: "search_docs",
    description: "Search the product documentation.",
    input_schema: {
      type: "object",
      properties: { query: { type: "string", description: "What to look for." } },
      required: ["query"],
    },
  },
];

async function runTool(name: string, input: unknown): Promise<string> {
  return `results of ${name} for ${JSON.stringify(input)}`;
}

// ❌ An agent loop that runs until the model stops asking for tools: no cap at all, and its messages grow every step.
export async function research(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: question }];
  while (true) { // expect: require-iteration-cap
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, tools, messages }); // expect: no-full-history
    if (response.stop_reason !== "tool_use") return response;
    messages.push({ role: "assistant", content: response.content });
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type === "tool_use") results.push({ type: "tool_result", tool_use_id: block.id, content: await runTool(block.name, block.input) });
    }
    messages.push({ role: "user", content: results });
  }
}

// ❌ The same loop written as recursion.
export async function researchRecursive(messages: Anthropic.MessageParam[]): Promise<Anthropic.Message> {
  const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, tools, messages });
  if (response.stop_reason !== "tool_use") return response;
  return researchRecursive([...messages, { role: "assistant", content: response.content }]); // expect: require-iteration-cap
}

// ❌ The SDK's tool runner has no default iteration limit.
export function runWithToolRunner(question: string) {
  return anthropic.beta.messages.toolRunner({ // expect: require-iteration-cap
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    messages: [{ role: "user", content: question }],
    tools: [],
  });
}

// ✅ A hard cap in code and a time budget.
const MAX_STEPS = 10;
const BUDGET_MS = 60_000;

export async function researchCapped(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: question }];
  const started = Date.now();
  for (let step = 0; step < MAX_STEPS; step++) {
    if (Date.now() - started > BUDGET_MS) break;
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, tools, messages });
    if (response.stop_reason !== "tool_use") return response;
    messages.push({ role: "assistant", content: response.content });
  }
  throw new Error(`no answer within ${MAX_STEPS} steps`);
}

// ✅ The tool runner with a limit.
export function runWithToolRunnerCapped(question: string) {
  return anthropic.beta.messages.toolRunner({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    max_iterations: 8,
    messages: [{ role: "user", content: question }],
    tools: [],
  });
}
