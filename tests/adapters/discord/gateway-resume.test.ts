import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import { loadDesk } from "../../support/desk.js";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord/fake-discord.js";
import { createDummySlash } from "./fake-discord/payloads.js";

const TOKEN = "fake-bot-token.for-tests.only";
type Embed = { title: string };

let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await startFakeDiscord();
  adapter = createDiscordAdapter({ desk: loadDesk(), token: TOKEN, apiUrl: fake.apiUrl, seed: () => 7 });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** An interaction sent now (while the bot may be offline: the session keeps it), and the bot's answer. */
async function answerTo(question: string): Promise<string> {
  const payload = createDummySlash("search", [{ name: "query", type: 3, value: question }]);
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.callbackFor(String(payload.id), 20_000);
  expect(callback.type).toBe(4);
  return (callback.data.embeds as Embed[])[0]!.title;
}

describe("the Discord gateway connection, when Discord drops it", () => {
  it("answers before anything goes wrong", async () => {
    expect(await answerTo("tehran 1979")).toBe("Seizure of the US embassy in Tehran");
    expect(fake.identifies).toHaveLength(1);
  });

  it("resumes after a close with code 4000, at resume_gateway_url, and answers the interaction it missed", async () => {
    fake.disconnect({ code: 4000 });
    // Sent while the bot is offline: Discord replays it on RESUME.
    expect(await answerTo("us embassy baghdad 2019")).toBe("Storming of the US embassy compound in Baghdad");
    await fake.waitForGateway("RESUMED", 1);
    expect(fake.resumes).toHaveLength(1);
    expect(fake.resumes[0]).toMatchObject({ session_id: "fake-session-1", token: TOKEN });
    expect(fake.resumes[0]!.seq).toBeGreaterThanOrEqual(2); // READY, then the first interaction
    expect(fake.connections.at(-1)).toBe("/resume-gateway");
    expect(fake.identifies).toHaveLength(1); // resumed, not identified again
  });

  it("resumes after a plain drop (no close frame)", async () => {
    fake.disconnect("drop");
    expect(await answerTo("tehran 1979")).toBe("Seizure of the US embassy in Tehran");
    await fake.waitForGateway("RESUMED", 2);
    expect(fake.resumes).toHaveLength(2);
    expect(fake.identifies).toHaveLength(1);
  });

  it("reconnects and resumes when told to with opcode 7 RECONNECT", async () => {
    fake.requestReconnect();
    await fake.waitForGateway("RESUMED", 3);
    expect(fake.resumes).toHaveLength(3);
    expect(await answerTo("tehran 1979")).toBe("Seizure of the US embassy in Tehran");
  });

  it("identifies afresh when the session is invalid (opcode 9), then answers again", async () => {
    fake.disconnect({ code: 4000 });
    fake.invalidateSessions(); // gone by the time the bot tries to resume it
    await fake.waitForGateway("READY", 2);
    expect(fake.resumes).toHaveLength(4); // it tried to resume first
    expect(fake.identifies).toHaveLength(2);
    expect(await answerTo("us embassy baghdad 2019")).toBe("Storming of the US embassy compound in Baghdad");
    expect(adapter.client?.isReady()).toBe(true);
  }, 30_000);
});
