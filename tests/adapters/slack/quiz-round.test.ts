import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { readConfig } from "../../../src/config.js";
import { createQuizRoundService, type QuizRoundService } from "../../../src/quiz/round-service.js";
import { createQuizStore, type QuizStore } from "../../../src/store/quiz-store.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { loadDesk } from "../../support/desk.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import { createDummyBlockAction, createDummySlashCommand, USER } from "./support/payloads.js";
import { formBody, payloadBody, postSigned } from "./support/signed-request.js";

const SECRET = "test-signing-secret-0123456789";
const BOT_TOKEN = "xoxb-1111-2222-testtoken";
const FORM = "application/x-www-form-urlencoded";
/** Opening the embedded database is slow on a busy machine. */
const SLOW = 180_000;

type Button = { action_id: string; value: string; text: { text: string } };
type Message = {
  text: string;
  channel?: string;
  response_type?: string;
  replace_original?: boolean;
  blocks: { type: string; text?: { text: string }; elements?: Button[]; fields?: { text: string }[] }[];
};

const person = (id: string, name: string) => ({ id, name, username: name, team_id: "T0TEST" });
const CLASSMATE = person("U0CLASS", "classmate");
/** A display name that would ping everyone, and someone, if it were ever sent as markup. */
const PRANKSTER = person("U0PRANK", "<!channel> <@U0ASKER>");

let fake: FakeSlack;
let adapter: SlackAdapter;
let store: QuizStore;
let quiz: QuizRoundService;
let eventsUrl: string;

beforeAll(async () => {
  fake = await startFakeSlack(BOT_TOKEN);
  const read = readConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  if (!read.ok || read.config.slack.mode !== "http") throw new Error("unexpected config");
  store = await createQuizStore(await openPgliteDatabase());
  quiz = createQuizRoundService({ desk: loadDesk(), openStore: async () => store, seconds: 60 });
  adapter = createSlackAdapter({
    ...read.config.slack,
    desk: loadDesk(),
    quiz,
    port: 0,
    host: "127.0.0.1",
    randomSeed: () => 7,
  });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;
}, SLOW);

afterAll(async () => {
  await adapter?.stop();
  await quiz?.close();
  await fake?.close();
});

async function slash(text: string): Promise<Message> {
  const res = await postSigned(
    eventsUrl,
    SECRET,
    formBody(createDummySlashCommand(text, fake.responseUrl("slash"))),
    FORM,
  );
  expect(res.status).toBe(200);
  return JSON.parse(res.text) as Message;
}

async function click(button: Button, responseId: string, user: typeof USER = USER) {
  const body = payloadBody(
    createDummyBlockAction(button.action_id, button.value, fake.responseUrl(responseId), user),
  );
  expect((await postSigned(eventsUrl, SECRET, body, FORM)).status).toBe(200);
}

async function privateReply(responseId: string): Promise<Message> {
  const [call] = await fake.waitFor("respond", 1, responseId);
  return call!.body as unknown as Message;
}

/** Channel posts so far, each checked against Slack's limits and for live mentions. */
async function posts(count: number): Promise<Message[]> {
  const calls = await fake.waitFor("chat.postMessage", count);
  return calls.map((c) => {
    const message = c.body as unknown as Message;
    expect(limitProblems(c.body)).toEqual([]);
    expect(injectionProblems(c.body)).toEqual([]);
    expect(c.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    return message;
  });
}

const buttons = (m: Message) => m.blocks.flatMap((b) => b.elements ?? []);
const byLabel = (m: Message, label: string) => buttons(m).find((b) => b.text.text === label)!;
const answerButtons = (m: Message) => buttons(m).filter((b) => b.action_id.startsWith("embassy:quiz-answer"));
const textOf = (m: Message) => JSON.stringify(m.blocks);

describe("Slack quiz rounds, through a real Bolt app on loopback", () => {
  it("starts a round: a private note for the starter, the question in the channel with chat.postMessage", async () => {
    const ack = await slash("quiz round 2 law");
    expect(ack.response_type).toBe("ephemeral");
    expect(textOf(ack)).toContain("Quiz round started");
    const [question] = await posts(1);
    expect(question!.channel).toBe("C0NEWS");
    expect(textOf(question!)).toContain("Quiz round: question 1 of 2");
    expect(answerButtons(question!).length).toBeGreaterThanOrEqual(2);
    expect(buttons(question!).map((b) => b.text.text)).toEqual(expect.arrayContaining(["Next", "Stop"]));
  });

  it("takes one answer per person, privately confirmed; a second try is refused", async () => {
    const [question] = await posts(1);
    const [first, second] = answerButtons(question!);
    await click(first!, "a-classmate", CLASSMATE);
    const taken = await privateReply("a-classmate");
    expect(taken.response_type).toBe("ephemeral");
    expect(taken.replace_original).toBe(false);
    expect(textOf(taken)).toContain("Answer taken: question 1");
    await click(second!, "a-classmate-again", CLASSMATE);
    expect(textOf(await privateReply("a-classmate-again"))).toContain("You already answered this question");
    await click(first!, "a-prankster", PRANKSTER);
    expect(textOf(await privateReply("a-prankster"))).toContain("Answer taken");
  });

  it("lets only the starter press Next; the answer and the next question follow in the channel", async () => {
    const [question] = await posts(1);
    await click(byLabel(question!, "Next"), "next-classmate", CLASSMATE);
    expect(textOf(await privateReply("next-classmate"))).toContain(
      "Only reporter, who started this round, can move it on.",
    );
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    await click(byLabel(question!, "Next"), "next-starter");
    const [, reveal, second] = await posts(3);
    expect(textOf(reveal!)).toContain("Question 1 of 2: the answer");
    expect(textOf(reveal!)).toMatch(/of 2 answered right/);
    expect(textOf(second!)).toContain("Quiz round: question 2 of 2");
    expect(fake.callsTo("respond").filter((c) => c.id === "next-starter")).toHaveLength(0);
  });

  it("posts the scores at the end, names as plain text that pings nobody", async () => {
    const question = (await posts(3))[2]!;
    await click(answerButtons(question)[0]!, "q2-prankster", PRANKSTER);
    await privateReply("q2-prankster");
    await click(byLabel(question, "Finish"), "finish");
    const board = (await posts(5))[4]!;
    expect(textOf(board)).toContain("Quiz round over: scores");
    expect(textOf(board)).toContain("&lt;!channel&gt; &lt;@U0ASKER&gt;");
    expect(textOf(board)).toContain("classmate");
    expect(board.text).not.toMatch(/<[@!]/);
    const scores = await slash("quiz scores");
    expect(scores.response_type).toBe("ephemeral");
    expect(textOf(scores)).toContain("All time, over 1 round.");
    expect(limitProblems(scores as never)).toEqual([]);
    expect(injectionProblems(scores)).toEqual([]);
  });

  it("refuses a stale or forged round button kindly", async () => {
    const forged = {
      action_id: "embassy:quiz-answer:0",
      value: "quiz|||round answer 999 0 1",
      text: { text: "x" },
    };
    await click(forged, "forged");
    expect(textOf(await privateReply("forged"))).toContain("That round is over.");
  });
});
