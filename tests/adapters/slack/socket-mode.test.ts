import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { readConfig } from "../../../src/config.js";
import { loadDesk } from "../../support/desk.js";
import { limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import { createDummySlashCommand } from "./support/payloads.js";

const BOT_TOKEN = "xoxb-socket-bot-token";
const APP_TOKEN = "xapp-1-socket-app-token";

let fake: FakeSlack;
let wss: WebSocketServer;
let adapter: SlackAdapter;
const sockets: WebSocket[] = [];
const logs: string[] = [];

/** Slack's side of Socket Mode: say hello on connect, then push envelopes and read the acks. */
beforeAll(async () => {
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  wss.on("connection", (socket) => {
    sockets.push(socket);
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        connection_info: { app_id: "A0EMBASSY" },
        debug_info: { host: "fake" },
      }),
    );
  });
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  fake = await startFakeSlack(BOT_TOKEN, { socket: { validAppToken: APP_TOKEN, url } });
  const read = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  if (!read.ok || read.config.slack.mode !== "socket")
    throw new Error(`unexpected config: ${JSON.stringify(read)}`);
  const logger = {
    info: (m: string) => logs.push(m),
    warn: (m: string) => logs.push(m),
    error: (m: string) => logs.push(m),
  };
  adapter = createSlackAdapter({ ...read.config.slack, desk: loadDesk(), port: 0, logger });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await new Promise<void>((resolve) => wss?.close(() => resolve()));
  await fake?.close();
});

function envelope(
  socket: WebSocket,
  envelopeId: string,
  type: string,
  payload: unknown,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString("utf8")) as {
        envelope_id?: string;
        payload?: Record<string, unknown>;
      };
      if (message.envelope_id !== envelopeId) return;
      socket.off("message", onMessage);
      resolve(message.payload ?? {});
    };
    socket.on("message", onMessage);
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
  });
}

describe("Slack Socket Mode", () => {
  it("verifies the bot token, opens the connection with the app token, and says so", () => {
    expect(fake.callsTo("auth.test")).toHaveLength(1);
    const open = fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(logs).toContain("Slack: connected in Socket Mode (no public URL needed)");
    expect(adapter.port()).toBeUndefined();
    expect(adapter.connected()).toBe(true);
  });

  it("answers /embassy in the envelope's acknowledgement", async () => {
    const socket = sockets[0]!;
    const ack = await envelope(
      socket,
      "env-1",
      "slash_commands",
      createDummySlashCommand("tehran 1979", fake.responseUrl("socket")),
    );
    expect(ack.response_type).toBe("ephemeral");
    expect(JSON.stringify(ack.blocks)).toMatch(/Tehran/);
    expect(limitProblems(ack)).toEqual([]);
  });

  it("is not connected (so not ready) while the WebSocket to Slack is down", async () => {
    const socket = sockets[0]!;
    socket.terminate();
    await expect.poll(() => adapter.connected()).toBe(false);
    // Socket Mode reconnects by itself; readiness follows.
    await expect.poll(() => adapter.connected(), { timeout: 15_000 }).toBe(true);
  });

  it("refuses a bad app token at start-up with a clear line", async () => {
    const bad = createSlackAdapter({
      mode: "socket",
      botToken: BOT_TOKEN,
      appToken: "xapp-wrong",
      apiUrl: fake.apiUrl,
      desk: loadDesk(),
      port: 0,
    });
    await expect(bad.start()).rejects.toMatchObject({
      code: "slack_app_token_rejected",
      message: expect.stringMatching(/SLACK_APP_TOKEN/),
    });
    await bad.stop();
  });
});
