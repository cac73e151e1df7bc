import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsole } from "../../src/cli/console.js";
import { createFeedbackService } from "../../src/feedback/feedback-service.js";
import { createFeedbackStore } from "../../src/store/feedback-store.js";
import { createQuizRoundService } from "../../src/quiz/round-service.js";
import { createQuizStore } from "../../src/store/quiz-store.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { loadDesk } from "../support/desk.js";

async function converse(lines: string[]): Promise<string> {
  let out = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } };
  await runConsole(loadDesk(), Readable.from(lines.map((l) => `${l}\n`)), io, () => 7);
  return out;
}

describe("console", () => {
  it("answers, pages with 'more', and says goodbye at end of input", async () => {
    const out = await converse(["timeline 1970s", "more"]);
    expect(out).toMatch(/Timeline: 1970s/);
    expect(out).toMatch(/Page 1 of \d+/);
    expect(out).toMatch(/Page 2 of \d+/);
    expect(out).toMatch(/Goodbye/);
  });

  it("runs a quiz and checks the answer carried by the chosen option", async () => {
    const out = await converse(["quiz", "answer 1"]);
    expect(out).toMatch(/Embassy quiz/);
    expect(out).toMatch(/(Right: .+|Not quite: the answer is .+)\./);
  });

  it("cites the last record with 'cite', and any record with 'cite <id>'", async () => {
    const out = await converse(["tehran 1979", "cite", "cite vcdr-22", "cite no-such-record-zzz"]);
    expect(out).toContain('Type "cite" for a ready-to-paste citation.');
    expect(out).toMatch(
      /Cite: Seizure of the US embassy in Tehran\n=+\n\nReady to paste: the incident record and its \d+ sources?\.\n\nEmbassy Desk, "Seizure of the US embassy in Tehran" \(record tehran-us-1979\)/,
    );
    expect(out).toMatch(/\(record vcdr-22\)/);
    expect(out).toMatch(/I found no record "no-such-record-zzz" to cite/);
  });

  it("ends every answer with the data version", async () => {
    const out = await converse(["help", "zzzz qqqq"]);
    const { version, asOf } = loadDesk().dataset.version;
    expect(out.split(`-- Embassy Desk data ${version} · as of ${asOf}`)).toHaveLength(3);
  });

  it("survives empty lines, unknown words and a huge paste", async () => {
    const out = await converse(["", "zzzz qqqq", "x ".repeat(2500), "help"]);
    expect(out).toMatch(/No confident match/);
    expect(out).toMatch(/I read at most 4000/);
    expect(out).toMatch(/how to ask/);
  });
});

describe("console: reports and 'my reports'", () => {
  it("stores a report about the answer shown, and shows where the reporter's items stand", async () => {
    const store = await createFeedbackStore(await openPgliteDatabase());
    const feedback = createFeedbackService({
      desk: loadDesk(),
      openStore: async () => store,
      fallbackFile: join(mkdtempSync(join(tmpdir(), "embassy-console-")), "fallback.jsonl"),
      perHour: 5,
    });
    let out = "";
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } };
    const lines = [
      "tehran 1979",
      "report tehran-us-1979 the seizure began on 4 November",
      "my reports",
      "more",
    ];
    await runConsole(loadDesk(), Readable.from(lines.map((l) => `${l}\n`)), io, () => 7, feedback);
    expect(out).toContain('Something wrong? Type "report tehran-us-1979 <what is wrong>".');
    expect(out).toMatch(/Thank you: report #1/);
    expect(out).toMatch(/#1 report on tehran-us-1979 \(\d{4}-\d{2}-\d{2}\): waiting for review/);
    const [item] = await store.list();
    expect(item).toMatchObject({ question: "tehran 1979", platform: "console", reporter: "console" });
    expect(item!.shownIds[0]).toBe("tehran-us-1979");

    await store.setStatus(1, "fixed", "Corrected in data 1.5.0");
    const again = await feedback.mine({ platform: "console", reporter: "console" });
    expect(again.facts[0]).toMatchObject({ value: "fixed: Corrected in data 1.5.0" });
    await store.close();
  });
});

describe("console follow-ups that do not apply", () => {
  it("says so and keeps the quiz in progress", async () => {
    const out = await converse(["quiz", "answer 9", "more", "related", "answer 2"]);
    expect(out).toContain("Answer with a number from 1 to 4.");
    expect(out).toContain("That was the last page of the last answer.");
    expect(out).toContain("The last answer has nothing related to open.");
    // The quiz survived the three mistakes: the last line answers it.
    expect(out).toMatch(/(Right: .+|Not quite: the answer is .+)\./);
    expect(out).not.toMatch(/how to ask/);
  });

  it("does not offer more on the last page, and answers 'more' there with a note", async () => {
    const out = await converse(["timeline 1910s", "more", "more"]);
    expect(out).toMatch(/Page 2 of 2/);
    expect(out.split("Page 2 of 2")[1]).not.toMatch(/type "more"/);
    expect(out).toContain("That was the last page of the last answer.");
  });
});

describe("console: a quiz round for one player", () => {
  it("runs a round with answer N, next and stop words, on the same service and store as the bots", async () => {
    const store = await createQuizStore(await openPgliteDatabase());
    const quiz = createQuizRoundService({ desk: loadDesk(), openStore: async () => store, seconds: 600 });
    let out = "";
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } };
    const lines = ["quiz round 2", "answer 1", "answer 2", "next", "answer 3", "next", "quiz scores", "stop"];
    await runConsole(loadDesk(), Readable.from(lines.map((l) => `${l}\n`)), io, () => 7, undefined, quiz);
    const correct = (await store.questions(1)).map((q) => q.correct);
    await quiz.close();
    expect(out).toContain("Quiz round started");
    expect(out).toContain("Quiz round: question 1 of 2");
    expect(out).toContain("Answer taken: question 1");
    expect(out).toMatch(/You already answered this question \(.+\)\. One answer each\./);
    expect(out).toContain("Question 1 of 2: the answer");
    expect(out).toContain("Quiz round: question 2 of 2");
    expect(out).toContain("Quiz round over: scores");
    expect(out).toContain("All time, over 1 round.");
    expect(out).toContain("No quiz round is running here.");
    // The score, summed from the right options the store kept: option 1, then option 3.
    const right = Number(correct[0] === 0) + Number(correct[1] === 2);
    expect(out).toContain(`1. You: ${right} right of 2 answered`);
    // The round's posts come before the next prompt, in order.
    expect(out.indexOf("Question 1 of 2: the answer")).toBeLessThan(
      out.indexOf("Quiz round: question 2 of 2"),
    );
  }, 180_000);
});
