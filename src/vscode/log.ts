/** The extension's log: a LogOutputChannel ("costlint" in the Output panel). Errors go here, never to the user as a crash. */
import * as vscode from "vscode";

const RECENT_LINES = 200;

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel("costlint", { log: true });
  private readonly said = new Set<string>();
  /** The last lines written, for the test API. */
  readonly recent: string[] = [];

  info(message: string): void {
    this.remember("info", message);
    this.channel.info(message);
  }

  warn(message: string): void {
    this.remember("warn", message);
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    const detail = error === undefined ? "" : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    this.remember("error", message + detail);
    this.channel.error(message + detail);
  }

  /** Writes a message the first time `key` is seen (a note per file, not per keystroke). */
  once(key: string, level: "info" | "warn" | "error", message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this[level](message);
  }

  /** Lets a `once` key speak again (the file changed, the configuration was fixed). */
  forget(prefix: string): void {
    for (const key of this.said) if (key.startsWith(prefix)) this.said.delete(key);
  }

  show(): void {
    this.channel.show(true);
  }

  private remember(level: string, message: string): void {
    this.recent.push(`[${level}] ${message}`);
    if (this.recent.length > RECENT_LINES) this.recent.splice(0, this.recent.length - RECENT_LINES);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

/** Runs `fn`; an exception is logged and `fallback` returned (a provider never throws into the host). */
export function guard<T>(log: Log, what: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    log.error(`costlint: ${what} failed`, error);
    return fallback;
  }
}

export async function guardAsync<T>(log: Log, what: string, fallback: T, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    log.error(`costlint: ${what} failed`, error);
    return fallback;
  }
}
