/**
 * Cost estimates of a document's LLM calls, cached by uri + version + configuration. Computed only when
 * something shows them (inline cost, hover, status bar, report): the first one loads the tokenizer's ranks
 * (about a second), which is why nothing on the activation path asks for them.
 */
import type * as vscode from "vscode";
import type { EstimateSettings } from "../core/cost/estimate";
import type { EditSession } from "../core/edit-session";
import type { ResolvedConfig } from "./config-merge";
import { engine } from "./engine";
import type { CallView } from "./format";

interface Entry {
  version: number;
  resolved: ResolvedConfig;
  calls: CallView[];
}

export class Estimates {
  private readonly entries = new Map<string, Entry>();
  /** One EstimateSettings object per configuration, so the engine's own cache (by identity) hits. */
  private readonly settings = new WeakMap<ResolvedConfig, EstimateSettings>();
  /** Per document: the version last estimated and when (performance.now()) that estimate started (test API). */
  readonly started = new Map<string, { version: number; at: number }>();

  /** `sessionOf`: the document's edit session, whose parse and kept estimates the estimate uses. */
  constructor(private readonly sessionOf: (document: vscode.TextDocument) => EditSession<CallView> | undefined = () => undefined) {}

  settingsFor(resolved: ResolvedConfig): EstimateSettings {
    let s = this.settings.get(resolved);
    if (!s) {
      s = { config: resolved.config, pricing: resolved.pricing };
      this.settings.set(resolved, s);
    }
    return s;
  }

  /** The document's call estimates for its current version (computed now if needed). Throws on engine errors. */
  get(document: vscode.TextDocument, fileName: string, resolved: ResolvedConfig): CallView[] {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.resolved === resolved) return cached.calls;
    this.started.set(key, { version: document.version, at: performance.now() });
    const session = this.sessionOf(document);
    const settings = this.settingsFor(resolved);
    const calls = session?.fileName === fileName ? engine().estimateDocument(session, document.getText(), settings) : engine().estimateText(fileName, document.getText(), settings);
    this.entries.set(key, { version: document.version, resolved, calls });
    return calls;
  }

  /** Cached estimates of the current version, or undefined (never computes). */
  peek(document: vscode.TextDocument): CallView[] | undefined {
    const cached = this.entries.get(document.uri.toString());
    return cached && cached.version === document.version ? cached.calls : undefined;
  }

  forget(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
    if (document.isClosed) this.started.delete(document.uri.toString());
  }
}
