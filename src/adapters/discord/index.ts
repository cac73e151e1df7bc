import { DiscordjsErrorCodes, Events, Routes, type Client } from "discord.js";
import { createDiscordClient } from "./client.js";
import type { DiscordAdapterConfig } from "./config.js";
import { createInteractionHandler } from "./handle-interaction.js";
import { isRawInteraction } from "./read-interaction.js";
import { postStoredItemsTo } from "./review.js";

export type { DiscordAdapterConfig, Logger } from "./config.js";
export { buildDiscordCommands } from "./commands.js";
export { registerDiscordCommands } from "./register.js";

export interface DiscordAdapter {
  /** Connects to the gateway; resolves once the client is ready for interactions. */
  start(): Promise<void>;
  stop(): Promise<void>;
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
    async start() {
      if (client) return;
      const created = createDiscordClient(config.apiUrl);
      const handle = createInteractionHandler({
        desk: config.desk,
        seed,
        logger,
        ...(config.feedback ? { feedback: config.feedback } : {}),
        ...(config.review ? { review: config.review } : {}),
      });
      if (config.feedback && config.review) postStoredItemsTo(created.rest, config.feedback, config.review);
      // The raw dispatch is the same object the HTTP endpoint receives, so one handler serves both;
      // the response goes to the interaction's callback route, which needs no bot token.
      created.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
        const interaction = packet.t === "INTERACTION_CREATE" ? packet.d : undefined;
        if (!isRawInteraction(interaction)) return;
        void handle(interaction)
          .then((body) =>
            body
              ? created.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
                  body,
                  auth: false,
                })
              : undefined,
          )
          .catch((error: unknown) =>
            logger?.error({ err: error, interactionId: interaction.id }, "discord interaction reply failed"),
          );
      });
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
      logger?.info({ user: created.user?.tag, id: created.user?.id }, "discord bot connected");
    },
    async stop() {
      const running = client;
      client = undefined;
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
