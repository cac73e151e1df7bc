import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { SlackMode } from "../../config.js";
import type { Desk } from "../../core/index.js";
import type { HttpRoute } from "../../http/http-route.js";

/** The smallest logger the adapter needs; pino fits it. Messages never contain tokens. */
export interface AdapterLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** How the adapter reaches Slack: exactly what `readConfig` produces when Slack is on. */
export type SlackConnection = Extract<SlackMode, { mode: "http" | "socket" }>;

export type SlackAdapterConfig = SlackConnection & {
  desk: Desk;
  /** HTTP mode only: the port for POST /slack/events (0 picks a free one). */
  port: number;
  /** HTTP mode only: the interface to listen on; all interfaces when absent. */
  host?: string;
  logger?: AdapterLogger;
  /** A fresh quiz seed per question; injectable so tests are deterministic. */
  randomSeed?: () => number;
  /** Stores reports and suggestions (the Report and Suggest buttons, `/embassy report …`). */
  feedback?: FeedbackService;
  /** HTTP mode only: more paths on the same server (the Discord interactions endpoint). */
  routes?: HttpRoute[];
};
