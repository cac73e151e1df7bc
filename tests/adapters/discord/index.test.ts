import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import { loadDesk } from "../../support/desk.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFeedbackService } from "../../../src/feedback/feedback-service.js";
import { createFeedbackStore, type FeedbackStore } from "../../../src/store/feedback-store.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { allStrings, limitProblems } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from "./fake-discord/fake-discord.js";
import {
  CLASSMATE,
  createDummyAutocomplete,
  createDummyButton,
  createDummyContextMenu,
  createDummyMessage,
  createDummyModalSubmit,
  createDummySelect,
  createDummySlash,
  PERSON,
  type Option,
  type Payload,
} from "./fake-discord/payloads.js";

const TOKEN = "fake-bot-token.for-tests.only";
const REVIEW_CHANNEL = "100000000000000777";
const MAINTAINER_ROLE = "100000000000000888";
/** The same interaction, from a member with the maintainers' role. */
const asMaintainer = (payload: Payload): Payload => ({
  ...payload,
  member: { ...(payload.member as Record<string, unknown>), roles: [MAINTAINER_ROLE] },
});
const EPHEMERAL = 1 << 6;
const logged: string[] = [];
const logger = {
  info: (d: object, m?: string) => void logged.push(`${m} ${JSON.stringify(d)}`),
  warn: (d: object, m?: string) => void logged.push(`${m} ${JSON.stringify(d)}`),
  error: (d: object, m?: string) => void logged.push(`${m} ${JSON.stringify(d)}`),
};

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: FeedbackStore;

/** Sends one interaction over the gateway and returns what the real client posted back. */
async function roundTrip(payload: Payload): Promise<InteractionCallback> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.callbackFor(String(payload.id));
  if (callback.type === 4 || callback.type === 7) expect(limitProblems(callback.data)).toEqual([]);
  return callback;
}

const query = (value: string): Option => ({ name: "query", type: 3, value });
type Embed = { title: string; description?: string; footer: { text: string } };
type Row = { components: { custom_id: string; label?: string }[] };
const embedOf = (c: InteractionCallback) => (c.data.embeds as Embed[])[0]!;
const customIds = (c: InteractionCallback) =>
  (c.data.components as Row[]).flatMap((r) => r.components.map((x) => x.custom_id));
/** The message a reply became, as Discord would hand it back on a button click. */
const messageOf = (c: InteractionCallback, flags = EPHEMERAL) =>
  createDummyMessage({ embeds: c.data.embeds, components: c.data.components, flags });

