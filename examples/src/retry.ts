import OpenAI from "openai";
import pRetry from "p-retry";

const openai = new OpenAI();

function summarize(text: string) {
  return openai.responses.create({ model: "gpt-4o-mini", input: `Summarize: ${text}`, max_output_tokens: 200 });
}

// ❌ p-retry that never gives up.
export function summarizeForever(text: string) {
  return pRetry(() => summarize(text), { retries: Infinity }); // expect: no-unbounded-retry
}

// ❌ A generic helper that retries whatever it is given, at once, forever: here, a model call (below).
export async function withRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (;;) { // expect: no-unbounded-retry, require-retry-backoff
    try {
      return await operation();
    } catch (error) {
      console.warn("retrying after", error);
    }
  }
}

export function summarizeWithHelper(text: string) {
  return withRetry(() => summarize(text));
}

// ❌ Recursion from the catch clause: the same storm, written differently.
export async function summarizeAgain(text: string): Promise<unknown> {
  try {
    return await summarize(text);
  } catch {
    return summarizeAgain(text); // expect: no-unbounded-retry, require-retry-backoff
  }
}

// ✅ Bounded, with exponential backoff (p-retry's default factor is 2).
export function summarizeCarefully(text: string) {
  return pRetry(() => summarize(text), { retries: 3, minTimeout: 500 });
}

// ✅ Recursion with an attempt count and a growing delay.
export async function summarizeWithAttempts(text: string, attempt = 0): Promise<unknown> {
  try {
    return await summarize(text);
  } catch (error) {
    if (attempt >= 2) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    return summarizeWithAttempts(text, attempt + 1);
  }
}
