import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { QuizRoundService } from "../../quiz/round-service.js";
import type { ReviewSettings } from "../../config.js";
import type { Desk } from "../../core/index.js";
import type { ButtonParking } from "../../buttons/park-commands.js";
import type { InteractionLog } from "../../observe/interaction-log.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";

/** The subset of a logger the adapter uses; pino's logger fits it. */
export interface Logger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface DiscordAdapterConfig {
  desk: Desk;
  /** The bot token (Developer Portal → Bot → Reset Token). Never logged. */
  token: string;
  /** Used by `discord:register`; the gateway client learns its own id from READY. */
  applicationId?: string;
  /** Used by `discord:register` for instant per-server registration. */
  guildId?: string;
  /** REST base without the version, e.g. `http://127.0.0.1:8080/api`; the gateway URL comes from its GET /gateway/bot. */
  apiUrl?: string;
  logger?: Logger;
  /** Seeds new quizzes; the core stays deterministic, the adapter brings the randomness. */
  seed?: () => number;
  /** Stores reports and suggestions (the Report and Suggest buttons, `/embassy report …`). */
  feedback?: FeedbackService;
  /** The review channel and the maintainers' role, when configured. */
  review?: ReviewSettings;
  /** Stores button commands too long for a custom_id (k:<key>); without it those buttons are disabled. */
  buttons?: ButtonParking;
  /** Logs, times and counts every interaction; without it failures are still answered with a reference. */
  interactions?: InteractionLog;
  /** Refuses a person or server asking too often (a private "slow down"); no limit without it. */
  rateLimiter?: RateLimiter;
  /** Quiz rounds in a channel (`/embassy quiz query:round 5 law`); questions are posted as channel messages. */
  quiz?: QuizRoundService;
}

export const DEFAULT_DISCORD_API_URL = "https://discord.com/api";