beforeAll(async () => {
  fake = await startFakeDiscord();
  store = await createFeedbackStore(await openPgliteDatabase());
  adapter = createDiscordAdapter({
    desk: loadDesk(),
    review: { channel: REVIEW_CHANNEL, maintainers: MAINTAINER_ROLE },
    feedback: createFeedbackService({
      desk: loadDesk(),
      openStore: async () => store,
      fallbackFile: join(mkdtempSync(join(tmpdir(), "embassy-discord-")), "fallback.jsonl"),
      perHour: 5,
    }),
    token: TOKEN,
    apiUrl: fake.apiUrl,
    logger,
    seed: () => 7,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await store.close();
  await fake.close();
});

describe("the Discord adapter on a real discord.js client", () => {
  it("identifies with the Guilds intent only and its token, fetching the gateway from the REST base", () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]!.intents).toBe(1);
    expect(fake.identifies[0]!.token).toBe(TOKEN);
    const gateway = fake.requests.find((r) => r.path === "/gateway/bot");
    expect(gateway?.authorization).toBe(`Bot ${TOKEN}`);
    expect(adapter.client?.isReady()).toBe(true);
  });

  it("answers a slash command privately, with an embed, buttons and no pings", async () => {
    const reply = await roundTrip(createDummySlash("search", [query("tehran 1979")]));
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(reply).title).toBe("Seizure of the US embassy in Tehran");
    expect(customIds(reply)).toEqual(expect.arrayContaining([expect.stringMatching(/^s:search\|/), "open"]));
  });

  it("passes filter choices to the core as typed filters", async () => {
    const options = [query("tehran"), { name: "type", type: 3, value: "storming" }];
    const reply = await roundTrip(createDummySlash("incident", options));
    expect(embedOf(reply).title).toMatch(/Tehran/);
    expect(JSON.stringify(reply.data.components)).toContain("type:storming");
  });

  it("posts publicly for `public` and pings only the `for` user", async () => {
    const forUser = { name: "for", type: 6, value: CLASSMATE.id };
    const reply = await roundTrip(createDummySlash("duty", [query("art 22"), forUser], [CLASSMATE]));
    expect(reply.data.flags).toBeUndefined();
    expect(reply.data.content).toBe(`For <@${CLASSMATE.id}>`);
    expect(reply.data.allowed_mentions).toEqual({ parse: [], users: [CLASSMATE.id] });
    expect(customIds(reply).some((id) => id.startsWith("s:"))).toBe(false);

    const open = await roundTrip(createDummySlash("help", [{ name: "public", type: 5, value: true }]));
    expect(open.data.flags).toBeUndefined();
    expect(embedOf(open).title).toBe("Embassy Desk: how to ask");
  });

  it("keeps @everyone, role mentions and links typed in a query inert", async () => {
    // The core quotes a bad filter value back, so all of this reaches the embed.
    const typed = "host:@everyone<@&123456789012345678>[click](https://evil.example)<@123>";
    const reply = await roundTrip(
      createDummySlash("search", [query(typed), { name: "public", type: 5, value: true }]),
    );
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(reply.data.flags).toBe(EPHEMERAL); // an error answer stays private even when asked to post
    const text = allStrings(reply.data.embeds).join("\n");
    expect(text).toContain("everyone");
    expect(text).not.toMatch(/@everyone|<@&|<@\d|https:\/\//);
    expect(text).not.toContain("[click]("); // escaped brackets cannot form a masked link
    expect(text).toContain("\\[click\\]");
  });

  it("answers an autocomplete with at most 25 short choices, notable incidents when empty", async () => {
    const typed = await roundTrip(createDummyAutocomplete("search", "tehran"));
    expect(typed.type).toBe(8);
    const choices = typed.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => /Tehran/.test(c.name))).toBe(true);
    for (const c of choices) expect(Math.max(c.name.length, c.value.length)).toBeLessThanOrEqual(100);

    const empty = await roundTrip(createDummyAutocomplete("incident", ""));
    const firstThree = (empty.data.choices as { name: string }[]).slice(0, 3).map((c) => c.name);
    expect(firstThree).toContain("Seizure of the US embassy in Tehran");
  });

  it("pages in place from the cursor in a More results custom_id", async () => {
    const reply = await roundTrip(createDummySlash("timeline", [query("1970s")]));
    expect(embedOf(reply).footer.text).toMatch(/^Page 1 of \d+/);
    const next = customIds(reply).find((id) => id.startsWith("n:"));
    expect(next).toBe("n:timeline|2||1970s");
    const page2 = await roundTrip(createDummyButton(next!, messageOf(reply)));
    expect(page2.type).toBe(7);
    expect(embedOf(page2).footer.text).toMatch(/^Page 2 of \d+/);
  });

  it("answers a More results click on a public message privately instead of rewriting it", async () => {
    const click = await roundTrip(createDummyButton("n:timeline|2||1970s", createDummyMessage({ flags: 0 })));
    expect(click.type).toBe(4);
    expect(click.data.flags).toBe(EPHEMERAL);
  });

  it("shares an answer publicly, saying who shared it without pinging them", async () => {
    const reply = await roundTrip(createDummySlash("search", [query("tehran 1979")]));
    const share = customIds(reply).find((id) => id.startsWith("s:"))!;
    const shared = await roundTrip(createDummyButton(share, messageOf(reply)));
    expect(shared.type).toBe(4);
    expect(shared.data.flags).toBeUndefined();
    expect(shared.data.content).toBe(`Shared by <@${PERSON.id}>`);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(shared).title).toBe(embedOf(reply).title);
  });

  it("shares the message itself when the command was too long to carry", async () => {
    const message = createDummyMessage({
      flags: EPHEMERAL,
      embeds: [{ type: "rich", title: "A long question" }],
    });
    const shared = await roundTrip(createDummyButton("s:", message));
    expect(shared.data.flags).toBeUndefined();
    expect(embedOf(shared).title).toBe("A long question");
  });

  it("opens Related and a record picked from the menu as new private replies", async () => {
    const reply = await roundTrip(createDummySlash("search", [query("tehran 1979")]));
    const related = await roundTrip(
      createDummyButton(
        customIds(reply).find((id) => id.startsWith("r:"))!,
        messageOf(reply),
      ),
    );
    expect(related.type).toBe(4);
    expect(embedOf(related).title).toMatch(/^Related to:/);
    const opened = await roundTrip(createDummySelect("open", ["tehran-us-1979"], messageOf(reply)));
    expect(embedOf(opened).title).toBe("Seizure of the US embassy in Tehran");
  });

  it("ends every embed with the data version and its date", async () => {
    const { version, asOf } = loadDesk().dataset.version;
    for (const payload of [createDummySlash("search", [query("tehran 1979")]), createDummySlash("help")]) {
      const reply = await roundTrip(payload);
      expect(embedOf(reply).footer.text).toMatch(new RegExp(`Embassy Desk data ${version} · as of ${asOf}$`));
    }
  });

  it("Cite answers the clicker privately with a ready-to-paste citation, leaving the answer in place", async () => {
    const reply = await roundTrip(createDummySlash("search", [query("tehran 1979")]));
    const cite = customIds(reply).find((id) => id.startsWith("c:"));
    expect(cite).toBe("c:cite|||tehran-us-1979");
    const citation = await roundTrip(createDummyButton(cite!, messageOf(reply)));
    expect(citation.type).toBe(4);
    expect(citation.data.flags).toBe(EPHEMERAL);
    const description = embedOf(citation).description!;
    expect(description).toMatch(/```\n[^]*\n```$/);
    const record = loadDesk().dataset.incidentById.get("tehran-us-1979")!;
    expect(description).toContain("(record tehran-us-1979)");
    for (const source of record.sources)
      expect(description).toContain(`${source.publisher}, "${source.title}"`);
  });

  it("keeps a typed cite private even when asked to post it", async () => {
    const reply = await roundTrip(
      createDummySlash("cite", [query("tehran-us-1979"), { name: "public", type: 5, value: true }]),
    );
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(embedOf(reply).title).toBe("Cite: Seizure of the US embassy in Tehran");
  });

  it("runs a quiz from the adapter's seed and answers it from the button alone", async () => {
    const quiz = await roundTrip(createDummySlash("quiz"));
    const answers = customIds(quiz).filter((id) => id.startsWith("a:"));
    expect(answers).toHaveLength(4);
    expect(answers[0]).toBe("a:answer||7|0");
    const outcome = await roundTrip(createDummyButton(answers[2]!, messageOf(quiz)));
    expect(outcome.type).toBe(7);
    expect(embedOf(outcome).description).toMatch(/Right|Not quite/);
    expect(customIds(outcome)).toContain("q:quiz||8|");
  });

  it("finds what a message is about from the Embassy context menu", async () => {
    const message = createDummyMessage({
      author: PERSON,
      content:
        "Crowds stormed the US embassy in Tehran in November 1979 and took the staff hostage for 444 days.",
    });
    const reply = await roundTrip(createDummyContextMenu(message));
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(reply.data.embeds)).toContain("Tehran");
  });

  it("says a stale button is out of date", async () => {
    const reply = await roundTrip(createDummyButton("n:nonsense", createDummyMessage()));
    expect(embedOf(reply).description).toMatch(/out of date/);
  });

  it("never logs the token", () => {
    expect(logged.some((line) => /discord bot connected/.test(line))).toBe(true);
    expect(logged.join("\n")).not.toContain(TOKEN);
  });
});

