import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { statsChartSize } from "../../../src/chart/stats-chart-svg.js";
import { readConfig } from "../../../src/config.js";
import { commandFromText, execute } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";
import { decodePng } from "../../support/png.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import { createDummySlashCommand } from "./support/payloads.js";
import { formBody, postSigned } from "./support/signed-request.js";

const SECRET = "stats-signing-secret-0123456789";
const BOT_TOKEN = "xoxb-3333-4444-statstoken";
const desk = loadDesk();

let fake: FakeSlack;
let adapter: SlackAdapter;
let eventsUrl: string;
const logs: string[] = [];

type Message = { text: string; blocks: unknown[]; response_type?: string };

beforeAll(async () => {
  fake = await startFakeSlack(BOT_TOKEN);
  const read = readConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  if (!read.ok || read.config.slack.mode !== "http")
    throw new Error(`unexpected config: ${JSON.stringify(read)}`);
  const logger = {
    info: (m: string) => logs.push(m),
    warn: (m: string) => logs.push(m),
    error: (m: string) => logs.push(m),
  };
  adapter = createSlackAdapter({ ...read.config.slack, desk, port: 0, host: "127.0.0.1", logger });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** A signed `/embassy <text>` from a channel; returns the acknowledgement's message, checked for limits and pings. */
async function slash(text: string, responseId: string, channel = "C0NEWS"): Promise<Message> {
  const body = formBody(createDummySlashCommand(text, fake.responseUrl(responseId), { channel_id: channel }));
  const res = await postSigned(eventsUrl, SECRET, body, "application/x-www-form-urlencoded");
  expect(res.status).toBe(200);
  const message = JSON.parse(res.text) as Message;
  expect(limitProblems(message)).toEqual([]);
  expect(injectionProblems(message)).toEqual([]);
  return message;
}

describe("Slack: /embassy stats with its chart", () => {
  it("answers with the counts first, then uploads the chart into the channel it was asked in", async () => {
    const release = fake.hold("upload");
    const message = await slash("stats bombings in africa", "stats-africa", "C0FOREIGN");
    // The acknowledgement came back while the chart's bytes were still held at the upload URL.
    expect(fake.uploadedFiles()).toHaveLength(0);
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toMatch(/Stats: bombings in africa/);
    expect(JSON.stringify(message.blocks)).toMatch(/Bombings · Africa · \d+ incidents in this dataset/);
    release();

    await fake.waitFor("files.completeUploadExternal");
    const [asked] = fake.callsTo("files.getUploadURLExternal");
    expect(asked!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const [file] = fake.uploadedFiles();
    expect(file).toMatchObject({
      channel: "C0FOREIGN",
      filename: "stats.png",
      title: "Stats: bombings in africa",
    });
    expect(Number(asked!.body.length)).toBe(file!.bytes.length);
    const png = decodePng(file!.bytes);
    const stats = execute(desk, commandFromText("stats bombings in africa")).stats!;
    expect({ width: png.width, height: png.height }).toEqual(statsChartSize(stats));
    expect(png.distinctPixels).toBeGreaterThan(4);
    expect(file!.initialComment).toMatch(/^Chart for \*Stats: bombings in africa\*: Bombings · Africa/);
    expect(fake.callsTo("respond")).toHaveLength(0); // nothing went wrong, so no note
  });

  it("counts everything for a bare `stats`, never a search for a record named alike", async () => {
    const before = fake.uploadedFiles().length;
    const message = await slash("stats", "stats-bare");
    expect(message.text).toMatch(/^Stats: all incidents/);
    expect(JSON.stringify(message.blocks)).toContain(
      `All incidents · ${desk.dataset.incidents.length} incidents`,
    );
    await fake.waitFor("files.completeUploadExternal", before + 1);
    const file = fake.uploadedFiles()[before]!;
    expect(file.channel).toBe("C0NEWS");
    expect(decodePng(file.bytes).height).toBe(
      statsChartSize(execute(desk, commandFromText("stats")).stats!).height,
    );
  });

  it("keeps words typed into the chart's comment inert", async () => {
    const before = fake.uploadedFiles().length;
    await slash("stats bombings <!channel> <@U123>", "stats-inject");
    await fake.waitFor("files.completeUploadExternal", before + 1);
    const comment = fake.uploadedFiles()[before]!.initialComment!;
    expect(comment).toContain("&lt;!channel&gt;");
    expect(injectionProblems({ text: comment })).toEqual([]);
  });

  it("in a conversation it cannot post to, keeps the answer and tells the person privately", async () => {
    fake.failNext("files.completeUploadExternal", "channel_not_found");
    const message = await slash("stats since 2010", "stats-dm", "D0DIRECT");
    expect(JSON.stringify(message.blocks)).toMatch(/since 2010 · \d+ incidents/);
    const [note] = await fake.waitFor("respond", 1, "stats-dm");
    expect(note!.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(note!.body.text)).toMatch(
      /^The chart image could not be posted: I can't post files in this conversation \(direct messages/,
    );
    expect(String(note!.body.text)).toContain("The counts in the answer are complete.");
    expect(logs.join("\n")).toMatch(/Slack chart upload failed: .*channel_not_found/);
    expect(logs.join("\n")).not.toContain(BOT_TOKEN);
  });

  it("without the files:write scope, says an admin can add it; nothing else is lost", async () => {
    const completed = fake.callsTo("files.completeUploadExternal").length;
    fake.failNext("files.getUploadURLExternal", "missing_scope");
    const message = await slash("stats iran", "stats-scope");
    expect(JSON.stringify(message.blocks)).toMatch(/Iran · \d+ incidents/);
    const [note] = await fake.waitFor("respond", 1, "stats-scope");
    expect(String(note!.body.text)).toMatch(/not allowed to upload files .*`files:write` scope/);
    expect(fake.callsTo("files.completeUploadExternal")).toHaveLength(completed);
  });

  it("uploads nothing for words it cannot count, and says so in the answer", async () => {
    const asked = fake.callsTo("files.getUploadURLExternal").length;
    const message = await slash("stats zzzz qqqq", "stats-bad");
    expect(JSON.stringify(message.blocks)).toMatch(/I can't read \\"zzzz qqqq\\" as something to count/);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo("files.getUploadURLExternal")).toHaveLength(asked);
  });
});

describe("Slack: /embassy compare", () => {
  it("puts the two incidents side by side, naming which it took for an ambiguous side, with no upload", async () => {
    const asked = fake.callsTo("files.getUploadURLExternal").length;
    const message = await slash("compare tehran 1979 vs tehran 2011", "compare");
    const text = JSON.stringify(message.blocks);
    expect(message.text).toMatch(
      /^Seizure of the US embassy in Tehran vs Storming of the British embassy in Tehran/,
    );
    expect(text).toMatch(/Date · A/);
    expect(text).toMatch(/Date · B/);
    expect(text).toContain('For \\"tehran 1979\\" I took Seizure of the US embassy in Tehran');
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo("files.getUploadURLExternal")).toHaveLength(asked);
  });

  it("asks for two sides when given one", async () => {
    const message = await slash("compare tehran 1979", "compare-one");
    expect(JSON.stringify(message.blocks)).toMatch(/Name two incidents with \\"vs\\"/);
  });
});
