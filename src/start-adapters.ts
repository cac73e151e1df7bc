import { pino } from "pino";
import { createDiscordAdapter } from "./adapters/discord/index.js";
import { createSlackAdapter } from "./adapters/slack/index.js";
import type { Config } from "./config.js";
import type { Desk } from "./core/index.js";
import type { FeedbackService } from "./feedback/feedback-service.js";
import type { QuizRoundService } from "./quiz/round-service.js";

export type StartResult = { ok: true; stoppers: (() => Promise<void>)[] } | { ok: false; message: string };

/**
 * Starts every chat adapter that has credentials; none means the caller opens the console.
 * A start-up failure stops the adapters already started and returns the adapter's one-line reason.
 */
export async function startAdapters(
  config: Config,
  desk: Desk,
  feedback?: FeedbackService,
  quiz?: QuizRoundService,
): Promise<StartResult> {
  // Logs go to stderr, so stdout stays clean for the console and pipes.
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const stoppers: (() => Promise<void>)[] = [];
  try {
    if (config.slack.mode !== "off") {
      const slack = createSlackAdapter({
        ...config.slack,
        desk,
        port: config.port,
        logger,
        ...(feedback ? { feedback } : {}),
        ...(quiz ? { quiz } : {}),
      });
      await slack.start();
      stoppers.push(() => slack.stop());
    }
    if (config.discord) {
      const discord = createDiscordAdapter({
        desk,
        ...config.discord,
        logger,
        ...(feedback ? { feedback } : {}),
        ...(quiz ? { quiz } : {}),
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
