import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import { createQuizRoundService, type QuizRoundService } from "../../../src/quiz/round-service.js";
import { createQuizStore } from "../../../src/store/quiz-store.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { loadDesk } from "../../support/desk.js";
import { allStrings, limitProblems } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from "./fake-discord/fake-discord.js";
import {
  CHANNEL_ID,
  CLASSMATE,
  createDummyButton,
  createDummyMessage,
  createDummySlash,
  memberOf,
  PERSON,
  type Payload,
} from "./fake-discord/payloads.js";

const EPHEMERAL = 1 << 6;
/** Opening the embedded database is slow on a busy machine. */
const SLOW = 180_000;
/** A nickname that would ping everyone and a role if it were ever sent as a mention. */
const PRANK_NICK = "@everyone <@&100000000000000888>";
const PRANKSTER = { ...CLASSMATE, id: "100000000000000012", username: "prank", global_name: "Prank" };

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let quiz: QuizRoundService;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const store = await createQuizStore(await openPgliteDatabase());
  quiz = createQuizRoundService({ desk: loadDesk(), openStore: async () => store, seconds: 60 });
  adapter = createDiscordAdapter({
    desk: loadDesk(),
    quiz,
    token: "fake-bot-token.for-tests.only",
    apiUrl: fake.apiUrl,
    seed: () => 7,
  });
  await adapter.start();
}, SLOW);

afterAll(async () => {
  await adapter?.stop();
  await quiz?.close();
  await fake?.close();
});

async function roundTrip(payload: Payload): Promise<InteractionCallback> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.callbackFor(String(payload.id));
  if (callback.type === 4) expect(limitProblems(callback.data)).toEqual([]);
  return callback;
}

type Posted = {
  embeds: { title: string; description?: string; fields?: { name: string }[] }[];
  components: Row[];
  allowed_mentions: unknown;
};
type Row = { components: { custom_id: string; label: string }[] };

/** Messages the bot posted in the channel, once there are `count`, each within Discord's limits. */
async function channelPosts(count: number): Promise<Posted[]> {
  const deadline = Date.now() + 5000;
  const posted = () =>
    fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
  while (posted().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(posted()).toHaveLength(count);
  return posted().map((r) => {
    const body = r.body as Posted;
    expect(limitProblems(body as never)).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(r.authorization).toBe("Bot fake-bot-token.for-tests.only");
    return body;
  });
}

const buttonsOf = (m: Posted) => m.components.flatMap((r) => r.components);
const clickOn = (m: Posted, label: string | number, overrides: Payload = {}) => {
  const buttons = buttonsOf(m);
  const target =
    typeof label === "number"
      ? buttons.filter((b) => b.custom_id.startsWith("a:"))[label]
      : buttons.find((b) => b.label === label);
  if (!target) throw new Error(`no button ${label}`);
  const message = createDummyMessage({ embeds: m.embeds, components: m.components, flags: 0 });
  return roundTrip(createDummyButton(target.custom_id, message, overrides));
};
const from = (user: Payload, nick: string | null = null): Payload => ({ member: memberOf(user, nick) });
const description = (c: InteractionCallback) =>
  (c.data.embeds as { description?: string }[])[0]!.description ?? "";

describe("Discord quiz rounds, through discord.js against the fake Discord", () => {
  it("starts a round from /embassy quiz: a private note, the question posted in the channel", async () => {
    const reply = await roundTrip(
      createDummySlash("quiz", [{ name: "query", type: 3, value: "round 2 law" }]),
    );
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect((reply.data.embeds as { title: string }[])[0]!.title).toBe("Quiz round started");
    const [question] = await channelPosts(1);
    expect(question!.embeds[0]!.title).toBe("Quiz round: question 1 of 2");
    const ids = buttonsOf(question!).map((b) => b.custom_id);
    expect(ids.every((id) => id.length <= 100)).toBe(true);
    expect(ids.filter((id) => id.startsWith("a:quiz|||round answer "))).toHaveLength(
      buttonsOf(question!).length - 2,
    );
  });

  it("takes one answer per person and confirms it privately; a second try is refused", async () => {
    const [question] = await channelPosts(1);
    const taken = await clickOn(question!, 0, from(CLASSMATE));
    expect(taken.data.flags).toBe(EPHEMERAL);
    expect(description(taken)).toMatch(/^You chose "/);
    const again = await clickOn(question!, 1, from(CLASSMATE));
    expect(description(again)).toMatch(/You already answered this question/);
    expect((await clickOn(question!, 1, from(PRANKSTER, PRANK_NICK))).data.flags).toBe(EPHEMERAL);
  });

  it("lets only the starter press Next; the answer and the next question follow in the channel", async () => {
    const [question] = await channelPosts(1);
    const refused = await clickOn(question!, "Next", from(CLASSMATE));
    expect(description(refused)).toContain("Only Reporter, who started this round, can move it on.");
    const next = await clickOn(question!, "Next", from(PERSON));
    expect(next.type).toBe(6);
    const [, reveal, second] = await channelPosts(3);
    expect(reveal!.embeds[0]!.title).toBe("Question 1 of 2: the answer");
    expect(second!.embeds[0]!.title).toBe("Quiz round: question 2 of 2");
  });

  it("posts the scores at the end, with the server's names as inert text", async () => {
    const question = (await channelPosts(3))[2]!;
    await clickOn(question, 0, from(PRANKSTER, PRANK_NICK));
    await clickOn(question, "Finish", from(PERSON));
    const board = (await channelPosts(5))[4]!;
    expect(board.embeds[0]!.title).toBe("Quiz round over: scores");
    const names = (board.embeds[0]!.fields ?? []).map((f) => f.name);
    expect(names.some((n) => n.includes("Student"))).toBe(true);
    expect(names.some((n) => n.includes("everyone"))).toBe(true);
    for (const text of allStrings(board.embeds)) {
      expect(text).not.toMatch(/@everyone|<@&\d+>|<@\d+>/);
    }
    const scores = await roundTrip(createDummySlash("quiz", [{ name: "query", type: 3, value: "scores" }]));
    expect(scores.data.flags).toBe(EPHEMERAL);
    expect(description(scores)).toContain("All time, over 1 round.");
  });
});
