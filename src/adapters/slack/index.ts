import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { App, HTTPReceiver, type AppOptions } from "@slack/bolt";
import { guardRequests } from "./guard-requests.js";
import { describe, redactTokens, toBoltLogger } from "./bolt-logger.js";
import type { SlackAdapterConfig } from "./config.js";
import { registerListeners } from "./listeners.js";

export type { SlackAdapterConfig, SlackConnection, AdapterLogger } from "./config.js";
export { renderSlackAnswer } from "./render.js";

export const EVENTS_PATH = "/slack/events";
export const HEALTH_PATH = "/healthz";
/** 503 until the database answers, so a load balancer sends no traffic to a replica that cannot store reports. */
export const READY_PATH = "/readyz";
const READY_TIMEOUT_MS = 2_000;
const DEFAULT_API_URL = "https://slack.com/api/";

export interface SlackAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The port HTTP mode listens on, once started (useful with port 0). */
  port(): number | undefined;
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
    // A few quick retries: the default policy keeps a failing call (and start-up) waiting for half an hour.
    clientOptions: {
      slackApiUrl: apiUrl,
      retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
      timeout: 10_000,
    },
  };
  const receiver =
    config.mode === "http"
      ? new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: EVENTS_PATH,
          logger: common.logger!,
          customRoutes: [
            { path: HEALTH_PATH, method: "GET", handler: (_req, res) => void res.writeHead(200).end("ok") },
            {
              path: READY_PATH,
              method: "GET",
              // Ready: the data is loaded (it is, or there would be no adapter) and the database answers.
              handler: (_req, res) =>
                void (config.feedback ? config.feedback.ready(READY_TIMEOUT_MS) : Promise.resolve(true)).then(
                  (ok) => void res.writeHead(ok ? 200 : 503).end(ok ? "ready" : "database not answering"),
                ),
            },
            ...(config.routes ?? []),
          ],
        })
      : undefined;
  if (receiver) guardRequests(receiver);
  const app =
    config.mode === "socket"
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({ ...common, receiver: receiver! });
  registerListeners(app, {
    desk: config.desk,
    feedback: config.feedback,
    review: config.review,
    randomSeed: config.randomSeed ?? randomSeed,
    logger: config.logger,
  });

  let listeningPort: number | undefined;
  let started = false;
  return {
    app,
    port: () => listeningPort,
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
      config.logger?.info(`Slack: HTTP mode, listening on port ${listeningPort} (POST ${EVENTS_PATH})`);
    },
    async stop() {
      if (!started) return;
      started = false;
      listeningPort = undefined;
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
