import { createLogger } from "../../../src/observe/logger.js";

export type LogRecord = Record<string, unknown> & { level: number; msg: string };

/** The production logger (pino, redaction, secret scrubbing), writing its JSON lines to memory. */
export function captureLogger(level = "info", secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, destination: { write: (line) => void lines.push(line) } });
  return {
    logger,
    lines,
    records: () => lines.map((line) => JSON.parse(line) as LogRecord),
    /** The interaction lines (info, or debug for quiet ones), one per interaction. */
    interactions: () =>
      lines.map((line) => JSON.parse(line) as LogRecord).filter((r) => r.msg === "interaction"),
  };
}
