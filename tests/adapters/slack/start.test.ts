import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, SlackStartError } from "../../../src/adapters/slack/index.js";
import { loadDesk } from "../../support/desk.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";

const GOOD = "xoxb-good-token-123";
let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack(GOOD);
});
afterAll(async () => {
  await fake.close();
});

function httpAdapter(botToken: string, apiUrl: string, logs: string[] = []) {
  const logger = {
    info: (m: string) => logs.push(m),
    warn: (m: string) => logs.push(m),
    error: (m: string) => logs.push(m),
  };
  return createSlackAdapter({
    mode: "http",
    botToken,
    signingSecret: "secret-secret",
    apiUrl,
    desk: loadDesk(),
    port: 0,
    host: "127.0.0.1",
    logger,
  });
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("createSlackAdapter start-up", () => {
  it("has no side effects until start(), and stop() before start() is harmless", async () => {
    const before = fake.calls.length;
    const adapter = httpAdapter(GOOD, fake.apiUrl);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.length).toBe(before);
    expect(adapter.port()).toBeUndefined();
    await expect(adapter.stop()).resolves.toBeUndefined();
  });

  it("stops start-up with a clear line when Slack rejects the bot token, without echoing it", async () => {
    const bad = "xoxb-wrong-token-456";
    const adapter = httpAdapter(bad, fake.apiUrl);
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SlackStartError);
    expect((error as SlackStartError).code).toBe("slack_bot_token_rejected");
    expect((error as Error).message).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect((error as Error).message).not.toContain(bad);
    expect(adapter.port()).toBeUndefined();
  });

  it("names SLACK_API_URL when Slack cannot be reached", async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api/`;
    const logs: string[] = [];
    const adapter = httpAdapter(GOOD, apiUrl, logs);
    await expect(adapter.start()).rejects.toMatchObject({
      code: "slack_unreachable",
      message: expect.stringMatching(/SLACK_API_URL/),
    });
    expect(logs.join("\n")).not.toContain(GOOD);
  });

  it("starts, listens on an ephemeral port, and stops cleanly", async () => {
    const adapter = httpAdapter(GOOD, fake.apiUrl);
    await adapter.start();
    const port = adapter.port()!;
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await adapter.stop();
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
