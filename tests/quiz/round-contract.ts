import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Answer, Command } from "../../src/core/index.js";
import {
  createQuizRoundService,
  type QuizRoundService,
  type RoundPlayer,
  type RoundPost,
} from "../../src/quiz/round-service.js";
import { borrowed } from "../../src/store/database-handle.js";
import { createQuizStore } from "../../src/store/quiz-store.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";
import { loadDesk } from "../support/desk.js";

export interface Backend {
  /** Opens the test database (the same one every time, as a restarted process would). */
  open(): Promise<SqlDatabase>;
  /** A server lets each replica have its own connections; an embedded database has one owner. */
  sharedByProcesses: boolean;
}

/** PGlite takes long to open on a busy machine: once per suite, with a channel per test. */
const SLOW = 180_000;

let channels = 0;
let place = { platform: "test", workspace: "T1", channel: "C0" };
let starter: RoundPlayer = { ...place, userId: "U-START", name: "Ada Starter" };
const player = (n: number): RoundPlayer => ({ ...place, userId: `U${n}`, name: `Player ${n}` });
const typed = (query: string, seed = 7): Command => ({ name: "quiz", query, seed });

/** One replica: a service over a store on `db`, posting into `posts`. */
async function replica(db: SqlDatabase, posts: RoundPost[], seconds = 60) {
  const store = await createQuizStore(db);
  const service = createQuizRoundService({ desk: loadDesk(), openStore: async () => store, seconds });
  service.setPoster("test", async (post) => void posts.push(post));
  return { store, service };
}

async function run(service: QuizRoundService, command: Command, who: RoundPlayer) {
  const outcome = await service.handle(command, who);
  if (!outcome) throw new Error(`not a round command: ${command.query}`);
  await outcome.delivered;
  return outcome.reply;
}

/** The command behind a button of a posted question, found by its label. */
function button(answer: Answer, label: string | number): Command {
  const actions = answer.actions;
  const action =
    typeof label === "number"
      ? actions.filter((a) => a.type === "quiz-answer")[label]
      : actions.find((a) => a.label === label);
  if (!action) throw new Error(`no button ${label} on "${answer.title}"`);
  return action.command;
}

const questionsIn = (posts: RoundPost[]) =>
  posts.filter((p) => p.answer.title.startsWith("Quiz round: question"));

