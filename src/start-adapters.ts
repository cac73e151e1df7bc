import { pino } from "pino";
import type { Config } from "./config.js";
import type { Desk } from "./core/index.js";
import type { FeedbackService } from "./feedback/feedback-service.js";

export type StartResult = { ok: true; stoppers: (() => Promise<void>)[] } | { ok: false; message: string };

/**
 * Starts every chat adapter that has credentials; none means the caller opens the console.
 * A start-up failure stops the adapters that did start and returns the failing adapter's one-line
 * reason (Slack's first when both fail). Each platform's SDK is loaded only when it is configured:
 * Bolt and discord.js take about a third of a second each to load, which a one-platform deployment
 * need not pay.
 */
export async function startAdapters(
  config: Config,
  desk: Desk,
  feedback?: FeedbackService,
): Promise<StartResult> {
  // Logs go to stderr, so stdout stays clean for the console and pipes.
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const starting: Promise<() => Promise<void>>[] = [];
  const { slack, discord } = config;
  if (slack.mode !== "off") {
    starting.push(
      import("./adapters/slack/index.js").then(async ({ createSlackAdapter }) => {
        const adapter = createSlackAdapter({
          ...slack,
          desk,
          port: config.port,
          logger,
          ...(feedback ? { feedback } : {}),
        });
        await adapter.start();
        return () => adapter.stop();
      }),
    );
  }
  if (discord) {
    starting.push(
      import("./adapters/discord/index.js").then(async ({ createDiscordAdapter }) => {
        const adapter = createDiscordAdapter({ desk, ...discord, logger, ...(feedback ? { feedback } : {}) });
        await adapter.start();
        return () => adapter.stop();
      }),
    );
  }
  // Both connect at once: each waits on its own platform, so start-up takes the longer, not the sum.
  const settled = await Promise.allSettled(starting);
  const stoppers = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    const error: unknown = failed.reason;
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, stoppers };
}
