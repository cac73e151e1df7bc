import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { QuizRoundService } from "../../quiz/round-service.js";
import type { SlackMode } from "../../config.js";
import type { Desk } from "../../core/index.js";
import type { ButtonParking } from "../../buttons/park-commands.js";
import type { InteractionLog } from "../../observe/interaction-log.js";
import type { Probes } from "../../observe/probes.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import type { SeenRequestStore } from "../../store/seen-request-store.js";
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
  /** Stores button commands too long for a button value (k:<key>); without it they are cut at a word. */
  buttons?: ButtonParking;
  /** Logs, times and counts every interaction; without it failures are still answered with a reference. */
  interactions?: InteractionLog;
  /** HTTP mode: what /readyz and /metrics answer; without it /readyz checks the database alone. */
  probes?: Probes;
  /** Refuses a person or workspace asking too often (a private "slow down"); no limit without it. */
  rateLimiter?: RateLimiter;
  /** HTTP mode: the signatures already served, so a replayed request is refused on any replica. */
  seenRequests?: () => Promise<SeenRequestStore>;
  /** Quiz rounds in a channel (`/embassy quiz round 5 law`); posts with chat.postMessage (chat:write). */
  quiz?: QuizRoundService;
  /** HTTP mode only: more paths on the same server (the Discord interactions endpoint). */
  routes?: HttpRoute[];
};