describe("reports and suggestions on Discord", () => {
  it("Report a problem opens a form about the record; its submission is stored, then thanked privately", async () => {
    const reply = await roundTrip(createDummySlash("search", [query("tehran 1979")]));
    const report = customIds(reply).find((id) => id.startsWith("p:"));
    expect(report).toBe("p:report|||tehran-us-1979");
    const form = await roundTrip(createDummyButton(report!, messageOf(reply)));
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe("fb:r:tehran-us-1979");
    expect(String(form.data.title)).toMatch(/^Report: Seizure of the US embassy/);

    const sent = await roundTrip(
      createDummyModalSubmit("fb:r:tehran-us-1979", { text: "It began on 4 November.", reason: "date" }),
    );
    expect(sent.type).toBe(4);
    expect(sent.data.flags).toBe(EPHEMERAL);
    expect(embedOf(sent).title).toMatch(/^Thank you: report #\d+$/);
    const [item] = await store.list({ platform: "discord" });
    expect(item).toMatchObject({
      recordId: "tehran-us-1979",
      reason: "wrong-date",
      text: "It began on 4 November.",
      reporter: PERSON.id,
      shownIds: ["tehran-us-1979"],
    });
  });

  it("offers Suggest an incident when nothing matches, and refuses a refused source kindly", async () => {
    const none = await roundTrip(createDummySlash("search", [query("zzzz qqqq")]));
    expect(customIds(none)).toContain("g:suggest|||");
    const refused = await roundTrip(
      createDummyModalSubmit("fb:s", {
        text: "An embassy stormed in 2025",
        url: "https://docslib.org/doc/1",
      }),
    );
    expect(embedOf(refused).description).toMatch(/docslib\.org is refused/);
    expect(await store.list({ platform: "discord" })).toHaveLength(1);
  });

  it("stores a typed /embassy report before replying", async () => {
    const typed = await roundTrip(
      createDummySlash("report", [{ name: "text", type: 3, value: "vcdr-22 a word is missing" }]),
    );
    expect(typed.data.flags).toBe(EPHEMERAL);
    expect(embedOf(typed).title).toMatch(/^Thank you: report #\d+$/);
    expect((await store.list({ platform: "discord" })).map((i) => i.recordId)).toContain("vcdr-22");
  });
});

describe("the review channel on Discord", () => {
  const seen = new Set<unknown>();
  async function postedReview(): Promise<{ ids: string[]; id: number }> {
    await roundTrip(
      createDummySlash("report", [{ name: "text", type: 3, value: "vcdr-29 a comma is missing" }]),
    );
    type Post = { embeds: { title: string }[]; components: Row[]; allowed_mentions: unknown };
    // Posts follow the thank-you asynchronously: wait for the one about this report.
    for (let tries = 0; tries < 100; tries++) {
      const post = fake.requests.find(
        (r) =>
          r.path === `/channels/${REVIEW_CHANNEL}/messages` &&
          !seen.has(r) &&
          /on vcdr-29$/.test((r.body as Post).embeds[0]!.title),
      );
      if (post) {
        seen.add(post);
        const body = post.body as Post;
        expect(body.allowed_mentions).toEqual({ parse: [] });
        const ids = body.components.flatMap((r) => r.components.map((c) => c.custom_id));
        return { ids, id: Number(/#(\d+)/.exec(body.embeds[0]!.title)![1]) };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("no review post");
  }

  it("posts each new report; only the maintainers' role may accept it, and the post follows", async () => {
    const { ids, id } = await postedReview();
    expect(ids).toEqual([`v:review|||${id} accepted`, `v:review|||${id} rejected`, `v:review|||${id} fixed`]);
    const post = createDummyMessage({ flags: 0 });
    const refused = await roundTrip(createDummyButton(ids[0]!, post));
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(embedOf(refused).description).toMatch(/Only the maintainers/);
    expect((await store.get(id))?.status).toBe("open");

    const accepted = await roundTrip(asMaintainer(createDummyButton(ids[0]!, post)));
    expect(accepted.type).toBe(7);
    expect(JSON.stringify(embedOf(accepted))).toContain("accepted");
    expect((await store.get(id))?.status).toBe("accepted");
  });

  it("asks for a note to reject, then stores it with the decision", async () => {
    const { ids, id } = await postedReview();
    const form = await roundTrip(asMaintainer(createDummyButton(ids[1]!, createDummyMessage({ flags: 0 }))));
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe(`rv:${id}:rejected`);
    const saved = await roundTrip(
      asMaintainer(createDummyModalSubmit(`rv:${id}:rejected`, { note: "The source says 5 November." })),
    );
    expect([4, 7]).toContain(saved.type);
    expect(await store.get(id)).toMatchObject({ status: "rejected", note: "The source says 5 November." });
  });
});
