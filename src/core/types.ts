/** Plain data returned by the engine. Offsets are character offsets into the file text. */

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type MessageData = Record<string, string | number>;

export interface Suggestion {
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  /** The message with placeholders already filled in. */
  message: string;
  data: MessageData;
  start: number;
  end: number;
  /** An autofix: only when it cannot change runtime behaviour. */
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}

export type Severity = "off" | "warn" | "error";
