import * as assert from "node:assert/strict";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCalls, type CallEstimate, type EstimateSettings } from "../../src/core/cost/estimate";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { lintText, parseSource } from "../../src/core/engine";
import { ruleById } from "../../src/core/rules";
import { costEnvironment } from "../../src/core/run";
import { PROFILES } from "../../src/core/sdk/profiles";
import type { Finding } from "../../src/core/types";

/**
 * Rules and the estimate answer the same questions (the call's model, output cap, calls per agent run) through the
 * same detectors. For one case per profile, both are run on their own (separate parses) and must give the answer
 * written here by hand.
 */
interface Case {
  name: string;
  /** The profiles the case exercises (each must match a site in the code). */
  profiles: string[];
  code: string[];
  /** The model id the code asks for. */
  model?: string;
  /** The output cap: a number, or how it is missing. */
  cap: number | "absent" | "conditional" | "not-visible";
  /** Model calls per agent run: a number, null for no cap, undefined for no agent loop. */
  calls?: number | null;
}

const CASES: Case[] = [
  {
    name: "openai chat, cap on the call",
    profiles: ["openai.client", "openai.chat.completions"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], max_completion_tokens: 300 });`],
    model: "gpt-4o",
    cap: 300,
  },
  {
    name: "openai responses, no cap",
    profiles: ["openai.responses"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.responses.create({ model: "gpt-4o-mini", input: "hi" });`],
    model: "gpt-4o-mini",
    cap: "absent",
  },
  {
    name: "openai runTools, maxChatCompletions",
    profiles: ["openai.runTools"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `const MAX = 30;`, `await client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [], max_completion_tokens: 100 }, { maxChatCompletions: MAX });`],
    model: "gpt-4o",
    cap: 100,
    calls: 30,
  },
  {
    name: "anthropic messages, cap on one branch",
    profiles: ["anthropic.client", "anthropic.messages"],
    code: [`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic({ maxRetries: 1 });`, `export const ask = (short: boolean) => anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [], ...(short ? { max_tokens: 200 } : {}) });`],
    model: "claude-sonnet-4-5",
    cap: "conditional",
  },
  {
    name: "anthropic toolRunner without max_iterations",
    profiles: ["anthropic.toolRunner"],
    code: [`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `await anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 500, messages: [], tools: [] });`],
    model: "claude-sonnet-4-5",
    cap: 500,
    calls: null,
  },
  {
    name: "AI SDK generateText: stepCountIs of a const, a ternary cap",
    profiles: ["ai.generateText"],
    code: [`import { generateText, stepCountIs } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `const MAX_STEPS = 12;`, `export const go = (fast: boolean) => generateText({ model: openai("gpt-4o"), prompt: "p", tools: {}, stopWhen: stepCountIs(MAX_STEPS), maxOutputTokens: fast ? 256 : 1024 });`],
    model: "gpt-4o",
    cap: 1024,
    calls: 12,
  },
  {
    name: "AI SDK generateObject, no cap",
    profiles: ["ai.generateObject"],
    code: [`import { generateObject } from "ai";`, `import { anthropic } from "@ai-sdk/anthropic";`, `await generateObject({ model: anthropic("claude-sonnet-4-5"), schema, prompt: "p" });`],
    model: "claude-sonnet-4-5",
    cap: "absent",
  },
  {
    name: "AI SDK ToolLoopAgent: the default 20 steps and the agent's cap",
    profiles: ["ai.agent", "ai.agent.run"],
    code: [`import { ToolLoopAgent } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `const agent = new ToolLoopAgent({ model: openai("gpt-4o-mini"), tools: {}, maxOutputTokens: 400 });`, `await agent.generate({ prompt: "p" });`],
    model: "gpt-4o-mini",
    cap: 400,
    calls: 20,
  },
  {
    name: "LangChain ChatOllama: no cap (numPredict)",
    profiles: ["langchain.chatModel", "langchain.chatModel.invoke"],
    code: [`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1" });`, `await m.invoke("hi");`],
    model: "llama3.1",
    cap: "absent",
  },
  {
    name: "LangChain chat model: the cap in a spread const",
    profiles: ["langchain.chatModel", "langchain.chatModel.invoke"],
    code: [`import { ChatOpenAI } from "@langchain/openai";`, `const base = { maxTokens: 256 };`, `const m = new ChatOpenAI({ ...base, model: "gpt-4o" });`, `await m.invoke("hi");`],
    model: "gpt-4o",
    cap: 256,
  },
  {
    name: "LangChain initChatModel",
    profiles: ["langchain.initChatModel", "langchain.chatModel.invoke"],
    code: [`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("openai:gpt-4o-mini", { maxTokens: 128 });`, `await m.invoke("x");`],
    model: "openai:gpt-4o-mini",
    cap: 128,
  },
  {
    name: "LangChain AgentExecutor, maxIterations",
    profiles: ["langchain.AgentExecutor"],
    code: [`import { AgentExecutor } from "langchain/agents";`, `const ex = new AgentExecutor({ agent, tools, maxIterations: 40 });`],
    cap: "not-visible",
    calls: 40,
  },
  {
    name: "LangChain AgentExecutor.fromAgentAndTools, the default",
    profiles: ["langchain.AgentExecutor.fromAgentAndTools"],
    code: [`import { AgentExecutor } from "langchain/agents";`, `const ex = AgentExecutor.fromAgentAndTools({ agent, tools });`],
    cap: "not-visible",
    calls: 15,
  },
  {
    name: "langchain 0.0.x initializeAgentExecutor: the default 15 iterations, run by executor.call",
    profiles: ["langchain.initializeAgentExecutor", "langchain.agentExecutor.run"],
    code: [
      `import { initializeAgentExecutor } from "langchain/agents";`,
      `const executor = await initializeAgentExecutor(tools, llm, "zero-shot-react-description", true);`,
      `await executor.call({ input: "q" });`,
    ],
    cap: "not-visible",
    calls: 15,
  },
  {
    name: "langchain 0.0.x initializeAgentExecutorWithOptions: maxIterations",
    profiles: ["langchain.initializeAgentExecutorWithOptions", "langchain.agentExecutor.run"],
    code: [
      `import { initializeAgentExecutorWithOptions } from "langchain/agents";`,
      `const executor = await initializeAgentExecutorWithOptions(tools, llm, { agentType: "zero-shot-react-description", maxIterations: 8 });`,
      `await executor.invoke({ input: "q" });`,
    ],
    cap: "not-visible",
    calls: 8,
  },
  {
    name: "LangChain chain: prompt.pipe(model), the model's id and cap",
    profiles: ["langchain.chatModel", "langchain.chatModel.invoke"],
    code: [
      `import { ChatOpenAI } from "@langchain/openai";`,
      `import { ChatPromptTemplate } from "@langchain/core/prompts";`,
      `const chain = ChatPromptTemplate.fromTemplate("{q}").pipe(new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 222 }));`,
      `await chain.invoke({ q: "hi" });`,
    ],
    model: "gpt-4o-mini",
    cap: 222,
  },
  {
    name: "LangGraph createReactAgent: recursionLimit, the model's cap",
    profiles: ["langgraph.createReactAgent", "langgraph.agent.invoke", "langchain.chatModel"],
    code: [
      `import { ChatAnthropic } from "@langchain/anthropic";`,
      `import { createReactAgent } from "@langchain/langgraph/prebuilt";`,
      `const llm = new ChatAnthropic({ model: "claude-sonnet-4-5", maxTokens: 700 });`,
      `const agent = createReactAgent({ llm, tools: [], prompt: "You help." });`,
      `await agent.invoke({ messages: [] }, { recursionLimit: 60 });`,
    ],
    model: "claude-sonnet-4-5",
    cap: 700,
    calls: 30,
  },
  {
    name: "@openai/agents run: maxTurns, the agent's model and cap",
    profiles: ["agents.Agent", "agents.run"],
    code: [`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4.1", modelSettings: { maxTokens: 300 } });`, `await run(agent, "hi", { maxTurns: 40 });`],
    model: "gpt-4.1",
    cap: 300,
    calls: 40,
  },
  {
    name: "@openai/agents Runner: default maxTurns, no cap",
    profiles: ["agents.Agent", "agents.Runner.run"],
    code: [`import { Agent, Runner } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4o" });`, `const runner = new Runner();`, `await runner.run(agent, "hi");`],
    model: "gpt-4o",
    cap: "absent",
    calls: 10,
  },
  {
    name: "@openai/agents Runner: its model overrides the agent's; its modelSettings cap every call",
    profiles: ["agents.Runner", "agents.Runner.run"],
    code: [
      `import { Agent, Runner } from "@openai/agents";`,
      `const agent = new Agent({ name: "a", model: "gpt-4o", modelSettings: { maxTokens: 500 } });`,
      `const runner = new Runner({ model: "gpt-4.1-mini", modelSettings: { maxTokens: 250 } });`,
      `await runner.run(agent, "hi", { maxTurns: 4 });`,
    ],
    model: "gpt-4.1-mini",
    cap: 250,
    calls: 4,
  },
  {
    name: "@openai/agents SandboxAgent run: no cap, its model",
    profiles: ["agents.Agent", "agents.run"],
    code: [`import { run } from "@openai/agents";`, `import { SandboxAgent } from "@openai/agents/sandbox";`, `const agent = new SandboxAgent({ name: "s", model: "gpt-4.1", instructions: "i" });`, `await run(agent, "hi", { maxTurns: 3 });`],
    model: "gpt-4.1",
    cap: "absent",
    calls: 3,
  },
  {
    name: "LangChain classic initChatModel: the model id, a cap absent from its options",
    profiles: ["langchain.initChatModel", "langchain.chatModel.invoke"],
    code: [`import { initChatModel } from "@langchain/classic/chat_models/universal";`, `const m = await initChatModel("gpt-4o", { temperature: 0 });`, `await m.invoke("x");`],
    model: "gpt-4o",
    cap: "absent",
  },
  {
    name: "@openai/agents Agent.create with a cap",
    profiles: ["agents.Agent.create"],
    code: [`import { Agent } from "@openai/agents";`, `export const agent = Agent.create({ name: "a", modelSettings: { maxTokens: 50 } });`],
    cap: 50,
  },
  {
    name: "Google GenAI, nested cap",
    profiles: ["google.client", "google.generateContent"],
    code: [`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 256 } });`],
    model: "gemini-2.5-flash",
    cap: 256,
  },
  // --- SDK surfaces of part 2: answers from the SDKs' own typings and defaults (docs/architecture.md, FACTS) ---
  {
    name: "openai legacy completions: the API's own 16-token cap when none is set",
    profiles: ["openai.completions"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });`],
    model: "gpt-3.5-turbo-instruct",
    cap: 16,
  },
  {
    name: "openai Assistants: an assistant with tools, a run on a thread with max_completion_tokens",
    profiles: ["openai.assistants.create", "openai.threads.runs"],
    code: [
      `import OpenAI from "openai";`,
      `const client = new OpenAI();`,
      `const assistant = await client.beta.assistants.create({ model: "gpt-4o", instructions: "Help.", tools: [] });`,
      `await client.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistant.id, max_completion_tokens: 900 });`,
    ],
    cap: 900,
  },
  {
    name: "openai Assistants: createAndRun without a cap",
    profiles: ["openai.threads.createAndRun"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.beta.threads.createAndRun({ assistant_id: "asst_1", thread: { messages: [] } });`],
    cap: "absent",
  },
  {
    name: "openai Assistants: a run resumed with tool outputs (its cap was set when it started)",
    profiles: ["openai.threads.runs.submitToolOutputs"],
    code: [`import OpenAI from "openai";`, `const client = new OpenAI();`, `await client.beta.threads.runs.submitToolOutputsAndPoll(runId, { thread_id: threadId, tool_outputs: [] });`],
    cap: "not-visible",
  },
  {
    name: "openai 3.x createChatCompletion with max_tokens",
    profiles: ["openai.v3.client", "openai.v3.createChatCompletion"],
    code: [`import { Configuration, OpenAIApi } from "openai";`, `const openai = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages: [], max_tokens: 200 });`],
    model: "gpt-3.5-turbo",
    cap: 200,
  },
  {
    name: "openai 3.x createCompletion: the API's 16-token default",
    profiles: ["openai.v3.createCompletion"],
    code: [`import { Configuration, OpenAIApi } from "openai";`, `const openai = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `await openai.createCompletion({ model: "gpt-3.5-turbo-instruct", prompt: "hi" });`],
    model: "gpt-3.5-turbo-instruct",
    cap: 16,
  },
  {
    name: "groq-sdk: no cap",
    profiles: ["groq-sdk.client", "groq-sdk.chat.completions"],
    code: [`import Groq from "groq-sdk";`, `const groq = new Groq();`, `await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [] });`],
    model: "llama-3.3-70b-versatile",
    cap: "absent",
  },
  {
    name: "together-ai: max_tokens",
    profiles: ["together-ai.client", "together-ai.chat.completions"],
    code: [`import Together from "together-ai";`, `const together = new Together();`, `await together.chat.completions.create({ model: "meta-llama/Llama-3.3-70B-Instruct-Turbo", messages: [], max_tokens: 512 });`],
    model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    cap: 512,
  },
  {
    name: "Cerebras: max_completion_tokens",
    profiles: ["@cerebras/cerebras_cloud_sdk.client", "@cerebras/cerebras_cloud_sdk.chat.completions"],
    code: [`import Cerebras from "@cerebras/cerebras_cloud_sdk";`, `const c = new Cerebras();`, `await c.chat.completions.create({ model: "llama3.1-8b", messages: [], max_completion_tokens: 64 });`],
    model: "llama3.1-8b",
    cap: 64,
  },
  {
    name: "portkey-ai: no cap",
    profiles: ["portkey-ai.client", "portkey-ai.chat.completions"],
    code: [`import Portkey from "portkey-ai";`, `const portkey = new Portkey({ apiKey: "k" });`, `await portkey.chat.completions.create({ model: "gpt-4o", messages: [] });`],
    model: "gpt-4o",
    cap: "absent",
  },
  {
    name: "@google/genai chats: the chat's config cap",
    profiles: ["google.chats.create", "google.chat.sendMessage"],
    code: [`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `const chat = ai.chats.create({ model: "gemini-2.5-flash", config: { maxOutputTokens: 300 } });`, `await chat.sendMessage({ message: "hi" });`],
    model: "gemini-2.5-flash",
    cap: 300,
  },
  {
    name: "@google/generative-ai: getGenerativeModel without a cap",
    profiles: ["google-generative-ai.client", "google-generative-ai.getGenerativeModel", "google-generative-ai.generateContent"],
    code: [`import { GoogleGenerativeAI } from "@google/generative-ai";`, `const genAI = new GoogleGenerativeAI("key");`, `const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });`, `await model.generateContent("hi");`],
    model: "gemini-1.5-flash",
    cap: "absent",
  },
  {
    name: "@google/generative-ai: a chat session on a capped model",
    profiles: ["google-generative-ai.startChat", "google-generative-ai.sendMessage"],
    code: [
      `import { GoogleGenerativeAI } from "@google/generative-ai";`,
      `const genAI = new GoogleGenerativeAI("key");`,
      `const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", generationConfig: { maxOutputTokens: 250 } });`,
      `const chat = model.startChat({ history: [] });`,
      `await chat.sendMessage("hi");`,
    ],
    model: "gemini-1.5-flash",
    cap: 250,
  },
  {
    name: "@google-cloud/vertexai: getGenerativeModel with a cap",
    profiles: ["vertexai.getGenerativeModel"],
    code: [`import { VertexAI } from "@google-cloud/vertexai";`, `const vertex = new VertexAI({ project: "p", location: "us-central1" });`, `const model = vertex.getGenerativeModel({ model: "gemini-1.5-pro", generationConfig: { maxOutputTokens: 100 } });`, `await model.generateContent("hi");`],
    model: "gemini-1.5-pro",
    cap: 100,
  },
  {
    name: "@google-cloud/vertexai preview: a chat with no cap",
    profiles: ["vertexai.preview.getGenerativeModel", "vertexai.preview.startChat"],
    code: [`import { VertexAI } from "@google-cloud/vertexai";`, `const vertex = new VertexAI({ project: "p", location: "us-central1" });`, `const model = vertex.preview.getGenerativeModel({ model: "gemini-1.5-pro" });`, `const chat = model.startChat();`, `await chat.sendMessage("hi");`],
    model: "gemini-1.5-pro",
    cap: "absent",
  },
  {
    name: "Bedrock Converse: inferenceConfig.maxTokens",
    profiles: ["bedrock.client", "bedrock.converse"],
    code: [`import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";`, `const bedrock = new BedrockRuntimeClient({});`, `await bedrock.send(new ConverseCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", messages: [], inferenceConfig: { maxTokens: 400 } }));`],
    model: "anthropic.claude-3-haiku-20240307-v1:0",
    cap: 400,
  },
  {
    name: "Bedrock InvokeModel: the cap in the JSON body",
    profiles: ["bedrock.invokeModel"],
    code: [`import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";`, `const bedrock = new BedrockRuntimeClient({});`, `await bedrock.send(new InvokeModelCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", body: JSON.stringify({ max_tokens: 300, messages: [] }) }));`],
    model: "anthropic.claude-3-haiku-20240307-v1:0",
    cap: 300,
  },
  {
    name: "Bedrock aggregated client: converse without a cap",
    profiles: ["bedrock.converse.method"],
    code: [`import { BedrockRuntime } from "@aws-sdk/client-bedrock-runtime";`, `const br = new BedrockRuntime({});`, `await br.converse({ modelId: "amazon.nova-lite-v1:0", messages: [] });`],
    model: "amazon.nova-lite-v1:0",
    cap: "absent",
  },
  {
    name: "Bedrock Nova Sonic stream: the model; the cap travels inside the event stream",
    profiles: ["bedrock.invokeModelWithBidirectionalStream"],
    code: [`import { BedrockRuntimeClient, InvokeModelWithBidirectionalStreamCommand } from "@aws-sdk/client-bedrock-runtime";`, `const bedrock = new BedrockRuntimeClient({});`, `await bedrock.send(new InvokeModelWithBidirectionalStreamCommand({ modelId: "amazon.nova-sonic-v1:0", body: events() }));`],
    model: "amazon.nova-sonic-v1:0",
    cap: "not-visible",
  },
  {
    name: "Bedrock agent runtime RetrieveAndGenerate: textInferenceConfig.maxTokens",
    profiles: ["bedrock-agent.client", "bedrock-agent.retrieveAndGenerate"],
    code: [`import { BedrockAgentRuntimeClient, RetrieveAndGenerateCommand } from "@aws-sdk/client-bedrock-agent-runtime";`, `const agents = new BedrockAgentRuntimeClient({});`, `await agents.send(new RetrieveAndGenerateCommand({ input: { text: "q" }, retrieveAndGenerateConfiguration: { type: "KNOWLEDGE_BASE", knowledgeBaseConfiguration: { knowledgeBaseId: "kb", modelArn: "amazon.nova-pro-v1:0", generationConfiguration: { inferenceConfig: { textInferenceConfig: { maxTokens: 250 } } } } } }));`],
    model: "amazon.nova-pro-v1:0",
    cap: 250,
  },
  {
    name: "Bedrock agent runtime aggregated client: retrieveAndGenerateStream without a cap",
    profiles: ["bedrock-agent.retrieveAndGenerate.method"],
    code: [`import { BedrockAgentRuntime } from "@aws-sdk/client-bedrock-agent-runtime";`, `const agents = new BedrockAgentRuntime({});`, `await agents.retrieveAndGenerateStream({ input: { text: "q" }, retrieveAndGenerateConfiguration: { type: "KNOWLEDGE_BASE", knowledgeBaseConfiguration: { knowledgeBaseId: "kb", modelArn: "amazon.nova-pro-v1:0" } } });`],
    model: "amazon.nova-pro-v1:0",
    cap: "absent",
  },
  {
    name: "Bedrock InvokeAgent: the agent's model and limits are in its definition",
    profiles: ["bedrock-agent.invokeAgent"],
    code: [`import { BedrockAgentRuntimeClient, InvokeAgentCommand } from "@aws-sdk/client-bedrock-agent-runtime";`, `const agents = new BedrockAgentRuntimeClient({});`, `await agents.send(new InvokeAgentCommand({ agentId: "a", agentAliasId: "b", sessionId: "s", inputText: "q" }));`],
    cap: "not-visible",
  },
  {
    name: "Bedrock InvokeInlineAgent: its foundationModel",
    profiles: ["bedrock-agent.invokeInlineAgent"],
    code: [`import { BedrockAgentRuntimeClient, InvokeInlineAgentCommand } from "@aws-sdk/client-bedrock-agent-runtime";`, `const agents = new BedrockAgentRuntimeClient({});`, `await agents.send(new InvokeInlineAgentCommand({ foundationModel: "amazon.nova-lite-v1:0", instruction: "Be brief.", sessionId: "s", inputText: "q" }));`],
    model: "amazon.nova-lite-v1:0",
    cap: "not-visible",
  },
  {
    name: "Bedrock agent runtime aggregated client: invokeAgent",
    profiles: ["bedrock-agent.invokeAgent.method"],
    code: [`import { BedrockAgentRuntime } from "@aws-sdk/client-bedrock-agent-runtime";`, `const agents = new BedrockAgentRuntime({});`, `await agents.invokeAgent({ agentId: "a", agentAliasId: "b", sessionId: "s", inputText: "q" });`],
    cap: "not-visible",
  },
  {
    name: "SageMaker TGI endpoint: parameters.max_new_tokens",
    profiles: ["sagemaker.client", "sagemaker.invokeEndpoint"],
    code: [`import { SageMakerRuntimeClient, InvokeEndpointCommand } from "@aws-sdk/client-sagemaker-runtime";`, `const sm = new SageMakerRuntimeClient({});`, `await sm.send(new InvokeEndpointCommand({ EndpointName: "e", Body: JSON.stringify({ inputs: "hi", parameters: { max_new_tokens: 128 } }) }));`],
    cap: 128,
  },
  {
    name: "SageMaker aggregated client: a chat body without a cap (not required)",
    profiles: ["sagemaker.invokeEndpoint.method"],
    code: [`import { SageMakerRuntime } from "@aws-sdk/client-sagemaker-runtime";`, `const sm = new SageMakerRuntime({});`, `await sm.invokeEndpoint({ EndpointName: "e", Body: JSON.stringify({ messages: [{ role: "user", content: "hi" }] }) });`],
    cap: "not-visible",
  },
  {
    name: "Cloudflare Workers AI: env.AI.run with max_tokens",
    profiles: ["workers-ai.run"],
    code: [`export default { async fetch(req: Request, env: Env) { return Response.json(await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "hi", max_tokens: 64 })); } };`],
    model: "@cf/meta/llama-3.1-8b-instruct",
    cap: 64,
  },
  {
    name: "chatgpt ChatGPTAPI: completionParams on the client",
    profiles: ["chatgpt.client", "chatgpt.sendMessage"],
    code: [`import { ChatGPTAPI } from "chatgpt";`, `const api = new ChatGPTAPI({ apiKey: "k", completionParams: { model: "gpt-4o-mini", max_tokens: 200 } });`, `await api.sendMessage("hi");`],
    model: "gpt-4o-mini",
    cap: 200,
  },
  {
    name: "Mistral chat.complete: maxTokens",
    profiles: ["mistral.client", "mistral.chat"],
    code: [`import { Mistral } from "@mistralai/mistralai";`, `const mistral = new Mistral({ apiKey: "k" });`, `await mistral.chat.complete({ model: "mistral-large-latest", messages: [], maxTokens: 300 });`],
    model: "mistral-large-latest",
    cap: 300,
  },
  {
    name: "Mistral agents.complete: no cap",
    profiles: ["mistral.agents"],
    code: [`import { Mistral } from "@mistralai/mistralai";`, `const mistral = new Mistral({ apiKey: "k" });`, `await mistral.agents.complete({ agentId: "ag_1", messages: [] });`],
    cap: "absent",
  },
  {
    name: "ollama default instance: options.num_predict",
    profiles: ["ollama.default"],
    code: [`import ollama from "ollama";`, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 256 } });`],
    model: "llama3.1",
    cap: 256,
  },
  {
    name: "new Ollama(): no cap",
    profiles: ["ollama.client", "ollama.construct"],
    code: [`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "http://127.0.0.1:11434" });`, `await o.generate({ model: "llama3.1", prompt: "p" });`],
    model: "llama3.1",
    cap: "absent",
  },
  {
    name: "cohere-ai CohereClientV2: maxTokens",
    profiles: ["cohere.client", "cohere.v2.chat"],
    code: [`import { CohereClientV2 } from "cohere-ai";`, `const cohere = new CohereClientV2({ token: "t" });`, `await cohere.chat({ model: "command-a-03-2025", messages: [], maxTokens: 300 });`],
    model: "command-a-03-2025",
    cap: 300,
  },
  {
    name: "cohere-ai CohereClient.v2: no cap",
    profiles: ["cohere.client.v2.chat"],
    code: [`import { CohereClient } from "cohere-ai";`, `const cohere = new CohereClient({ token: "t" });`, `await cohere.v2.chat({ model: "command-r-plus", messages: [] });`],
    model: "command-r-plus",
    cap: "absent",
  },
  {
    name: "Claude Agent SDK query: maxTurns (no per-call output cap to set)",
    profiles: ["claude-agent-sdk.query"],
    code: [`import { query } from "@anthropic-ai/claude-agent-sdk";`, `for await (const m of query({ prompt: "p", options: { model: "claude-sonnet-4-5", maxTurns: 12 } })) console.log(m);`],
    model: "claude-sonnet-4-5",
    cap: "not-visible",
    calls: 12,
  },
  {
    name: "LlamaIndex OpenAI: the LLM's maxTokens, llm.chat",
    profiles: ["llamaindex.OpenAI", "llamaindex.llm.chat"],
    code: [`import { OpenAI } from "@llamaindex/openai";`, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 250 });`, `await llm.chat({ messages: [{ role: "user", content: "hi" }] });`],
    model: "gpt-4o-mini",
    cap: 250,
  },
  {
    name: "LlamaIndex openai() factory, llm.complete without a cap",
    profiles: ["llamaindex.openai"],
    code: [`import { openai } from "@llamaindex/openai";`, `const llm = openai({ model: "gpt-4o" });`, `await llm.complete({ prompt: "hi" });`],
    model: "gpt-4o",
    cap: "absent",
  },
  {
    name: "LlamaIndex workflow agent: the llm's model and cap, no step cap",
    profiles: ["llamaindex.agent", "llamaindex.agent.run"],
    code: [`import { OpenAI } from "@llamaindex/openai";`, `import { agent } from "@llamaindex/workflow";`, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 400 });`, `const a = agent({ llm, tools: [], systemPrompt: "s" });`, `await a.run("hi");`],
    model: "gpt-4o-mini",
    cap: 400,
    calls: null,
  },
  {
    name: "OpenRouter chat.send 1.x: the body under chatRequest",
    profiles: ["openrouter.client", "openrouter.chat.send"],
    code: [`import { OpenRouter } from "@openrouter/sdk";`, `const client = new OpenRouter({ apiKey: "k" });`, `await client.chat.send({ chatRequest: { model: "openai/gpt-4o-mini", messages: [], maxTokens: 300 } });`],
    model: "openai/gpt-4o-mini",
    cap: 300,
  },
  {
    name: "OpenRouter chat.send 0.9: the body under chatGenerationParams, maxCompletionTokens",
    profiles: ["openrouter.chat.send"],
    code: [`import { OpenRouter } from "@openrouter/sdk";`, `const client = new OpenRouter({ apiKey: "k" });`, `await client.chat.send({ chatGenerationParams: { model: "openai/gpt-4o", messages: [], maxCompletionTokens: 120 } });`],
    model: "openai/gpt-4o",
    cap: 120,
  },
  {
    name: "OpenRouter callModel: tools, the default stepCountIs(5), maxOutputTokens",
    profiles: ["openrouter.callModel"],
    code: [`import { OpenRouter } from "@openrouter/sdk";`, `const client = new OpenRouter({ apiKey: "k" });`, `await client.callModel({ model: "openai/gpt-4o-mini", input: "hi", tools: [lookup], maxOutputTokens: 150 });`],
    model: "openai/gpt-4o-mini",
    cap: 150,
    calls: 5,
  },
  {
    name: "OpenRouter chat.send 0.5: the request is the body, no cap",
    profiles: ["openrouter.chat.send"],
    code: [`import { OpenRouter } from "@openrouter/sdk";`, `const client = new OpenRouter({ apiKey: "k" });`, `await client.chat.send({ model: "anthropic/claude-3.5-haiku", messages: [] });`],
    model: "anthropic/claude-3.5-haiku",
    cap: "absent",
  },
  {
    name: "Mastra: the agent's model, the default 5 steps, the call's cap",
    profiles: ["mastra.Agent", "mastra.Agent.generate"],
    code: [`import { Agent } from "@mastra/core/agent";`, `import { openai } from "@ai-sdk/openai";`, `const agent = new Agent({ name: "a", instructions: "i", model: openai("gpt-4o-mini") });`, `await agent.generate("hi", { modelSettings: { maxOutputTokens: 500 } });`],
    model: "gpt-4o-mini",
    cap: 500,
    calls: 5,
  },
  {
    name: "Mastra: an agent from the registry",
    profiles: ["mastra.getAgent"],
    code: [`import { mastra } from "./mastra";`, `import { Mastra } from "@mastra/core";`, `const m = new Mastra({});`, `const agent = m.getAgent("support");`, `await agent.generate("hi", { maxSteps: 8, modelSettings: { maxOutputTokens: 200 } });`],
    cap: 200,
    calls: 8,
  },
  {
    name: "Mastra: a workflow step made from an agent runs it with the agent's defaults (no cap there)",
    profiles: ["mastra.createStep"],
    code: [
      `import { Agent } from "@mastra/core/agent";`,
      `import { createStep } from "@mastra/core/workflows";`,
      `import { openai } from "@ai-sdk/openai";`,
      `const writer = new Agent({ name: "w", instructions: "Write.", model: openai("gpt-4o") });`,
      `export const step = createStep(writer);`,
    ],
    model: "gpt-4o",
    cap: "absent",
    calls: 5,
  },
  {
    name: "Mastra: an agent network, its iterations and the routing agent's cap",
    profiles: ["mastra.Agent.network"],
    code: [`import { Agent } from "@mastra/core/agent";`, `const router = new Agent({ name: "r", instructions: "Route.", model: "openai/gpt-4o-mini", agents: {} });`, `await router.network("task", { maxSteps: 4, modelSettings: { maxOutputTokens: 300 } });`],
    model: "openai/gpt-4o-mini",
    cap: 300,
    calls: 4,
  },
  {
    name: "Mastra 0.x: an AgentNetwork run, 10 routing steps per agent, no cap",
    profiles: ["mastra.AgentNetwork", "mastra.AgentNetwork.generate"],
    code: [`import { AgentNetwork } from "@mastra/core/network";`, `import { openai } from "@ai-sdk/openai";`, `const network = new AgentNetwork({ name: "n", agents: [a, b], model: openai("gpt-4o"), instructions: "Route." });`, `await network.generate("task");`],
    model: "gpt-4o",
    cap: "absent",
    calls: 20,
  },
  {
    name: "genkit: generate with tools, maxTurns and config.maxOutputTokens",
    profiles: ["genkit.genkit", "genkit.generate"],
    code: [`import { genkit } from "genkit";`, `const ai = genkit({ plugins: [] });`, `await ai.generate({ model: "googleai/gemini-2.5-flash", prompt: "p", tools: [lookup], maxTurns: 7, config: { maxOutputTokens: 300 } });`],
    model: "googleai/gemini-2.5-flash",
    cap: 300,
    calls: 7,
  },
  {
    name: "vscode.lm: the family asked for; sendRequest takes no output cap",
    profiles: ["vscode.lm.selectChatModels", "vscode.lm.sendRequest"],
    code: [`import * as vscode from "vscode";`, `const [model] = await vscode.lm.selectChatModels({ family: "gpt-4o" });`, `await model.sendRequest([], {}, token);`],
    model: "gpt-4o",
    cap: "not-visible",
  },
  {
    name: "raw HTTP: OpenAI chat completions with max_tokens",
    profiles: ["http.openai.chat"],
    code: [`await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", messages: [], max_tokens: 150 }) });`],
    model: "gpt-4o",
    cap: 150,
  },
  {
    name: "raw HTTP: Azure OpenAI deployment, no cap",
    profiles: ["http.azure.chat"],
    code: [`await fetch("https://acme.openai.azure.com/openai/deployments/chat4o/chat/completions?api-version=2024-06-01", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ messages: [] }) });`],
    cap: "absent",
  },
  {
    name: "raw HTTP: OpenRouter, no cap",
    profiles: ["http.openrouter.chat"],
    code: [`await fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [] }) });`],
    model: "openai/gpt-4o-mini",
    cap: "absent",
  },
  {
    name: "raw HTTP: Groq with max_completion_tokens",
    profiles: ["http.groq.chat"],
    code: [`await fetch("https://api.groq.com/openai/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "llama-3.3-70b-versatile", messages: [], max_completion_tokens: 80 }) });`],
    model: "llama-3.3-70b-versatile",
    cap: 80,
  },
  {
    name: "raw HTTP: Mistral, no cap",
    profiles: ["http.mistral.chat"],
    code: [`await fetch("https://api.mistral.ai/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "mistral-small-latest", messages: [] }) });`],
    model: "mistral-small-latest",
    cap: "absent",
  },
  {
    name: "raw HTTP: DeepSeek with max_tokens",
    profiles: ["http.deepseek.chat"],
    code: [`await fetch("https://api.deepseek.com/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "deepseek-chat", messages: [], max_tokens: 400 }) });`],
    model: "deepseek-chat",
    cap: 400,
  },
  {
    name: "raw HTTP: Together, no cap",
    profiles: ["http.together.chat"],
    code: [`await fetch("https://api.together.xyz/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "meta-llama/Llama-3.3-70B-Instruct-Turbo", messages: [] }) });`],
    model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    cap: "absent",
  },
  {
    name: "raw HTTP: Fireworks with max_tokens",
    profiles: ["http.fireworks.chat"],
    code: [`await fetch("https://api.fireworks.ai/inference/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "accounts/fireworks/models/llama-v3p1-8b-instruct", messages: [], max_tokens: 64 }) });`],
    model: "accounts/fireworks/models/llama-v3p1-8b-instruct",
    cap: 64,
  },
  {
    name: "raw HTTP: xAI, no cap",
    profiles: ["http.xai.chat"],
    code: [`await fetch("https://api.x.ai/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "grok-4", messages: [] }) });`],
    model: "grok-4",
    cap: "absent",
  },
  {
    name: "raw HTTP: Perplexity with max_tokens",
    profiles: ["http.perplexity.chat"],
    code: [`await fetch("https://api.perplexity.ai/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "sonar", messages: [], max_tokens: 200 }) });`],
    model: "sonar",
    cap: 200,
  },
  {
    name: "raw HTTP: Cerebras, no cap",
    profiles: ["http.cerebras.chat"],
    code: [`await fetch("https://api.cerebras.ai/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "llama3.1-8b", messages: [] }) });`],
    model: "llama3.1-8b",
    cap: "absent",
  },
  {
    name: "raw HTTP: Cohere v2 chat with max_tokens",
    profiles: ["http.cohere.v2.chat"],
    code: [`await fetch("https://api.cohere.com/v2/chat", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "command-r-plus", messages: [], max_tokens: 300 }) });`],
    model: "command-r-plus",
    cap: 300,
  },
  {
    name: "raw HTTP: Cohere v1 chat, no cap",
    profiles: ["http.cohere.v1.chat"],
    code: [`await fetch("https://api.cohere.ai/v1/chat", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "command-r", message: "hi", chat_history: [] }) });`],
    model: "command-r",
    cap: "absent",
  },
  {
    name: "raw HTTP: Bedrock Converse, the model in the URL, inferenceConfig.maxTokens",
    profiles: ["http.bedrock.converse"],
    code: [`await fetch("https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.nova-lite-v1:0/converse", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ messages: [], inferenceConfig: { maxTokens: 300 } }) });`],
    model: "amazon.nova-lite-v1:0",
    cap: 300,
  },
  {
    name: "raw HTTP: an OpenAI-compatible local server, no cap",
    profiles: ["http.compatible.chat"],
    code: [`await fetch("http://localhost:8080/v1/chat/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "local", messages: [] }) });`],
    model: "local",
    cap: "absent",
  },
  {
    name: "raw HTTP: OpenAI Responses with max_output_tokens",
    profiles: ["http.openai.responses"],
    code: [`await fetch("https://api.openai.com/v1/responses", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "gpt-4o-mini", input: "hi", max_output_tokens: 90 }) });`],
    model: "gpt-4o-mini",
    cap: 90,
  },
  {
    name: "raw HTTP: OpenAI legacy completions with max_tokens",
    profiles: ["http.openai.completions"],
    code: [`await fetch("https://api.openai.com/v1/completions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "gpt-3.5-turbo-instruct", prompt: "hi", max_tokens: 100 }) });`],
    model: "gpt-3.5-turbo-instruct",
    cap: 100,
  },
  {
    name: "raw HTTP: Anthropic messages, no cap",
    profiles: ["http.anthropic.messages"],
    code: [`await fetch("https://api.anthropic.com/v1/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "claude-sonnet-4-5", messages: [] }) });`],
    model: "claude-sonnet-4-5",
    cap: "absent",
  },
  {
    name: "raw HTTP: Gemini, the model in the URL, generationConfig.maxOutputTokens",
    profiles: ["http.gemini.generateContent"],
    code: [`await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contents: [], generationConfig: { maxOutputTokens: 256 } }) });`],
    model: "gemini-2.5-flash",
    cap: 256,
  },
  {
    name: "raw HTTP: Ollama /api/chat, options.num_predict",
    profiles: ["http.ollama"],
    code: [`await fetch("http://localhost:11434/api/chat", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "llama3.1", messages: [], options: { num_predict: 128 } }) });`],
    model: "llama3.1",
    cap: 128,
  },
  {
    name: "openai-edge createChatCompletion, no cap",
    profiles: ["openai-edge.client", "openai-edge.createChatCompletion"],
    code: [`import { Configuration, OpenAIApi } from "openai-edge";`, `const openai = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `await openai.createChatCompletion({ model: "gpt-4o", messages: [], stream: true });`],
    model: "gpt-4o",
    cap: "absent",
  },
  {
    name: "openai-edge createCompletion: the API's 16-token default",
    profiles: ["openai-edge.createCompletion"],
    code: [`import { Configuration, OpenAIApi } from "openai-edge";`, `const openai = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `await openai.createCompletion({ model: "gpt-3.5-turbo-instruct", prompt: "hi" });`],
    model: "gpt-3.5-turbo-instruct",
    cap: 16,
  },
  {
    name: "@azure/openai getChatCompletions: deployment and messages as arguments, no options",
    profiles: ["azure-openai.client", "azure-openai.getChatCompletions"],
    code: [`import { OpenAIClient, AzureKeyCredential } from "@azure/openai";`, `const client = new OpenAIClient(endpoint, new AzureKeyCredential(key));`, `await client.getChatCompletions("gpt-4o", [{ role: "user", content: "hi" }]);`],
    model: "gpt-4o",
    cap: "absent",
  },
  {
    name: "@azure/openai getCompletions with maxTokens",
    profiles: ["azure-openai.getCompletions"],
    code: [`import { OpenAIClient, AzureKeyCredential } from "@azure/openai";`, `const client = new OpenAIClient(endpoint, new AzureKeyCredential(key));`, `await client.getCompletions("gpt-35-turbo-instruct", ["hi"], { maxTokens: 64 });`],
    model: "gpt-35-turbo-instruct",
    cap: 64,
  },
  {
    name: "@ai-sdk/harness HarnessAgent run: no cap option, no step cap of the harness's own",
    profiles: ["harness.agent", "harness.agent.run"],
    code: [`import { HarnessAgent } from "@ai-sdk/harness/agent";`, `const agent = new HarnessAgent({ harness, model: "claude-sonnet-4-5" });`, `await agent.generate({ prompt: "hi", session });`],
    model: "claude-sonnet-4-5",
    cap: "not-visible",
  },
  {
    name: "Workers AI REST: the model in the URL, max_tokens read (never required)",
    profiles: ["http.workers-ai.run"],
    code: [`await fetch(\`https://api.cloudflare.com/client/v4/accounts/\${process.env.CF_ACCOUNT}/ai/run/@cf/meta/llama-3.1-8b-instruct\`, { method: "POST", body: JSON.stringify({ messages: [], max_tokens: 256 }) });`],
    model: "@cf/meta/llama-3.1-8b-instruct",
    cap: 256,
  },
  {
    name: "@lmstudio/sdk respond without options: no cap",
    profiles: ["lmstudio.client", "lmstudio.llm.model", "lmstudio.respond"],
    code: [`import { LMStudioClient } from "@lmstudio/sdk";`, `const client = new LMStudioClient();`, `const model = await client.llm.model("qwen2.5-7b-instruct");`, `await model.respond(chat);`],
    model: "qwen2.5-7b-instruct",
    cap: "absent",
  },
  {
    name: "@lmstudio/sdk act with maxPredictionRounds and maxTokens",
    profiles: ["lmstudio.act"],
    code: [`import { LMStudioClient } from "@lmstudio/sdk";`, `const client = new LMStudioClient();`, `const model = await client.llm.model("qwen2.5-7b-instruct");`, `await model.act(chat, tools, { maxPredictionRounds: 4, maxTokens: 300 });`],
    model: "qwen2.5-7b-instruct",
    cap: 300,
    calls: 4,
  },
];

