import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import type { Desk } from "../../../src/core/index.js";
import { createInteractionLog } from "../../../src/observe/interaction-log.js";
import { createMetrics, type Metrics } from "../../../src/observe/metrics.js";
import { captureLogger } from "../../observe/support/capture-logger.js";
import { loadDesk } from "../../support/desk.js";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord/fake-discord.js";
import { createDummyAutocomplete, createDummySlash } from "./fake-discord/payloads.js";

const TOKEN = "fake-bot-token.for-observe-tests.only";
const EPHEMERAL = 1 << 6;

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let metrics: Metrics;
const capture = captureLogger("info", [TOKEN]);
/** The shipped desk, whose search index can be made to fail, as a corrupted index or a bug would. */
let broken = false;
const real = loadDesk();
const desk: Desk = {
  ...real,
  get index() {
    if (broken) throw new Error("search index unavailable");
    return real.index;
  },
};

beforeAll(async () => {
  fake = await startFakeDiscord();
  metrics = createMetrics();
  adapter = createDiscordAdapter({
    desk,
    token: TOKEN,
    apiUrl: fake.apiUrl,
    logger: capture.logger,
    interactions: createInteractionLog({ logger: capture.logger, metrics }),
  });
  expect(adapter.connected()).toBe(false);
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const search = (value: string) => createDummySlash("search", [{ name: "query", type: 3, value }]);

describe("Discord: one log line and metrics per interaction", () => {
  it("is connected once the gateway session is ready", () => {
    expect(adapter.connected()).toBe(true);
  });

  it("logs a slash command's platform, command, intent, results, data version and ref, never the text", async () => {
    const payload = search("can police enter an embassy");
    fake.dispatch("INTERACTION_CREATE", payload);
    await fake.callbackFor(String(payload.id));
    await expect.poll(() => capture.interactions().length).toBe(1);
    expect(capture.interactions()[0]).toMatchObject({
      platform: "discord",
      via: "slash",
      command: "search",
      intent: "legal",
      dataVersion: real.dataset.version.version,
      outcome: "ok",
    });
    expect(capture.interactions()[0]!.results).toBeGreaterThan(0);
    expect(capture.lines.join("")).not.toContain("police enter");
    expect((await metrics.render()).body).toMatch(
      /embassy_requests_total\{platform="discord",command="search"\} 1/,
    );
  });

  it("keeps autocomplete (every keystroke) out of the info log but counts it", async () => {
    const payload = createDummyAutocomplete("search", "tehr");
    fake.dispatch("INTERACTION_CREATE", payload);
    await fake.callbackFor(String(payload.id));
    await expect
      .poll(async () => (await metrics.render()).body)
      .toMatch(/embassy_requests_total\{platform="discord",command="autocomplete"\} 1/);
    expect(capture.interactions().map((l) => l.command)).not.toContain("autocomplete");
  });
});

describe("Discord: a failure inside the interaction handler", () => {
  it("replies privately with a reference, logs the same reference, and the client serves on", async () => {
    broken = true;
    const payload = search("tehran 1979");
    try {
      fake.dispatch("INTERACTION_CREATE", payload);
      const callback = await fake.callbackFor(String(payload.id));
      expect(callback.type).toBe(4);
      expect(callback.data.flags).toBe(EPHEMERAL);
      const ref = /Something went wrong on my side \(ref ([0-9a-f]{8})\)/.exec(
        JSON.stringify(callback.data),
      )?.[1];
      expect(ref).toBeDefined();
      await expect.poll(() => capture.records().find((r) => r.ref === ref)?.outcome).toBe("error");
      expect(JSON.stringify(capture.records().find((r) => r.ref === ref))).toContain(
        "search index unavailable",
      );
    } finally {
      broken = false;
    }
    const again = search("tehran 1979");
    fake.dispatch("INTERACTION_CREATE", again);
    expect(JSON.stringify((await fake.callbackFor(String(again.id))).data.embeds)).toMatch(/Tehran/);
    expect(capture.lines.join("")).not.toContain(TOKEN);
  });

  it("is not connected once stopped", async () => {
    const other = createDiscordAdapter({ desk, token: TOKEN, apiUrl: fake.apiUrl });
    await other.start();
    expect(other.connected()).toBe(true);
    await other.stop();
    expect(other.connected()).toBe(false);
  });
});
