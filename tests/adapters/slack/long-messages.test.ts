import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { readConfig } from "../../../src/config.js";
import { decodeCommand } from "../../../src/core/index.js";
import { createButtonStore } from "../../../src/store/button-store.js";
import { createDatabaseHandle, type DatabaseHandle } from "../../../src/store/database-handle.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { loadDesk } from "../../support/desk.js";
import { longNewsMessage } from "../../fixtures/long-message.js";
import { longQuery } from "../../fixtures/long-query.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummyMessageShortcut,
  createDummySlashCommand,
} from "./support/payloads.js";
import { formBody, payloadBody, postSigned } from "./support/signed-request.js";

const SECRET = "test-signing-secret-0123456789";
const BOT_TOKEN = "xoxb-1111-2222-testtoken";
const FORM = "application/x-www-form-urlencoded";

type Button = { action_id: string; value: string };
type Block = { type: string; elements?: Button[]; fields?: { text: string }[]; text?: { text: string } };
type Message = { text: string; blocks: Block[]; response_type?: string };

let fake: FakeSlack;
let adapter: SlackAdapter;
let database: DatabaseHandle;
let eventsUrl: string;
const warnings: string[] = [];

beforeAll(async () => {
  database = createDatabaseHandle(() => openPgliteDatabase());
  await database.get();
  fake = await startFakeSlack(BOT_TOKEN);
  const read = readConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  if (!read.ok || read.config.slack.mode !== "http") throw new Error("unexpected config");
  adapter = createSlackAdapter({
    ...read.config.slack,
    desk: loadDesk(),
    port: 0,
    host: "127.0.0.1",
    randomSeed: () => 7,
    buttons: { store: createButtonStore(database), onError: (m) => warnings.push(m) },
  });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;
}, 120_000);

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await database?.close();
});

const buttonsOf = (m: Message) => m.blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id);
const textOf = (m: Message) => JSON.stringify(m.blocks);

async function responsesTo(id: string, count = 1): Promise<Message[]> {
  const calls = await fake.waitFor("respond", count, id);
  for (const call of calls) if (call.body.blocks) expect(limitProblems(call.body)).toEqual([]);
  return calls.map((c) => c.body as unknown as Message);
}

async function click(button: Button, responseId: string): Promise<Message> {
  const body = payloadBody(
    createDummyBlockAction(button.action_id, button.value, fake.responseUrl(responseId)),
  );
  expect((await postSigned(eventsUrl, SECRET, body, FORM)).status).toBe(200);
  return (await responsesTo(responseId)).at(-1)!;
}

describe("Slack: the Embassy context shortcut on a 10,000-character message", () => {
  it("answers from the paragraphs with names and years, says it read part, and its buttons work", async () => {
    const text = longNewsMessage(10_000);
    const body = payloadBody(createDummyMessageShortcut(text, fake.responseUrl("long-context")));
    const res = await postSigned(eventsUrl, SECRET, body, FORM);
    expect(res.status).toBe(200);
    const [reply] = await responsesTo("long-context");
    expect(reply!.blocks[0]!.text?.text).toBe("Storming of the British embassy in Tehran");
    expect(textOf(reply!)).toMatch(/\*Read\*\\n[\d,]+ of 10,000 characters/);
    expect(textOf(reply!)).not.toMatch(/Paste only the paragraph/);
    expect(injectionProblems(reply!)).toEqual([]);

    // The share button's command (the whole message) is over 2,000 characters: it is stored.
    const share = buttonsOf(reply!).find((b) => b.action_id.startsWith("embassy:share"))!;
    expect(share.value).toMatch(/^k:[A-Za-z0-9_-]{22}$/);
    const shared = await click(share, "long-context-share");
    expect(shared.response_type).toBe("in_channel");
    expect(shared.blocks[0]!.text?.text).toBe("Storming of the British embassy in Tehran");
    expect(warnings).toEqual([]);
  });

  it("says a stored button has expired when its key is unknown", async () => {
    const reply = await click(
      { action_id: "embassy:next-page:0", value: "k:AAAAAAAAAAAAAAAAAAAAAA" },
      "expired-key",
    );
    expect(textOf(reply)).toContain("This button has expired: ask again.");
  });
});

describe("Slack: a 1,500-character typed query", () => {
  it("keeps buttons that carry the whole query, and More results answers page 2", async () => {
    const query = longQuery(1500);
    const res = await postSigned(
      eventsUrl,
      SECRET,
      formBody(createDummySlashCommand(query, fake.responseUrl("long-slash"))),
      FORM,
    );
    expect(res.status).toBe(200);
    const reply = JSON.parse(res.text) as Message;
    expect(limitProblems(reply)).toEqual([]);
    const next = buttonsOf(reply).find((b) => b.action_id.startsWith("embassy:next-page"))!;
    expect(next.value.length).toBeLessThanOrEqual(2000);
    expect(decodeCommand(next.value)).toEqual({ name: "search", query, page: 2 });
    const page2 = await click(next, "long-slash-next");
    expect(textOf(page2)).toMatch(/Page 2 of \d+/);
  });
});
