import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { readConfig } from "../../../src/config.js";
import { decodeCommand, MAX_QUERY_LENGTH } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummyHomeOpened,
  createDummyMessageShortcut,
  createDummySlashCommand,
  createDummyViewSubmission,
  USER,
} from "./support/payloads.js";
import { createFeedbackService, type FeedbackService } from "../../../src/feedback/feedback-service.js";
import { createFeedbackStore, type FeedbackStore } from "../../../src/store/feedback-store.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { createSeenRequestStore } from "../../../src/store/seen-request-store.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formBody, payloadBody, postSigned, type SignedPostOptions } from "./support/signed-request.js";

const SECRET = "test-signing-secret-0123456789";
const BOT_TOKEN = "xoxb-1111-2222-testtoken";
const FORM = "application/x-www-form-urlencoded";

let fake: FakeSlack;
let adapter: SlackAdapter;
let eventsUrl: string;
let handled = 0;
let store: FeedbackStore;
let feedback: FeedbackService;
const logs: string[] = [];

type Button = { action_id: string; value: string };
type Message = { text: string; blocks: { type: string; elements?: Button[] }[]; response_type?: string };

beforeAll(async () => {
  fake = await startFakeSlack(BOT_TOKEN);
  // The same path as `npm start`: environment → readConfig → adapter.
  const read = readConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    SLACK_REVIEW_CHANNEL: "C0REVIEW",
    SLACK_MAINTAINER_GROUP: "S0MAINT",
  });
  if (!read.ok || read.config.slack.mode !== "http")
    throw new Error(`unexpected config: ${JSON.stringify(read)}`);
  const logger = {
    info: (m: string) => logs.push(m),
    warn: (m: string) => logs.push(m),
    error: (m: string) => logs.push(m),
  };
  const db = await openPgliteDatabase();
  store = await createFeedbackStore(db);
  feedback = createFeedbackService({
    desk: loadDesk(),
    openStore: async () => store,
    fallbackFile: join(mkdtempSync(join(tmpdir(), "embassy-slack-")), "fallback.jsonl"),
    perHour: 5,
  });
  adapter = createSlackAdapter({
    ...read.config.slack,
    desk: loadDesk(),
    feedback,
    seenRequests: async () => createSeenRequestStore(db),
    port: 0,
    host: "127.0.0.1",
    logger,
    randomSeed: () => 7,
  });
  // Counts requests that reached the listeners (test-only global middleware, registered after ours).
  adapter.app.use(async ({ next }) => {
    handled++;
    await next();
  });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await store?.close();
  await fake?.close();
});

async function slash(text: string, options?: SignedPostOptions) {
  return postSigned(
    eventsUrl,
    SECRET,
    formBody(createDummySlashCommand(text, fake.responseUrl("slash"))),
    FORM,
    options,
  );
}

async function slashAnswer(text: string): Promise<Message> {
  const res = await slash(text);
  expect(res.status).toBe(200);
  const message = JSON.parse(res.text) as Message;
  expect(limitProblems(message)).toEqual([]);
  expect(injectionProblems(message)).toEqual([]);
  return message;
}

function buttonsOf(message: Message): Button[] {
  return message.blocks.flatMap((b) => b.elements ?? []).filter((e) => typeof e.action_id === "string");
}

async function click(button: Button, responseId: string, user = USER) {
  const res = await postSigned(
    eventsUrl,
    SECRET,
    payloadBody(createDummyBlockAction(button.action_id, button.value, fake.responseUrl(responseId), user)),
    FORM,
  );
  expect(res.status).toBe(200);
}

async function responsesTo(id: string, count = 1) {
  const calls = await fake.waitFor("respond", count, id);
  expect(calls.length).toBeGreaterThanOrEqual(count);
  for (const call of calls) if (call.body.blocks) expect(limitProblems(call.body)).toEqual([]);
  return calls.map((c) => c.body as Message & Record<string, unknown>);
}