const SETTINGS: EstimateSettings = { config: defaultConfig(), pricing: defaultPricingTable() };

function lint(text: string, ruleId: string, options: unknown, withCost = false): Finding[] {
  const result = lintText("app.ts", text, [{ rule: ruleById(ruleId)!, options }], withCost ? { envFor: (sf) => costEnvironment(sf, SETTINGS) } : {});
  assert.deepEqual(result.failures, []);
  return result.findings;
}

/** The estimate of the case's model call (the last generate or agent-run call of the file). */
function estimateOf(text: string): CallEstimate | undefined {
  const all = estimateCalls(analyzeFile(parseSource("app.ts", text)), SETTINGS);
  return all[all.length - 1];
}

describe("agreement: rules and the estimate give the same answers", () => {
  it("every generate, agent-run, agent and client profile has a case that matches it", () => {
    for (const profile of PROFILES) {
      if (!["generate", "agent-run", "agent", "client"].includes(profile.kind)) continue;
      const cases = CASES.filter((c) => c.profiles.includes(profile.id));
      assert.ok(cases.length > 0, `no agreement case for ${profile.id}`);
      for (const c of cases) {
        const sites = analyzeFile(parseSource("app.ts", c.code.join("\n"))).sites;
        assert.ok(sites.some((s) => s.profile.id === profile.id), `${c.name}: no ${profile.id} site (${sites.map((s) => s.profile.id).join(", ")})`);
      }
    }
  });

  for (const c of CASES) {
    describe(c.name, () => {
      const text = c.code.join("\n");
      const estimate = estimateOf(text);

      it("output cap: require-max-tokens and the estimate", () => {
        const findings = lint(text, "require-max-tokens", {});
        const messageIds = findings.map((f) => f.messageId);
        assert.deepEqual(messageIds, c.cap === "absent" ? ["missingCap"] : c.cap === "conditional" ? ["conditionalCap"] : []);
        if (!estimate) return;
        if (typeof c.cap === "number") {
          assert.equal(estimate.outputTokens, c.cap);
          assert.ok(!estimate.flags.some((f) => f === "no-output-cap" || f === "conditional-cap" || f === "cap-unknown"), estimate.flags.join(", "));
        } else {
          const flag = { absent: "no-output-cap", conditional: "conditional-cap", "not-visible": "cap-unknown" }[c.cap];
          assert.ok(estimate.flags.includes(flag as CallEstimate["flags"][number]), `${flag} not in ${estimate.flags.join(", ")}`);
        }
      });

      it("calls per run: require-iteration-cap and the estimate's worst case", () => {
        // With a limit of 1, the rule states the calls it computes for every agent.
        const findings = lint(text, "require-iteration-cap", { maxIterations: 1 });
        const framework = findings.filter((f) => f.messageId.startsWith("framework"));
        if (c.calls === undefined) assert.deepEqual(framework, []);
        else if (c.calls === null) assert.deepEqual(framework.map((f) => f.messageId), ["frameworkUncapped"]);
        else assert.deepEqual(framework.map((f) => [f.messageId, f.data?.calls]), [["frameworkTooHigh", c.calls]]);
        if (!estimate) return;
        assert.equal(estimate.loop?.iterations, c.calls);
        if (typeof c.calls === "number") assert.ok(Math.abs(estimate.loop!.worstCaseUsd! - c.calls * estimate.costUsd) < 1e-12);
      });

      it("model: the estimate and the cost the rule quotes", () => {
        if (!estimate) return;
        assert.equal(estimate.requestedModel, c.model);
        const quoted = lint(text, "require-max-tokens", {}, true).find((f) => f.messageId === "missingCapCost");
        if (quoted) {
          const assumed = estimate.flags.includes("default-model") || estimate.flags.includes("unknown-model");
          assert.equal(String(quoted.data?.model).replace(/ \((assumed model)?(, )?(approximate)?\)$/, ""), estimate.model);
          assert.equal(String(quoted.data?.model).includes("assumed model"), assumed);
        }
      });
    });
  }
});