export function describeQuizRoundContract(name: string, backend: Backend): void {
  describe(`quiz rounds through the store on ${name}`, () => {
    let db: SqlDatabase;
    const toClose: (() => Promise<void>)[] = [];
    beforeAll(async () => {
      db = await backend.open();
    }, SLOW);
    afterAll(async () => {
      await db?.close();
    });
    beforeEach(() => {
      place = { platform: "test", workspace: "T1", channel: `C${++channels}` };
      starter = { ...place, userId: "U-START", name: "Ada Starter" };
    });
    afterEach(async () => {
      for (const close of toClose.splice(0).reverse()) await close();
    });
    async function open(seconds = 60) {
      const posts: RoundPost[] = [];
      const one = await replica(borrowed(db), posts, seconds);
      toClose.push(() => one.service.close());
      return { ...one, posts };
    }
    /** Another replica on the same database. */
    async function otherReplica() {
      const posts: RoundPost[] = [];
      const other = await replica(backend.sharedByProcesses ? await backend.open() : borrowed(db), posts);
      toClose.push(() => other.service.close());
      return { ...other, posts };
    }

    it("starts a round, posts its first question, and refuses a second round in the same channel", async () => {
      const { service, posts } = await open();
      const reply = await run(service, typed("round 3 law"), starter);
      expect(reply?.title).toBe("Quiz round started");
      expect(reply?.summary).toMatch(/3 questions on law/);
      expect(questionsIn(posts).map((p) => p.answer.title)).toEqual(["Quiz round: question 1 of 3"]);
      expect(posts[0]).toMatchObject(place);
      const busy = await run(service, typed("round 5"), player(1));
      expect(busy?.kind).toBe("error");
      expect(busy?.summary).toMatch(/already running here \(question 1 of 3, started by Ada Starter\)/);
      expect(questionsIn(posts)).toHaveLength(1);
    });

    it("counts 50 people answering at once exactly once each, and refuses a second answer", async () => {
      const { service, store, posts } = await open();
      await run(service, typed("round 2"), starter);
      const question = questionsIn(posts)[0]!.answer;
      const players = Array.from({ length: 50 }, (_, i) => player(i));
      const choiceOf = (i: number) => i % 4;
      const replies = await Promise.all(
        players.map((p, i) => run(service, button(question, choiceOf(i)), p)),
      );
      expect(replies.every((r) => r?.title === "Answer taken: question 1")).toBe(true);
      // Ten of them try again, with another option, at the same time: refused, the first answer stands.
      const again = await Promise.all(
        players.slice(0, 10).map((p, i) => run(service, button(question, (choiceOf(i) + 1) % 4), p)),
      );
      for (const [i, r] of again.entries())
        expect(r?.summary).toBe(
          `You already answered this question (${question.quiz!.options[choiceOf(i)]}). One answer each.`,
        );
      const round = (await store.activeRound(place))!;
      const [asked] = await store.questions(round.id);
      const expectedRight = players.filter((_, i) => choiceOf(i) === asked!.correct).length;
      expect(await store.tally(round.id, 0)).toEqual({ answered: 50, right: expectedRight });
      expect(await run(service, button(question, "Next"), starter)).toBeUndefined();
      const reveal = posts.find((p) => p.answer.title === "Question 1 of 2: the answer")!;
      expect(reveal.answer.summary).toContain(`${expectedRight} of 50 answered right.`);
      expect(reveal.answer.summary).toContain(`Answer: ${question.quiz!.options[asked!.correct]}.`);
    });

    it("lets only the starter move on or stop, and posts the scores when stopped", async () => {
      const { service, posts } = await open();
      await run(service, typed("round 4"), starter);
      const question = questionsIn(posts)[0]!.answer;
      const refusedNext = await run(service, button(question, "Next"), player(1));
      expect(refusedNext?.summary).toBe("Only Ada Starter, who started this round, can move it on.");
      const refusedStop = await run(service, typed("stop"), player(1));
      expect(refusedStop?.summary).toBe("Only Ada Starter, who started this round, can stop it.");
      expect(questionsIn(posts)).toHaveLength(1);
      await run(service, button(question, 1), player(1));
      await run(service, button(question, "Stop"), starter);
      const last = posts.at(-1)!.answer;
      expect(last.title).toBe("Quiz round stopped: scores");
      expect(last.summary).toBe("The round was stopped after question 1 of 4.");
      expect(last.facts).toHaveLength(1);
      expect(last.facts[0]!.label).toBe("1. Player 1");
      expect(await run(service, button(question, 2), player(2))).toMatchObject({
        summary: "That round is over. Start another with /embassy quiz round.",
      });
      expect(await run(service, typed("stop"), starter)).toMatchObject({
        summary: "No quiz round is running here.",
      });
    });

    it(
      "continues a round after a restart: the same question, the answers and scores kept",
      async () => {
        const first = await open();
        await run(first.service, typed("round 3", 11), starter);
        const q1 = questionsIn(first.posts)[0]!.answer;
        await run(first.service, button(q1, 0), player(1));
        await run(first.service, button(q1, 1), player(2));
        await run(first.service, button(q1, "Next"), starter);
        const q2 = questionsIn(first.posts)[1]!.answer;
        await run(first.service, button(q2, 2), player(1));
        // The process goes away mid-question.
        await first.service.close();
        if (!backend.sharedByProcesses) {
          // The embedded database closes with its process, and opens again from its files.
          await db.close();
          db = await backend.open();
        }
        const posts: RoundPost[] = [];
        const second = await replica(backend.sharedByProcesses ? await backend.open() : borrowed(db), posts);
        toClose.push(() => second.service.close());
        const again = await run(second.service, button(q2, 3), player(1));
        expect(again?.summary).toMatch(/^You already answered this question/);
        expect((await run(second.service, button(q2, 0), player(2)))?.title).toBe("Answer taken: question 2");
        await run(second.service, button(q2, "Next"), starter);
        const reveal = posts.find((p) => p.answer.title === "Question 2 of 3: the answer")!.answer;
        expect(reveal.summary!.split("\n")[0]).toBe(q2.quiz!.question);
        const q3 = questionsIn(posts)[0]!.answer;
        expect(q3.title).toBe("Quiz round: question 3 of 3");
        await run(second.service, button(q3, "Finish"), starter);
        const board = posts.at(-1)!.answer;
        expect(board.title).toBe("Quiz round over: scores");

        // The scores, summed independently from the stored right options.
        const round = (await second.store.getRound(
          Number(/round answer (\d+)/.exec(button(q1, 0).query)![1]),
        ))!;
        const correct = (await second.store.questions(round.id)).map((q) => q.correct);
        const picks = { "Player 1": [0, 2], "Player 2": [1, 0] } as const;
        const expected = Object.entries(picks).map(([name, chosen]) => ({
          name,
          right: chosen.filter((c, i) => c === correct[i]).length,
        }));
        for (const { name, right } of expected)
          expect(board.facts.find((f) => f.label.endsWith(name))?.value).toBe(`${right} right of 2 answered`);
        expect(round.state).toBe("finished");
      },
      SLOW,
    );

    it("closes a question whose time is up once, however many replicas notice at once", async () => {
      const { service, posts } = await open();
      const other = await otherReplica();
      const otherPosts = other.posts;
      await run(service, typed("round 3"), starter);
      const q1 = questionsIn(posts)[0]!.answer;
      await run(service, button(q1, 0), player(1));
      await db.query("UPDATE quiz_rounds SET deadline = now() - interval '1 second' WHERE channel = $1", [
        place.channel,
      ]);
      await Promise.all([service.advanceDue(), other.service.advanceDue(), service.advanceDue()]);
      await Promise.all([
        service.handle(typed("scores"), starter),
        other.service.handle(typed("scores"), starter),
      ]);
      const everyPost = [...posts, ...otherPosts];
      expect(questionsIn(everyPost).map((p) => p.answer.title)).toEqual([
        "Quiz round: question 1 of 3",
        "Quiz round: question 2 of 3",
      ]);
      expect(everyPost.filter((p) => p.answer.title === "Question 1 of 3: the answer")).toHaveLength(1);
      // A late answer to the closed question is refused and says where the round is.
      const late = await run(other.service, button(q1, 1), player(2));
      expect(late?.summary).toBe("That question has closed; the round is at question 2 of 3.");
    });

    it("sums the channel's all-time scores over rounds, best first", async () => {
      const { service, store, posts } = await open();
      const chosen: Record<string, boolean[]> = {};
      for (const seed of [21, 22]) {
        await run(service, typed("round 2", seed), starter);
        for (let q = 0; q < 2; q++) {
          const question = questionsIn(posts).at(-1)!.answer;
          const roundId = Number(/round answer (\d+)/.exec(button(question, 0).query)![1]);
          const correct = (await store.questions(roundId))[q]!.correct;
          // A true-or-false question has two options, the others up to four.
          const options = question.actions.filter((a) => a.type === "quiz-answer").length;
          for (const n of [1, 2, 3]) {
            const choice = (n + q + seed) % options;
            await run(service, button(question, choice), player(n));
            (chosen[`Player ${n}`] ??= []).push(choice === correct);
          }
          await run(service, button(question, q === 0 ? "Next" : "Finish"), starter);
        }
      }
      const scores = await run(service, typed("scores"), player(9));
      expect(scores?.summary).toBe("All time, over 2 rounds.");
      const expected = Object.entries(chosen).map(([name, marks]) => ({
        name,
        right: marks.filter(Boolean).length,
      }));
      for (const { name, right } of expected)
        expect(scores!.facts.find((f) => f.label.endsWith(name))?.value).toBe(`${right} right of 4 answered`);
      const rights = scores!.facts.map((f) => Number(f.value.split(" ")[0]));
      expect(rights).toEqual([...rights].sort((a, b) => b - a));
      const elsewhere = await run(service, typed("scores"), { ...player(1), channel: "C-OTHER" });
      expect(elsewhere?.summary).toMatch(/No quiz round has been played here yet/);
    });

    it("answers bad input with a clear message and leaves other quiz text alone", async () => {
      const { service } = await open();
      expect((await run(service, typed("round 99"), starter))?.summary).toBe(
        'A round has 1 to 20 questions, e.g. "quiz round 5 africa".',
      );
      expect((await run(service, typed("round answer x 1 2"), starter))?.summary).toMatch(/out of date/);
      expect(service.handle(typed("africa"), starter)).toBeUndefined();
      expect(service.handle({ name: "search", query: "round 5" }, starter)).toBeUndefined();
    });
  });
}
