import type { IncomingMessage, ServerResponse } from "node:http";
import { Events, Routes, type Client, type Interaction } from "discord.js";
import type { RawFile } from "discord.js";
import type { ReviewSettings } from "../../config.js";
import type { Desk } from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import { readRequestBody, type HttpRoute } from "../../http/http-route.js";
import type { ButtonParking } from "../../buttons/park-commands.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import type { InteractionLog } from "../../observe/interaction-log.js";
import type { QuizRoundService } from "../../quiz/round-service.js";
import { createDiscordClient } from "./client.js";
import type { Logger } from "./config.js";
import { createInteractionHandler } from "./handle-interaction.js";
import { roundPosterFor } from "./post-round.js";
import { isRawInteraction, PING, type RawInteraction } from "./read-interaction.js";
import { postStoredItemsTo } from "./review.js";
import { createSignatureCheck, type SignatureCheck } from "./verify-signature.js";

/** Set this path (on the bot's public host) as the Interactions Endpoint URL in the Developer Portal. */
import { DISCORD_INTERACTIONS_PATH } from "./interactions-path.js";

export { DISCORD_INTERACTIONS_PATH };
/** Interactions are a few kilobytes; a message command carries one message of at most 4,000 characters and its embeds. */
const MAX_BODY_BYTES = 1_000_000;

export interface DiscordHttpConfig {
  desk: Desk;
  /** The application's public key, hex (Developer Portal → General Information → Public Key). */
  publicKey: string;
  /** Optional here: only channel posts (review channel, quiz rounds) need it; answering interactions does not. */
  token?: string;
  apiUrl?: string;
  review?: ReviewSettings;
  feedback?: FeedbackService;
  logger?: Logger;
  seed?: () => number;
  buttons?: ButtonParking;
  interactions?: InteractionLog;
  rateLimiter?: RateLimiter;
  quiz?: QuizRoundService;
}

export interface DiscordHttpEndpoint {
  route: HttpRoute;
  stop(): void;
}

/** What the handler sent to the interaction's callback route: the body of the HTTP answer. */
interface Callback {
  body: unknown;
  files: RawFile[];
}

/**
 * Discord over HTTP instead of the gateway: every interaction is a signed POST answered with its
 * response, so replicas keep no connection and a load balancer may send any request to any of them.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#receiving-an-interaction
 *
 * The gateway's handler serves it unchanged: a discord.js client that never logs in builds the same
 * interaction objects from the POSTed JSON, and the reply it would post to the callback route is
 * caught and becomes the HTTP response. Later calls (follow-ups, channel posts) go to Discord's REST API.
 */
export function createDiscordHttpEndpoint(config: DiscordHttpConfig): DiscordHttpEndpoint {
  const client = createDiscordClient(config.apiUrl);
  if (config.token) client.rest.setToken(config.token);
  const handle = createInteractionHandler({
    desk: config.desk,
    seed: config.seed ?? (() => Math.floor(Math.random() * 2 ** 31)),
    logger: config.logger,
    ...(config.feedback ? { feedback: config.feedback } : {}),
    ...(config.review ? { review: config.review } : {}),
    ...(config.buttons ? { buttons: config.buttons } : {}),
    ...(config.interactions ? { interactions: config.interactions } : {}),
    ...(config.rateLimiter ? { rateLimiter: config.rateLimiter } : {}),
    // A round posts its questions in the channel, which takes the bot token; without it, one question.
    ...(config.quiz && config.token ? { quiz: config.quiz } : {}),
  });
  if (config.token && config.feedback && config.review)
    postStoredItemsTo(client.rest, config.feedback, config.review);
  if (config.token) config.quiz?.setPoster("discord", roundPosterFor(client.rest));
  const respond = createResponder(client, handle);
  return {
    route: interactionsRoute(createSignatureCheck(config.publicKey), respond, config.logger),
    stop: () => {
      if (config.token) config.quiz?.setPoster("discord", undefined);
      void client.destroy();
    },
  };
}

type Respond = (interaction: RawInteraction) => Promise<Callback | undefined>;

/** Runs the handler on one POSTed interaction; resolves with its first response, or undefined if it gave none. */
function createResponder(client: Client, handle: (i: Interaction) => Promise<void>): Respond {
  const waiting = new Map<string, (callback: Callback | undefined) => void>();
  const post = client.rest.post.bind(client.rest);
  client.rest.post = (route, options = {}) => {
    const answer = waiting.get(route);
    if (!answer) return post(route, options);
    waiting.delete(route);
    answer({ body: options.body, files: options.files ?? [] });
    return Promise.resolve(undefined);
  };
  const started = new Map<string, () => void>();
  client.on(Events.InteractionCreate, (interaction) => {
    const finished = started.get(interaction.id);
    started.delete(interaction.id);
    void handle(interaction).finally(() => finished?.());
  });
  // discord.js's own constructor for INTERACTION_CREATE (private in its typings): the gateway's path.
  const build = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } })
    .actions.InteractionCreate;
  return (interaction) =>
    new Promise((resolve) => {
      const route = Routes.interactionCallback(interaction.id, interaction.token);
      waiting.set(route, resolve);
      const unanswered = () => {
        if (waiting.delete(route)) resolve(undefined);
      };
      started.set(interaction.id, unanswered);
      build.handle(interaction);
      // Types discord.js does not build (and so the gateway never serves) get no answer.
      if (started.delete(interaction.id)) unanswered();
    });
}

function interactionsRoute(check: SignatureCheck, respond: Respond, logger?: Logger): HttpRoute {
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
    if (interaction.type === PING) return json(res, { type: 1 });
    const answer = await respond(interaction);
    if (!answer) return void res.writeHead(400).end();
    if (answer.files.length === 0) return json(res, answer.body);
    // A reply with an attachment (the stats chart): the body as payload_json beside the files.
    const form = new FormData();
    form.append("payload_json", JSON.stringify(answer.body));
    answer.files.forEach((file, index) =>
      form.append(
        file.key ?? `files[${index}]`,
        new Blob([typeof file.data === "object" ? new Uint8Array(file.data) : String(file.data)], {
          ...(file.contentType ? { type: file.contentType } : {}),
        }),
        file.name,
      ),
    );
    const encoded = new Response(form);
    res
      .writeHead(200, { "content-type": encoded.headers.get("content-type") ?? "multipart/form-data" })
      .end(Buffer.from(await encoded.arrayBuffer()));
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

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}
