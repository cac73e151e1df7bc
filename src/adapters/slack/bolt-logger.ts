import { LogLevel, type Logger } from "@slack/bolt";
import type { AdapterLogger } from "./config.js";

const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/** Slack tokens look like `xoxb-…` / `xapp-…`; none may reach a log line, whoever wrote it. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN, "[redacted]");
}

/**
 * Bolt's logger interface over the adapter's minimal one. Bolt passes error objects whose
 * request details can hold the Authorization header, so only their name and message are kept.
 */
export function toBoltLogger(logger: AdapterLogger | undefined): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => redactTokens(parts.map(describe).join(" "));
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger?.info(line(parts)),
    warn: (...parts: unknown[]) => logger?.warn(line(parts)),
    error: (...parts: unknown[]) => logger?.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function describe(part: unknown): string {
  if (part instanceof Error) {
    const code = (part as { code?: unknown }).code;
    return `${part.name}${typeof code === "string" ? ` (${code})` : ""}: ${part.message}`;
  }
  return typeof part === "string" ? part : String(part);
}
