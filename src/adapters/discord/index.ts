import { DiscordjsErrorCodes, Events, type Client } from "discord.js";
import { createDiscordClient } from "./client.js";
import type { DiscordAdapterConfig } from "./config.js";
import { createInteractionHandler } from "./handle-interaction.js";
import { roundPosterFor } from "./post-round.js";
import { postStoredItemsTo } from "./review.js";

export type { DiscordAdapterConfig, Logger } from "./config.js";
export { buildDiscordCommands } from "./commands.js";
export { registerDiscordCommands } from "./register.js";

export interface DiscordAdapter {
  /** Connects to the gateway; resolves once the client is ready for interactions. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Started, and the gateway session is ready (for /readyz); false while discord.js reconnects. */
  connected(): boolean;
  /** The discord.js client while started (for tests and diagnostics). */
  readonly client: Client | undefined;
}

/** Side-effect free: nothing connects until start(). */
export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  let client: Client | undefined;
  const seed = config.seed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const { logger } = config;

  return {
    get client() {
      return client;
    },
    connected: () => client?.isReady() ?? false,
    async start() {
      if (client) return;
      const created = createDiscordClient(config.apiUrl);
      const handle = createInteractionHandler({
        desk: config.desk,
        seed,
        logger,
        ...(config.feedback ? { feedback: config.feedback } : {}),
        ...(config.review ? { review: config.review } : {}),
        ...(config.buttons ? { buttons: config.buttons } : {}),
        ...(config.interactions ? { interactions: config.interactions } : {}),
        ...(config.rateLimiter ? { rateLimiter: config.rateLimiter } : {}),
        ...(config.quiz ? { quiz: config.quiz } : {}),
      });
      if (config.feedback && config.review) postStoredItemsTo(created.rest, config.feedback, config.review);
      created.on(Events.InteractionCreate, (interaction) => void handle(interaction));
      created.on(Events.Error, (error) => logger?.error({ err: error }, "discord client error"));
      created.on(Events.Warn, (message) => logger?.warn({ message }, "discord client warning"));
      const ready = new Promise<void>((resolve) => created.once(Events.ClientReady, () => resolve()));
      try {
        await created.login(config.token);
        await ready;
      } catch (error) {
        await created.destroy();
        throw explainLoginError(error);
      }
      client = created;
      config.quiz?.setPoster("discord", roundPosterFor(created.rest));
      logger?.info({ user: created.user?.tag, id: created.user?.id }, "discord bot connected");
    },
    async stop() {
      const running = client;
      client = undefined;
      if (running) config.quiz?.setPoster("discord", undefined);
      await running?.destroy();
    },
  };
}

function explainLoginError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return new Error(
      "Discord rejected DISCORD_TOKEN: copy the bot token again (Developer Portal → Bot → Reset Token).",
      {
        cause: error,
      },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