describe("Slack HTTP mode, start-up", () => {
  it("verified the bot token once with auth.test, and said which mode and port", () => {
    const authCalls = fake.callsTo("auth.test");
    expect(authCalls).toHaveLength(1);
    expect(authCalls[0]!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(logs).toContain(`Slack: HTTP mode, listening on port ${adapter.port()} (POST /slack/events)`);
    expect(logs.join("\n")).not.toContain(BOT_TOKEN);
  });

  it("answers a load balancer's health check", async () => {
    const res = await fetch(`http://127.0.0.1:${adapter.port()}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe("Slack HTTP mode, /embassy", () => {
  it("answers /embassy tehran 1979 in the acknowledgement, visible only to the asker", async () => {
    const message = await slashAnswer("tehran 1979");
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toMatch(/Tehran/);
    expect(JSON.stringify(message.blocks[0])).toMatch(/Tehran/);
    expect(JSON.stringify(message.blocks)).toContain("*Sources:*");
  });

  it("parses subcommands: duty, help", async () => {
    const duty = await slashAnswer("duty can police enter");
    expect(JSON.stringify(duty.blocks)).toMatch(/Instrument/);
    const help = await slashAnswer("help");
    expect(JSON.stringify(help.blocks)).toContain("/embassy timeline");
  });

  it("keeps injection attempts inert, whether Slack escaped them or not", async () => {
    for (const text of [
      "<!channel> <@U123> <https://evil|x>",
      "&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|x&gt;",
    ]) {
      for (const prefix of ["", "timeline ", "incident "]) {
        const message = await slashAnswer(`${prefix}${text}`);
        expect(JSON.stringify(message)).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
      }
    }
  });

  it("refuses an over-long question with a clear message", async () => {
    const message = await slashAnswer("embassy ".repeat(MAX_QUERY_LENGTH / 8 + 1));
    expect(JSON.stringify(message.blocks)).toMatch(new RegExp(`I read at most ${MAX_QUERY_LENGTH}`));
  });
});

describe("Slack HTTP mode, request verification", () => {
  it("rejects a bad signature with 401 and runs no handler", async () => {
    const before = handled;
    const res = await slash("tehran 1979", { signature: "v0=deadbeef" });
    expect(res.status).toBe(401);
    expect(res.text).toBe("");
    expect(handled).toBe(before);
  });

  it("rejects a correctly signed request older than 5 minutes with 401 and runs no handler", async () => {
    const before = handled;
    const shortcut = payloadBody(
      createDummyMessageShortcut("embassy stormed in Tehran", fake.responseUrl("replayed")),
    );
    const res = await postSigned(eventsUrl, SECRET, shortcut, FORM, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(res.status).toBe(401);
    expect(handled).toBe(before);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.filter((c) => c.id === "replayed")).toHaveLength(0);
  });
});

describe("Slack HTTP mode, clock and replay checks", () => {
  const now = () => Math.floor(Date.now() / 1000);

  it("rejects a correctly signed request stamped more than 5 minutes in the future with 401", async () => {
    const before = handled;
    const res = await slash("tehran 1979", { timestamp: now() + 6 * 60 });
    expect(res.status).toBe(401);
    expect(res.text).toBe("");
    expect(handled).toBe(before);
  });

  it("serves a request stamped within the window either side (clocks differ a little)", async () => {
    for (const timestamp of [now() + 4 * 60, now() - 4 * 60]) {
      const res = await slash("tehran 1979", { timestamp });
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/Tehran/);
    }
  });

  it("serves a fresh request once, and refuses a replay of it with 401 without running the handler again", async () => {
    const body = payloadBody(
      createDummyMessageShortcut("embassy stormed in Tehran", fake.responseUrl("once")),
    );
    const timestamp = now();
    const first = await postSigned(eventsUrl, SECRET, body, FORM, { timestamp });
    expect(first.status).toBe(200);
    await responsesTo("once");
    const before = handled;
    const replay = await postSigned(eventsUrl, SECRET, body, FORM, { timestamp });
    expect(replay.status).toBe(401);
    expect(handled).toBe(before);
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.calls.filter((c) => c.id === "once")).toHaveLength(1);
  });

  it("does not let a forged signature take a real request's place in the seen list", async () => {
    const body = formBody(createDummySlashCommand("tehran 1979", fake.responseUrl("slash")));
    const timestamp = now();
    const forged = await postSigned(eventsUrl, SECRET, body, FORM, { timestamp, signature: "v0=00ff" });
    expect(forged.status).toBe(401);
    const real = await postSigned(eventsUrl, SECRET, body, FORM, { timestamp });
    expect(real.status).toBe(200);
  });
});

describe("Slack HTTP mode, buttons", () => {
  it("More results replaces the answer with the next page", async () => {
    const first = await slashAnswer("timeline 1970s");
    const more = buttonsOf(first).find((b) => b.action_id.startsWith("embassy:next-page"))!;
    await click(more, "page");
    const [page2] = await responsesTo("page");
    expect(page2!.replace_original).toBe(true);
    expect(JSON.stringify(page2!.blocks)).toMatch(/Page 2 of/);
  });

  it("Share posts the same answer in the channel, attributed, then removes the private copy", async () => {
    const answer = await slashAnswer("tehran 1979");
    const share = buttonsOf(answer).find((b) => b.action_id.startsWith("embassy:share"))!;
    await click(share, "share");
    const [posted, removed] = await responsesTo("share", 2);
    expect(posted).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(posted!.blocks[0]).toEqual(answer.blocks[0]);
    expect(JSON.stringify(posted!.blocks)).toContain("Shared by <@U0ASKER>");
    expect(posted!.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(injectionProblems(posted, ["<@U0ASKER>"])).toEqual([]);
    expect(removed).toEqual({ delete_original: true });
  });

  it("Related adds the duties for an incident below the answer", async () => {
    const answer = await slashAnswer("tehran 1979");
    const related = buttonsOf(answer).find((b) => b.action_id.startsWith("embassy:related"))!;
    await click(related, "related");
    const [list] = await responsesTo("related");
    expect(list!.replace_original).toBe(false);
    expect(list!.text).toMatch(/^Related to: /);
    expect(JSON.stringify(list!.blocks)).toMatch(/Vienna Convention|VCDR|Art\./);
  });

  it("every answer ends with the data version and its date", async () => {
    const { version, asOf } = loadDesk().dataset.version;
    for (const text of ["tehran 1979", "help", "zzzz qqqq"]) {
      const answer = await slashAnswer(text);
      expect(answer.blocks.at(-1)).toEqual({
        type: "context",
        elements: [{ type: "mrkdwn", text: `Embassy Desk data ${version} · as of ${asOf}`, verbatim: true }],
      });
    }
  });

  it("Cite gives the asker a ready-to-paste citation, one line per source, beside the answer", async () => {
    const answer = await slashAnswer("tehran 1979");
    const cite = buttonsOf(answer).find((b) => b.action_id.startsWith("embassy:cite"))!;
    expect(decodeCommand(cite.value)).toEqual({ name: "cite", query: "tehran-us-1979" });
    await click(cite, "cite");
    const [citation] = await responsesTo("cite");
    expect(citation).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const record = loadDesk().dataset.incidentById.get("tehran-us-1979")!;
    const code = citation!.blocks.map((b) => JSON.stringify(b)).join("\n");
    expect(code).toContain("```");
    expect(code).toContain("(record tehran-us-1979)");
    for (const source of record.sources) expect(code).toContain(source.url.replace(/&/g, "&amp;"));
    expect(injectionProblems(citation!)).toEqual([]);
  });

  it("a quiz answer button replaces the question with the outcome", async () => {
    const quiz = await slashAnswer("quiz");
    const option = buttonsOf(quiz).find((b) => b.action_id.startsWith("embassy:quiz-answer"))!;
    expect(decodeCommand(option.value)).toMatchObject({ name: "answer", seed: 7 });
    await click(option, "quiz");
    const [outcome] = await responsesTo("quiz");
    expect(outcome!.replace_original).toBe(true);
    expect(JSON.stringify(outcome!.blocks)).toContain(":white_check_mark:");
  });

  it("an expired response_url tells the person, in a modal, to ask again", async () => {
    const answer = await slashAnswer("tehran 1979");
    const share = buttonsOf(answer).find((b) => b.action_id.startsWith("embassy:share"))!;
    await click(share, "expired-share");
    const [open] = await fake.waitFor("views.open");
    expect(open!.body.trigger_id).toBe("333.444.button");
    expect(JSON.stringify(open!.body.view)).toMatch(/too old.*Ask again/);
    expect(limitProblems(open!.body.view as Record<string, unknown>, "view")).toEqual([]);
    expect(fake.calls.filter((c) => c.id === "expired-share")).toHaveLength(1);
  });
});

describe("Slack HTTP mode, Embassy context shortcut", () => {
  it("answers the person privately, in the thread, with the incidents the message is about", async () => {
    const text =
      "<!here> Protesters stormed the <https://news.example/x|US embassy> in Tehran and took the staff hostage &amp; held them.";
    const body = payloadBody(
      createDummyMessageShortcut(text, fake.responseUrl("context"), { thread_ts: "1699999999.000100" }),
    );
    const res = await postSigned(eventsUrl, SECRET, body, FORM);
    expect(res.status).toBe(200);
    const [reply] = await responsesTo("context");
    expect(reply).toMatchObject({ response_type: "ephemeral", thread_ts: "1699999999.000100" });
    expect(JSON.stringify(reply!.blocks)).toMatch(/Tehran/);
    expect(injectionProblems(reply)).toEqual([]);
  });

  it("says so when the message has no text", async () => {
    const res = await postSigned(
      eventsUrl,
      SECRET,
      payloadBody(createDummyMessageShortcut("", fake.responseUrl("empty"))),
      FORM,
    );
    expect(res.status).toBe(200);
    const [reply] = await responsesTo("empty");
    expect(JSON.stringify(reply!.blocks)).toMatch(/no text I can read/);
  });
});

describe("Slack HTTP mode, App Home", () => {
  it("publishes the Home tab when it is opened, and ignores Slack's retries of the same event", async () => {
    const event = JSON.stringify(createDummyHomeOpened());
    const res = await postSigned(eventsUrl, SECRET, event, "application/json");
    expect(res.status).toBe(200);
    const [publish] = await fake.waitFor("views.publish");
    expect(publish!.body.user_id).toBe("U0ASKER");
    const view = publish!.body.view as Record<string, unknown>;
    expect(view.type).toBe("home");
    expect(limitProblems(view, "view")).toEqual([]);
    expect(JSON.stringify(view)).toMatch(/\d+\* incidents/);
    expect(JSON.stringify(view)).toContain("/embassy timeline");

    // Slack signs each delivery afresh, so a retry carries a later timestamp than the original.
    const retry = await postSigned(eventsUrl, SECRET, event, "application/json", {
      timestamp: Math.floor(Date.now() / 1000) + 1,
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.callsTo("views.publish")).toHaveLength(1);
  });
});

describe("Slack HTTP mode, reports and suggestions", () => {
  async function submit(metadata: string, values: Record<string, Record<string, unknown>>) {
    const res = await postSigned(
      eventsUrl,
      SECRET,
      payloadBody(createDummyViewSubmission("embassy_feedback", metadata, values)),
      FORM,
    );
    expect(res.status).toBe(200);
    return JSON.parse(res.text || "{}") as {
      response_action?: string;
      errors?: Record<string, string>;
      view?: unknown;
    };
  }

  it("Report a problem opens a form about the record, and its submission is stored, then thanked", async () => {
    const answer = await slashAnswer("tehran 1979");
    const report = buttonsOf(answer).find((b) => b.action_id.startsWith("embassy:report"))!;
    expect(decodeCommand(report.value)).toEqual({ name: "report", query: "tehran-us-1979" });
    const before = fake.callsTo("views.open").length;
    await click(report, "report-click");
    const opened = (await fake.waitFor("views.open", before + 1)).at(-1);
    const view = opened!.body.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe("embassy_feedback");
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      kind: "report",
      recordId: "tehran-us-1979",
      channel: "C0NEWS",
    });
    expect(JSON.stringify(view.blocks)).toContain("Seizure of the US embassy in Tehran");

    const reply = await submit(view.private_metadata, {
      reason: { value: { type: "static_select", selected_option: { value: "wrong-date" } } },
      text: { value: { type: "plain_text_input", value: "It began on 4 November." } },
    });
    expect(reply.response_action).toBe("update");
    expect(JSON.stringify(reply.view)).toMatch(/Thank you: report #\d+/);
    const items = await store.list({ reporter: "U0ASKER" });
    expect(items.at(-1)).toMatchObject({
      kind: "report",
      recordId: "tehran-us-1979",
      reason: "wrong-date",
      text: "It began on 4 November.",
      platform: "slack",
      workspace: "T0TEST",
      channel: "C0NEWS",
    });
  });

  it("keeps the form open with the reason when a suggested link cannot be a source", async () => {
    const reply = await submit(JSON.stringify({ kind: "suggestion" }), {
      text: { value: { type: "plain_text_input", value: "An attack on an embassy in 2025" } },
      url: { value: { type: "url_text_input", value: "https://docslib.org/doc/1" } },
    });
    expect(reply.response_action).toBe("errors");
    expect(reply.errors?.url).toMatch(/docslib\.org is refused/);
  });

  it("offers Suggest an incident when nothing matches, and stores a typed report before answering", async () => {
    const none = await slashAnswer("zzzz qqqq");
    expect(buttonsOf(none).some((b) => b.action_id.startsWith("embassy:suggest"))).toBe(true);
    const typed = await slashAnswer("report vcdr-22 a word is missing from paragraph 2");
    expect(typed.text).toMatch(/^Thank you: report #\d+/);
    const items = await store.list({ platform: "slack" });
    expect(items.map((i) => i.text)).toContain("a word is missing from paragraph 2");
  });
});

describe("Slack HTTP mode, the review channel", () => {
  const MAINTAINER = { ...USER, id: "U0MAINT", name: "editor", username: "editor" };

  async function postedReview(): Promise<{ blocks: { type: string; elements?: Button[] }[] }> {
    await slashAnswer("report vcdr-29 the article text lacks a comma");
    const blocksOf = (body: Record<string, unknown>) =>
      (typeof body.blocks === "string" ? JSON.parse(body.blocks) : body.blocks) as {
        type: string;
        elements?: Button[];
      }[];
    // Posts follow the thank-you asynchronously: wait for the one about this report.
    for (let tries = 0; tries < 50; tries++) {
      const ours = fake
        .callsTo("chat.postMessage")
        .filter((c) => JSON.stringify(blocksOf(c.body)).match(/Report #\d+ on vcdr-29/))
        .filter((c) => !seen.has(c));
      if (ours.length > 0) {
        seen.add(ours[0]!);
        expect(ours[0]!.body.channel).toBe("C0REVIEW");
        return { blocks: blocksOf(ours[0]!.body) };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("no review post for the report");
  }
  const seen = new Set<unknown>();

  it("posts each new report with Accept, Reject and Fixed, which only maintainers may use", async () => {
    const { blocks } = await postedReview();
    const buttons = blocks
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id?.startsWith("embassy:review"));
    expect(buttons.map((b) => decodeCommand(b.value)?.query.split(" ")[1])).toEqual([
      "accepted",
      "rejected",
      "fixed",
    ]);
    const id = Number(decodeCommand(buttons[0]!.value)!.query.split(" ")[0]);

    await click(buttons[0]!, "review-outsider");
    const [refused] = await responsesTo("review-outsider");
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused!.text).toMatch(/Only the maintainers/);
    expect((await store.get(id))?.status).toBe("open");

    await click(buttons[0]!, "review-accept", MAINTAINER);
    const [updated] = await responsesTo("review-accept");
    expect(updated!.replace_original).toBe(true);
    expect(JSON.stringify(updated!.blocks)).toContain("accepted");
    expect((await store.get(id))?.status).toBe("accepted");
  });

  it("asks a maintainer for a note to reject or fix, then updates the post", async () => {
    const { blocks } = await postedReview();
    const fixed = blocks.flatMap((b) => b.elements ?? []).find((e) => e.value?.endsWith(" fixed"))!;
    const id = Number(decodeCommand(fixed.value)!.query.split(" ")[0]);
    const before = fake.callsTo("views.open").length;
    await click(fixed, "review-fixed", MAINTAINER);
    const view = (await fake.waitFor("views.open", before + 1)).at(-1)!.body.view as {
      callback_id: string;
      private_metadata: string;
    };
    expect(view.callback_id).toBe("embassy_review_note");
    const submission = createDummyViewSubmission("embassy_review_note", view.private_metadata, {
      note: { value: { type: "plain_text_input", value: "Comma added in data 1.5.0" } },
    });
    const res = await postSigned(eventsUrl, SECRET, payloadBody({ ...submission, user: MAINTAINER }), FORM);
    expect(res.status).toBe(200);
    expect(await store.get(id)).toMatchObject({ status: "fixed", note: "Comma added in data 1.5.0" });
    const updates = await fake.waitFor("chat.update");
    expect(JSON.stringify(updates.at(-1)!.body)).toContain("Comma added in data 1.5.0");
  });
});

describe("Slack HTTP mode, malformed payloads", () => {
  it.each(["payload=null", "payload=%7B%7D", "payload=%5B%5D", "payload=not-json", "payload=%22text%22"])(
    "answers a signed %s without crashing, and keeps serving",
    async (body) => {
      const res = await postSigned(eventsUrl, SECRET, body, FORM);
      expect(res.status).toBeLessThan(500);
      const after = await slashAnswer("tehran 1979");
      expect(JSON.stringify(after.blocks)).toMatch(/Tehran/);
    },
  );
});

describe("Slack HTTP mode, readiness", () => {
  it("is ready when the database answers, and says 503 when it does not", async () => {
    const ready = await fetch(`http://127.0.0.1:${adapter.port()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: true } });

    const down = createSlackAdapter({
      mode: "http",
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      desk: loadDesk(),
      port: 0,
      host: "127.0.0.1",
      feedback: createFeedbackService({
        desk: loadDesk(),
        openStore: () => Promise.reject(new Error("connect ECONNREFUSED")),
        fallbackFile: join(mkdtempSync(join(tmpdir(), "embassy-ready-")), "fallback.jsonl"),
        perHour: 5,
      }),
    });
    await down.start();
    try {
      const res = await fetch(`http://127.0.0.1:${down.port()}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ready: false, checks: { database: false } });
      expect((await fetch(`http://127.0.0.1:${down.port()}/healthz`)).status).toBe(200);
    } finally {
      await down.stop();
    }
  });
});
