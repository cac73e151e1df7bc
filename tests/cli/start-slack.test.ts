import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../adapters/slack/support/fake-slack-api.js";
import { createDummySlashCommand } from "../adapters/slack/support/payloads.js";
import { formBody, postSigned } from "../adapters/slack/support/signed-request.js";
import { startNpm, type Running } from "./spawn.js";

const BOT_TOKEN = "xoxb-1111-2222-starttoken";
const SECRET = "start-test-signing-secret";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm start with Slack credentials", () => {
  let fake: FakeSlack | undefined;
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    await fake?.close();
  });

  it("serves HTTP mode and answers a signed /embassy tehran 1979 in the response body", async () => {
    fake = await startFakeSlack(BOT_TOKEN);
    const port = await freePort();
    app = startNpm("start", {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
    });
    await app.waitFor(new RegExp(`HTTP mode, listening on port ${port}`));
    expect(fake.callsTo("auth.test")).toHaveLength(1);

    const body = formBody(createDummySlashCommand("tehran 1979", fake.responseUrl("r1")));
    const reply = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      SECRET,
      body,
      "application/x-www-form-urlencoded",
    );
    expect(reply.status).toBe(200);
    const answer = JSON.parse(reply.text) as { response_type: string; text: string; blocks: unknown[] };
    expect(answer.response_type).toBe("ephemeral");
    expect(JSON.stringify(answer.blocks)).toMatch(/Tehran/);

    const forged = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      "wrong-secret",
      body,
      "application/x-www-form-urlencoded",
    );
    expect(forged.status).toBe(401);

    await app.stop();
    expect(app.output()).toMatch(/Embassy Desk stopped/);
    expect(app.output()).not.toContain(BOT_TOKEN);
    expect(app.output()).not.toContain(SECRET);
    app = undefined;
  });

  it("stops start-up with one clear line when Slack rejects the bot token", async () => {
    fake = await startFakeSlack("xoxb-the-only-valid-token");
    app = startNpm("start", {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(await freePort()),
    });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/SLACK_BOT_TOKEN/);
    expect(app.output()).not.toContain(BOT_TOKEN);
    app = undefined;
  });
});
