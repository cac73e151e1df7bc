import { REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_REFUSED } from "../../../src/adapters/discord/attach-chart.js";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import { statsChartSize } from "../../../src/chart/stats-chart-svg.js";
import { commandFromText, execute } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";
import { decodePng } from "../../support/png.js";
import { allStrings, fileProblems, limitProblems } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from "./fake-discord/fake-discord.js";
import { APPLICATION_ID, createDummySlash, type Option, type Payload } from "./fake-discord/payloads.js";

const TOKEN = "fake-bot-token.stats-tests.only";
const EPHEMERAL = 1 << 6;
const desk = loadDesk();

let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await startFakeDiscord();
  adapter = createDiscordAdapter({ desk, token: TOKEN, apiUrl: fake.apiUrl, seed: () => 7 });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

/** One interaction through the real client; the reply is checked against Discord's limits and upload rules. */
async function roundTrip(payload: Payload): Promise<InteractionCallback> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.callbackFor(String(payload.id));
  expect(limitProblems(callback.data)).toEqual([]);
  expect(fileProblems(callback.data, callback.files)).toEqual([]);
  expect(callback.data.allowed_mentions).toEqual({ parse: [] });
  return callback;
}

const query = (value: string): Option => ({ name: "query", type: 3, value });
type Embed = {
  title: string;
  description?: string;
  image?: { url: string };
  fields: { name: string; value: string }[];
};
const embedOf = (c: InteractionCallback) => (c.data.embeds as Embed[])[0]!;
const statsOf = (text: string) => execute(desk, commandFromText(text)).stats!;

/** The chart a reply carried: one stats.png, shown as the embed's image, that decodes at the layout's size and is not blank. */
function expectChart(reply: InteractionCallback, question: string): void {
  expect(reply.files.map((f) => f.name)).toEqual(["stats.png"]);
  expect(embedOf(reply).image).toEqual({ url: "attachment://stats.png" });
  expect(reply.data.attachments).toEqual([
    expect.objectContaining({ id: "0", description: `Bar charts: ${embedOf(reply).title}` }),
  ]);
  const png = decodePng(reply.files[0]!.bytes);
  expect({ width: png.width, height: png.height }).toEqual(statsChartSize(statsOf(question)));
  expect(png.distinctPixels).toBeGreaterThan(4);
}

describe("Discord: /embassy stats with its chart", () => {
  it("replies privately with the counts and the chart attached as the embed's image", async () => {
    const reply = await roundTrip(createDummySlash("stats", [query("bombings in africa")]));
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(embedOf(reply).title).toBe("Stats: bombings in africa");
    expect(embedOf(reply).description).toMatch(/^Bombings · Africa · \d+ incidents in this dataset\.$/);
    expect(embedOf(reply).fields.map((f) => f.name)).toContain("By decade");
    expectChart(reply, "stats bombings in africa");
  });

  it("counts everything for a bare stats, never a search for a record named alike", async () => {
    const reply = await roundTrip(createDummySlash("stats"));
    expect(embedOf(reply).title).toBe("Stats: all incidents");
    expect(embedOf(reply).description).toBe(
      `All incidents · ${desk.dataset.incidents.length} incidents in this dataset.`,
    );
    expectChart(reply, "stats");
  });

  it("posts the chart in the channel with `public`", async () => {
    const open = await roundTrip(
      createDummySlash("stats", [query("since 2010"), { name: "public", type: 5, value: true }]),
    );
    expect(open.data.flags).toBeUndefined();
    expect(embedOf(open).description).toMatch(/^since 2010 · \d+ incidents in this dataset\.$/);
    expectChart(open, "stats since 2010");
  });

  it("keeps typed mentions inert, in the embed and the file's description", async () => {
    const reply = await roundTrip(
      createDummySlash("stats", [query("bombings @everyone <@&123456789012345678>")]),
    );
    expect(allStrings(reply.data.embeds).join("\n")).not.toMatch(/@everyone|<@&\d/);
    expect(reply.files).toHaveLength(1);
  });

  it("when Discord refuses the file, replies with the counts alone and says the chart is missing", async () => {
    fake.refuseFiles();
    const reply = await roundTrip(createDummySlash("stats", [query("bombings in africa")]));
    expect(reply.files).toEqual([]);
    expect(reply.data.content).toBe(CHART_REFUSED);
    expect(embedOf(reply).image).toBeUndefined();
    expect(embedOf(reply).description).toMatch(/^Bombings · Africa · \d+ incidents in this dataset\.$/);
    expect(reply.data.flags).toBe(EPHEMERAL);
    // The first try carried the file and was refused; the second went without it.
    const tries = fake.requests.filter((r) => r.path.startsWith(`/interactions/${reply.interactionId}/`));
    expect(tries.map((r) => r.files.length)).toEqual([1, 0]);
  });

  it("sends no file for words it cannot count, and says so privately", async () => {
    const reply = await roundTrip(
      createDummySlash("stats", [query("zzzz qqqq"), { name: "public", type: 5, value: true }]),
    );
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(embedOf(reply).description).toMatch(/I can't read "zzzz qqqq" as something to count/);
    expect(reply.files).toEqual([]);
    expect(embedOf(reply).image).toBeUndefined();
  });
});

describe("Discord: /embassy compare", () => {
  it("puts two incidents side by side, naming which it took for an ambiguous side, with no file", async () => {
    const reply = await roundTrip(createDummySlash("compare", [query("tehran 1979 vs tehran 2011")]));
    expect(embedOf(reply).title).toBe(
      "Seizure of the US embassy in Tehran vs Storming of the British embassy in Tehran",
    );
    const names = embedOf(reply).fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["Date · A", "Date · B"]));
    expect(embedOf(reply).description).toContain(
      'For "tehran 1979" I took Seizure of the US embassy in Tehran',
    );
    expect(reply.files).toEqual([]);
  });

  it("asks for two sides when given one", async () => {
    const reply = await roundTrip(createDummySlash("compare", [query("tehran 1979")]));
    expect(embedOf(reply).description).toMatch(/Name two incidents with "vs"/);
  });
});

describe("the fake Discord's webhook routes", () => {
  it("keep the files a follow-up or an edit sends as multipart/form-data, read by @discordjs/rest", async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(TOKEN);
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const files = [{ name: "stats.png", data: bytes }];
    await rest.post(Routes.webhook(APPLICATION_ID, "tok-1"), {
      body: { content: "follow-up" },
      files,
      auth: false,
    });
    await rest.patch(Routes.webhookMessage(APPLICATION_ID, "tok-1", "@original"), {
      body: {},
      files,
      auth: false,
    });
    const sent = fake.requests.filter((r) => r.path.startsWith(`/webhooks/${APPLICATION_ID}/tok-1`));
    expect(sent.map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect((sent[0]!.body as { content: string }).content).toBe("follow-up");
    for (const r of sent)
      expect(r.files).toEqual([expect.objectContaining({ field: "files[0]", name: "stats.png", bytes })]);
  });
});
