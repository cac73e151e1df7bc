import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { App, HTTPReceiver, SocketModeReceiver, type AppOptions } from "@slack/bolt";
import { createInteractionLog } from "../../observe/interaction-log.js";
import { HEALTH_PATH, probeRoutes, READY_PATH } from "../../observe/probes.js";
import { createReadiness } from "../../observe/readiness.js";
import { guardRequests } from "./guard-requests.js";
import { createRequestChecks } from "./request-checks.js";
import { describe, redactTokens, toBoltLogger } from "./bolt-logger.js";
import type { SlackAdapterConfig } from "./config.js";
import { registerListeners } from "./listeners.js";
import { renderSlackAnswer } from "./render.js";

export type { SlackAdapterConfig, SlackConnection, AdapterLogger } from "./config.js";
export { renderSlackAnswer } from "./render.js";

export const EVENTS_PATH = "/slack/events";
/** HTTP mode serves the probes too: /readyz is 503 until every check passes, so no traffic reaches a replica that cannot serve it. */
export { HEALTH_PATH, READY_PATH };
const DEFAULT_API_URL = "https://slack.com/api/";

export interface SlackAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The port HTTP mode listens on, once started (useful with port 0). */
  port(): number | undefined;
  /** Started, and in Socket Mode the WebSocket to Slack is open (for /readyz). */
  connected(): boolean;
  /** The Bolt app, for tests. */
  readonly app: App;
}

/** Start-up failed for a reason the operator can fix; the message says which variable to check. */
export class SlackStartError extends Error {
  constructor(
    message: string,
    readonly code:
      "slack_bot_token_rejected" | "slack_app_token_rejected" | "slack_unreachable" | "slack_listen_failed",
  ) {
    super(message);
    this.name = "SlackStartError";
  }
}

/** Builds the Slack app; nothing connects, listens or calls Slack until start(). */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  const apiUrl = config.apiUrl ?? DEFAULT_API_URL;
  const common: AppOptions = {
    token: config.botToken,
    logger: toBoltLogger(config.logger),
    // Defer auth.test to start(), so the factory has no side effects and a bad token fails start-up.
    deferInitialization: true,
    // Bolt's default in-memory conversation store runs on every request; no listener reads it.
    convoStore: false,
    // A few quick retries: the default policy keeps a failing call (and start-up) waiting for half an hour.
    clientOptions: {
      slackApiUrl: apiUrl,
      retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
      timeout: 10_000,
    },
  };
  // Ready, by default: the data is loaded (it is, or there would be no adapter) and the database answers.
  const feedback = config.feedback;
  const probes = config.probes ?? {
    ready: createReadiness({ database: () => (feedback ? feedback.ready(2_000) : true) }),
  };
  const receiver =
    config.mode === "http"
      ? new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: EVENTS_PATH,
          logger: common.logger!,
          customRoutes: [...probeRoutes(probes), ...(config.routes ?? [])],
        })
      : new SocketModeReceiver({
          appToken: config.appToken,
          logger: common.logger!,
          // What App passes its own Socket Mode receiver: apps.connections.open goes to the same API URL.
          installerOptions: { clientOptions: common.clientOptions! },
        });
  if (receiver instanceof HTTPReceiver && config.mode === "http")
    guardRequests(
      receiver,
      createRequestChecks({
        signingSecret: config.signingSecret,
        ...(config.seenRequests ? { seen: config.seenRequests } : {}),
        ...(config.logger ? { logger: config.logger } : {}),
      }),
    );
  // Socket Mode reconnects by itself; readiness follows the WebSocket's state.
  let socketOpen = false;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on("connected", () => (socketOpen = true));
    for (const state of ["close", "disconnecting", "disconnected", "reconnecting", "connecting"])
      receiver.client.on(state, () => (socketOpen = false));
  }
  const app =
    config.mode === "socket"
      ? new App({ ...common, socketMode: true, receiver })
      : new App({ ...common, receiver });
  registerListeners(app, {
    desk: config.desk,
    feedback: config.feedback,
    review: config.review,
    buttons: config.buttons,
    rateLimiter: config.rateLimiter,
    quiz: config.quiz,
    randomSeed: config.randomSeed ?? randomSeed,
    logger: config.logger,
    interactions:
      config.interactions ?? createInteractionLog({ dataVersion: config.desk.dataset.version.version }),
  });

  let listeningPort: number | undefined;
  let started = false;
  // Round questions and scores go to the channel; the bot needs chat:write (and chat:write.public
  // for public channels it has not joined).
  const postRounds = () =>
    config.quiz?.setPoster("slack", async (post) => {
      await app.client.chat.postMessage({ channel: post.channel, ...renderSlackAnswer(post.answer) });
    });
  return {
    app,
    port: () => listeningPort,
    connected: () => started && (config.mode === "http" || socketOpen),
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw startError(error, "bot", apiUrl);
      }
      if (config.mode === "socket") {
        try {
          await app.start();
        } catch (error) {
          throw startError(error, "app", apiUrl);
        }
        started = true;
        postRounds();
        config.logger?.info("Slack: connected in Socket Mode (no public URL needed)");
        return;
      }
      try {
        const listen =
          config.host === undefined ? { port: config.port } : { port: config.port, host: config.host };
        const server = (await app.start(listen)) as Server;
        listeningPort = (server.address() as AddressInfo).port;
      } catch (error) {
        throw new SlackStartError(
          `Slack HTTP mode cannot listen on port ${config.port} (PORT): ${describe(error)}`,
          "slack_listen_failed",
        );
      }
      started = true;
      postRounds();
      config.logger?.info(`Slack: HTTP mode, listening on port ${listeningPort} (POST ${EVENTS_PATH})`);
    },
    async stop() {
      if (!started) return;
      started = false;
      listeningPort = undefined;
      config.quiz?.setPoster("slack", undefined);
      await app.stop();
    },
  };
}

function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** Web API errors to one line naming the variable to fix; tokens are never echoed. */
function startError(error: unknown, token: "bot" | "app", apiUrl: string): SlackStartError {
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  const variable = token === "bot" ? "SLACK_BOT_TOKEN" : "SLACK_APP_TOKEN";
  if (typeof slackError === "string") {
    const hint =
      token === "bot"
        ? "use the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, and reinstall the app if it was revoked"
        : "use an app-level token (xapp-…) with the connections:write scope, from the app's Basic Information page";
    return new SlackStartError(
      `Slack rejected ${variable} (${slackError}): ${hint}.`,
      token === "bot" ? "slack_bot_token_rejected" : "slack_app_token_rejected",
    );
  }
  return new SlackStartError(
    redactTokens(
      `Slack is unreachable at ${apiUrl} while checking ${variable}: ${describe(error)}. Check the network, or SLACK_API_URL if set.`,
    ),
    "slack_unreachable",
  );
}
