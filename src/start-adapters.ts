import type { Logger } from "pino";
import type { DiscordAdapter } from "./adapters/discord/index.js";
import type { SlackAdapter } from "./adapters/slack/index.js";
import { DISCORD_INTERACTIONS_PATH } from "./adapters/discord/interactions-path.js";
import type { Config } from "./config.js";
import type { Desk } from "./core/index.js";
import type { FeedbackService } from "./feedback/feedback-service.js";
import type { ButtonParking } from "./buttons/park-commands.js";
import { createButtonStore } from "./store/button-store.js";
import { createInteractionLog } from "./observe/interaction-log.js";
import { createLogger, secretsOf } from "./observe/logger.js";
import { createMetrics, type Metrics } from "./observe/metrics.js";
import { startProbeServer } from "./observe/probe-server.js";
import type { Probes } from "./observe/probes.js";
import { createReadiness, READY_TIMEOUT_MS, type ReadyCheck } from "./observe/readiness.js";
import type { DatabaseHandle } from "./store/database-handle.js";
import type { RateLimiter } from "./limits/rate-limiter.js";
import type { SeenRequestStore } from "./store/seen-request-store.js";

/** Protections the adapters apply before the core runs (rate limits, Slack's replay check). */
export interface RequestGuards {
  rateLimiter?: RateLimiter;
  seenRequests?: () => Promise<SeenRequestStore>;
}
import type { QuizRoundService } from "./quiz/round-service.js";

export type StartResult = { ok: true; stoppers: (() => Promise<void>)[] } | { ok: false; message: string };

/** What main hands the adapters for logs, metrics and readiness (each made once per process). */
export interface Operations {
  logger: Logger;
  metrics: Metrics;
  /** The shared database, for /readyz (migrated and answering). */
  database?: DatabaseHandle;
}

/**
 * Starts every chat adapter that has credentials; none means the caller opens the console.
 * /healthz, /readyz and /metrics are served by Slack HTTP mode's server, or else by a small
 * server of their own on PORT (if that port is taken, the bot runs without them and logs why).
 * A start-up failure stops what was already started and returns the one-line reason.
 * Each platform's SDK is loaded only when it is configured: Bolt and discord.js take about a third
 * of a second each to load, which a one-platform deployment need not pay.
 */
export async function startAdapters(
  config: Config,
  desk: Desk,
  feedback?: FeedbackService,
  operations?: Operations,
  guards: RequestGuards = {},
  quiz?: QuizRoundService,
): Promise<StartResult> {
  // Logs go to stderr, so stdout stays clean for the console and pipes.
  const logger = operations?.logger ?? createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const metrics = operations?.metrics ?? createMetrics();
  const interactions = createInteractionLog({ logger, metrics, dataVersion: desk.dataset.version.version });
  let slack: SlackAdapter | undefined;
  let discord: DiscordAdapter | undefined;
  const database = operations?.database;
  // Buttons whose command is too long to carry keep it in the shared database, for any replica.
  const buttons: ButtonParking | undefined = database && {
    store: createButtonStore(database),
    onError: (message, error) => logger.warn({ err: error }, message),
  };
  const checks: Record<string, ReadyCheck> = {
    data: () => desk.index.docs.length > 0,
    database: () =>
      database ? database.ready(READY_TIMEOUT_MS) : feedback ? feedback.ready(READY_TIMEOUT_MS) : true,
  };
  if (config.slack.mode !== "off") checks.slack = () => slack?.connected() ?? false;
  if (config.discord) checks.discord = () => discord?.connected() ?? false;
  const probes: Probes = { ready: createReadiness(checks), metrics };

  const stoppers: (() => Promise<void>)[] = [];
  try {
    // The same handler options whichever way Discord reaches the bot (gateway or HTTP endpoint).
    const discordOptions = {
      desk,
      logger,
      interactions,
      ...(feedback ? { feedback } : {}),
      ...(buttons ? { buttons } : {}),
      ...(guards.rateLimiter ? { rateLimiter: guards.rateLimiter } : {}),
      ...(quiz ? { quiz } : {}),
    };
    const discordHttp = config.discordHttp
      ? (await import("./adapters/discord/http-endpoint.js")).createDiscordHttpEndpoint({
          ...config.discordHttp,
          ...discordOptions,
        })
      : undefined;
    if (discordHttp) stoppers.push(async () => discordHttp.stop());
    if (config.slack.mode !== "http" && (config.slack.mode === "socket" || config.discord || discordHttp)) {
      const server = await startProbeServer({
        port: config.port,
        probes,
        ...(discordHttp ? { routes: [discordHttp.route] } : {}),
      }).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        // Discord over HTTP is this server: without it the bot cannot answer, so start-up fails.
        if (discordHttp)
          throw new Error(`The Discord HTTP endpoint cannot listen on port ${config.port} (PORT): ${reason}`);
        // The bot works without its probes (a laptop's port 3000 may be taken): say so and serve on.
        logger.error(
          `Cannot serve /healthz, /readyz and /metrics on port ${config.port} (PORT): ${reason}; the bot runs without them`,
        );
        return undefined;
      });
      if (server) {
        stoppers.push(() => server.close());
        logger.info(`probes: /healthz, /readyz and /metrics on port ${server.port}`);
        if (discordHttp)
          logger.info(
            `Discord: HTTP interactions endpoint on port ${server.port} (POST ${DISCORD_INTERACTIONS_PATH})`,
          );
      }
    } else if (discordHttp)
      logger.info(`Discord: HTTP interactions endpoint beside Slack's (POST ${DISCORD_INTERACTIONS_PATH})`);
    if (config.slack.mode !== "off") {
      const { createSlackAdapter } = await import("./adapters/slack/index.js");
      slack = createSlackAdapter({
        ...config.slack,
        desk,
        port: config.port,
        logger,
        interactions,
        probes,
        ...(feedback ? { feedback } : {}),
        ...(buttons ? { buttons } : {}),
        ...guards,
        ...(quiz ? { quiz } : {}),
        // One port serves both platforms when Slack's HTTP mode runs.
        ...(discordHttp && config.slack.mode === "http" ? { routes: [discordHttp.route] } : {}),
      });
      await slack.start();
      stoppers.push(() => slack!.stop());
    }
    if (config.discord) {
      const { createDiscordAdapter } = await import("./adapters/discord/index.js");
      discord = createDiscordAdapter({ ...config.discord, ...discordOptions });
      await discord.start();
      stoppers.push(() => discord!.stop());
    }
  } catch (error) {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, stoppers };
}
