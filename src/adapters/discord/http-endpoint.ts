import type { IncomingMessage, ServerResponse } from "node:http";
import { REST } from "discord.js";
import type { ReviewSettings } from "../../config.js";
import type { Desk } from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import { readRequestBody, type HttpRoute } from "../../http/http-route.js";
import { DEFAULT_DISCORD_API_URL, type Logger } from "./config.js";
import { createInteractionHandler, type InteractionHandler } from "./handle-interaction.js";
import { isRawInteraction } from "./read-interaction.js";
import { postStoredItemsTo } from "./review.js";
import { createSignatureCheck, type SignatureCheck } from "./verify-signature.js";

/** Set this path (on the bot's public host) as the Interactions Endpoint URL in the Developer Portal. */
export const DISCORD_INTERACTIONS_PATH = "/discord/interactions";
/** Interactions are a few kilobytes; a message command carries one message of at most 4,000 characters and its embeds. */
const MAX_BODY_BYTES = 1_000_000;

export interface DiscordHttpConfig {
  desk: Desk;
  /** The application's public key, hex (Developer Portal → General Information → Public Key). */
  publicKey: string;
  /** Optional here: only posting to the review channel needs it; answering interactions does not. */
  token?: string;
  apiUrl?: string;
  review?: ReviewSettings;
  feedback?: FeedbackService;
  logger?: Logger;
  seed?: () => number;
}

/**
 * Discord over HTTP instead of the gateway: every interaction is a signed POST answered with its
 * response, so replicas keep no connection and a load balancer may send any request to any of them.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#receiving-an-interaction
 */
export function createDiscordHttpEndpoint(config: DiscordHttpConfig): { route: HttpRoute } {
  const handle = createInteractionHandler({
    desk: config.desk,
    seed: config.seed ?? (() => Math.floor(Math.random() * 2 ** 31)),
    logger: config.logger,
    ...(config.feedback ? { feedback: config.feedback } : {}),
    ...(config.review ? { review: config.review } : {}),
  });
  if (config.token && config.feedback && config.review) {
    const api = (config.apiUrl ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, "");
    postStoredItemsTo(new REST({ api }).setToken(config.token), config.feedback, config.review);
  }
  return { route: interactionsRoute(createSignatureCheck(config.publicKey), handle, config.logger) };
}

function interactionsRoute(check: SignatureCheck, handle: InteractionHandler, logger?: Logger): HttpRoute {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readRequestBody(req, MAX_BODY_BYTES);
    if (body === undefined) return void res.writeHead(413).end();
    const signature = req.headers["x-signature-ed25519"];
    const timestamp = req.headers["x-signature-timestamp"];
    // Discord sends unsigned and badly signed probes when the URL is saved, and expects 401 to them.
    if (typeof signature !== "string" || typeof timestamp !== "string" || !check(signature, timestamp, body))
      return void res.writeHead(401, { "content-type": "text/plain" }).end("invalid request signature");
    let interaction: unknown;
    try {
      interaction = JSON.parse(body.toString("utf8"));
    } catch {
      return void res.writeHead(400).end();
    }
    if (!isRawInteraction(interaction)) return void res.writeHead(400).end();
    const response = await handle(interaction);
    if (!response) return void res.writeHead(400).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(response));
  }
  return {
    path: DISCORD_INTERACTIONS_PATH,
    method: "POST",
    handler: (req, res) =>
      void serve(req, res).catch((error: unknown) => {
        logger?.error({ err: error }, "discord http endpoint failed");
        if (!res.headersSent) res.writeHead(500).end();
      }),
  };
}
