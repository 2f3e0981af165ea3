import { openai } from "@ai-sdk/openai";
import { convertToModelMessages, hasToolCall, stepCountIs, streamText, tool, type UIMessage } from "ai";
import { z } from "zod";

const lookupOrder = tool({
  description: "Look up an order by id.",
  inputSchema: z.object({ orderId: z.string().regex(/^ord_[a-z0-9]+$/) }),
  execute: async ({ orderId }) => ({ orderId, status: "shipped" }),
});

const updateCustomer = tool({
  description: "Update a customer record.",
  inputSchema: z.object({ customerId: z.string(), fields: z.record(z.string(), z.any()) }), // expect: no-loose-tool-schema, require-tool-descriptions
  execute: async () => ({ ok: true }),
});

// ❌ The usual chat route: the client posts the whole conversation every time, and it is sent whole.
export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({ // expect: require-max-tokens
    model: openai("gpt-4o"),
    system: "You are Acme's support assistant.",
    messages: convertToModelMessages(messages), // expect: no-full-history
    tools: { lookupOrder, updateCustomer },
    stopWhen: hasToolCall("lookupOrder"), // expect: require-iteration-cap
  });
  return result.toUIMessageStreamResponse();
}

// ✅ The last turns only, a step cap, an output cap.
export async function PUT(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "You are Acme's support assistant.",
    messages: convertToModelMessages(messages.slice(-8)),
    tools: { lookupOrder },
    stopWhen: [stepCountIs(5), hasToolCall("lookupOrder")],
    maxOutputTokens: 800,
  });
  return result.toUIMessageStreamResponse();
}
