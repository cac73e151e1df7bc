import { pino } from "pino";
import { createDiscordAdapter } from "./adapters/discord/index.js";
import { createDiscordHttpEndpoint, DISCORD_INTERACTIONS_PATH } from "./adapters/discord/http-endpoint.js";
import { createSlackAdapter } from "./adapters/slack/index.js";
import type { Config } from "./config.js";
import type { Desk } from "./core/index.js";
import type { FeedbackService } from "./feedback/feedback-service.js";
import { serveRoutes } from "./http/serve-routes.js";

/** How long /readyz waits for the database before answering 503. */
const READY_TIMEOUT_MS = 2_000;

export type StartResult = { ok: true; stoppers: (() => Promise<void>)[] } | { ok: false; message: string };

/**
 * Starts every chat adapter that has credentials; none means the caller opens the console.
 * A start-up failure stops the adapters already started and returns the adapter's one-line reason.
 */
export async function startAdapters(
  config: Config,
  desk: Desk,
  feedback?: FeedbackService,
): Promise<StartResult> {
  // Logs go to stderr, so stdout stays clean for the console and pipes.
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const stoppers: (() => Promise<void>)[] = [];
  try {
    const discordHttp = config.discordHttp
      ? createDiscordHttpEndpoint({ ...config.discordHttp, desk, logger, ...(feedback ? { feedback } : {}) })
      : undefined;
    if (config.slack.mode !== "off") {
      const slack = createSlackAdapter({
        ...config.slack,
        desk,
        port: config.port,
        logger,
        ...(feedback ? { feedback } : {}),
        // One port serves both platforms when Slack's HTTP mode runs.
        ...(discordHttp && config.slack.mode === "http" ? { routes: [discordHttp.route] } : {}),
      });
      await slack.start();
      stoppers.push(() => slack.stop());
    }
    if (discordHttp && config.slack.mode !== "http") {
      const server = await serveRoutes({
        port: config.port,
        routes: [discordHttp.route],
        ...(feedback ? { ready: () => feedback.ready(READY_TIMEOUT_MS) } : {}),
      }).catch((error: unknown) => {
        throw new Error(
          `The Discord HTTP endpoint cannot listen on port ${config.port} (PORT): ${String(error)}`,
        );
      });
      stoppers.push(() => server.stop());
      logger.info(
        `Discord: HTTP interactions endpoint on port ${server.port} (POST ${DISCORD_INTERACTIONS_PATH})`,
      );
    } else if (discordHttp)
      logger.info(`Discord: HTTP interactions endpoint beside Slack's (POST ${DISCORD_INTERACTIONS_PATH})`);
    if (config.discord) {
      const discord = createDiscordAdapter({
        desk,
        ...config.discord,
        logger,
        ...(feedback ? { feedback } : {}),
      });
      await discord.start();
      stoppers.push(() => discord.stop());
    }
  } catch (error) {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, stoppers };
}
