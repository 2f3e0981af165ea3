import { GoogleGenAI } from "@google/genai";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { ChatOpenAI } from "@langchain/openai";
import { Agent, run } from "@openai/agents";
import { AgentExecutor } from "langchain/agents";

// LangChain: ❌ a model with no output cap and an executor allowed 100 iterations; ✅ capped.
const model = new ChatOpenAI({ model: "gpt-4o" }); // expect: require-max-tokens
const cappedModel = new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 500 });

export function executors(agent: never, tools: never[]) {
  const loose = new AgentExecutor({ agent, tools, maxIterations: 100 }); // expect: require-iteration-cap
  const careful = new AgentExecutor({ agent, tools, maxIterations: 8 });
  return { loose, careful };
}

// LangGraph: ❌ recursionLimit 200 (about 100 model calls); ✅ the default 25.
const graphAgent = createReactAgent({ llm: cappedModel, tools: [] });
export const askGraph = (q: string) => graphAgent.invoke({ messages: [{ role: "user", content: q }] }, { recursionLimit: 200 }); // expect: require-iteration-cap
export const askGraphCarefully = (q: string) => graphAgent.invoke({ messages: [{ role: "user", content: q }] });

// @openai/agents: ❌ maxTurns: null removes the cap; ✅ the default 10.
const triage = new Agent({ name: "triage", instructions: "Route the request.", modelSettings: { maxTokens: 300 } });
export const triageForever = (input: string) => run(triage, input, { maxTurns: null }); // expect: require-iteration-cap
export const triageCarefully = (input: string) => run(triage, input, { maxTurns: 6 });

// Gemini: ❌ no output cap; ✅ config.maxOutputTokens.
const genai = new GoogleGenAI({});
export const draft = (prompt: string) => genai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt }); // expect: require-max-tokens
export const draftShort = (prompt: string) => genai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt, config: { maxOutputTokens: 400 } });

export { model };
