import { afterEach, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../adapters/discord/fake-discord/fake-discord.js";
import { createDummySlash } from "../adapters/discord/fake-discord/payloads.js";
import {
  createSigningKeys,
  postSignedInteraction,
} from "../adapters/discord/fake-discord/signed-interaction.js";
import { freePorts } from "../support/free-ports.js";
import { startNpm, type Running } from "./spawn.js";

const TOKEN = "fake-bot-token.for-http-start-tests.only";
const REVIEW_CHANNEL = "100000000000000777";

describe("npm start with DISCORD_PUBLIC_KEY", () => {
  let fake: FakeDiscord | undefined;
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    await fake?.close();
  });

  it("serves interactions over HTTP on its own server, opens no gateway, and posts reports for review over REST", async () => {
    fake = await startFakeDiscord();
    const keys = createSigningKeys();
    const [port] = await freePorts(1);
    app = startNpm("start", {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REVIEW_CHANNEL: REVIEW_CHANNEL,
      DISCORD_MAINTAINER_ROLE: "100000000000000888",
      PORT: String(port),
    });
    await app.waitFor(new RegExp(`HTTP interactions endpoint on port ${port}`), 60_000);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // Ready once the embedded database has opened (503 until then, so no balancer sends traffic early).
    let ready = 0;
    for (let tries = 0; tries < 240 && ready !== 200; tries++) {
      // A kept-alive socket the busy server just closed resets: that is "not yet", not a failure.
      ready = await fetch(`${base}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(ready).toBe(200);

    const url = `${base}/discord/interactions`;
    expect(await postSignedInteraction(url, keys, { id: "1", token: "t", type: 1 })).toEqual({
      status: 200,
      body: { type: 1 },
    });
    expect(
      (await postSignedInteraction(url, createSigningKeys(), { id: "1", token: "t", type: 1 })).status,
    ).toBe(401);
    const asked = await postSignedInteraction(
      url,
      keys,
      createDummySlash("search", [{ name: "query", type: 3, value: "tehran 1979" }]),
    );
    expect(asked.status).toBe(200);
    expect(JSON.stringify(asked.body)).toMatch(/Seizure of the US embassy in Tehran/);

    const report = createDummySlash("report", [
      { name: "text", type: 3, value: "vcdr-22 a word is missing" },
    ]);
    const thanked = await postSignedInteraction(url, keys, report);
    expect(JSON.stringify(thanked.body)).toMatch(/Thank you: report #1/);
    for (let tries = 0; tries < 100 && !fake.requests.some((r) => r.path.includes(REVIEW_CHANNEL)); tries++)
      await new Promise((r) => setTimeout(r, 50));
    const post = fake.requests.find((r) => r.path === `/channels/${REVIEW_CHANNEL}/messages`);
    expect(post?.authorization).toBe(`Bot ${TOKEN}`);
    expect(JSON.stringify(post?.body)).toMatch(/Report #1 on vcdr-22/);

    // Discord sends interactions only to the URL once it is set: no gateway session is opened.
    expect(fake.identifies).toHaveLength(0);
    expect(fake.requests.some((r) => r.path === "/gateway/bot")).toBe(false);

    await app.stop();
    expect(app.output()).toMatch(/Embassy Desk stopped/);
    expect(app.output()).not.toContain(TOKEN);
    app = undefined;
  }, 180_000); // the embedded database opens slowly on a busy machine
});
