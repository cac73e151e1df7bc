import { afterEach, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../adapters/discord/fake-discord/fake-discord.js";
import { createDummySlash } from "../adapters/discord/fake-discord/payloads.js";
import { startNpm, type Running } from "./spawn.js";

const TOKEN = "fake-bot-token.for-start-tests.only";

describe("npm start with a Discord token", () => {
  let fake: FakeDiscord | undefined;
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    await fake?.close();
  });

  it("connects the bot to the gateway and answers a slash command, never logging the token", async () => {
    fake = await startFakeDiscord();
    app = startNpm("start", { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    await app.waitFor(/discord bot connected/i);
    expect(fake.identifies).toHaveLength(1);

    const payload = createDummySlash("search", [{ name: "query", type: 3, value: "tehran 1979" }]);
    fake.dispatch("INTERACTION_CREATE", payload);
    // A process just started, on a machine running the whole suite: the 3 s budget is what
    // `npm run bench` measures; this checks that the real process answers at all.
    const callback = await fake.callbackFor(String(payload.id), 15_000);
    // On failure the bot's own log says why (the reference in the answer is in it).
    expect(JSON.stringify(callback.data.embeds), app.output()).toMatch(/Tehran/);

    await app.stop();
    expect(app.output()).toMatch(/Embassy Desk stopped/);
    expect(app.output()).not.toContain(TOKEN);
    app = undefined;
  });
});
