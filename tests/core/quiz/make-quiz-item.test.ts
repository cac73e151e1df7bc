import { describe, expect, it } from "vitest";
import { makeQuizItem, type QuizItem, type QuizSpec } from "../../../src/core/quiz/quiz-item.js";
import { readQuizSpec } from "../../../src/core/quiz/quiz-spec.js";
import { loadDesk } from "../../support/desk.js";
import { quizChecker } from "./check-item.js";

const desk = loadDesk();
const check = quizChecker(desk.dataset);
const SEEDS = 300;

/** Every kind of topic the quiz supports: none, places, periods, types, responses, the law, and levels. */
const TOPICS = [
  "",
  "africa",
  "iran",
  "the gulf",
  "central asia",
  "us embassies",
  "1980s",
  "since 2010",
  "bombings",
  "hostage crises",
  "stood by",
  "host:IR type:storming",
  "law",
  "vcdr",
  "consular law",
  "treaties",
  "easy",
  "hard",
  "easy africa",
  "hard africa",
  "hard law",
];

function items(spec: QuizSpec, seeds = SEEDS): QuizItem[] {
  return Array.from({ length: seeds }, (_, seed) => {
    const made = makeQuizItem(desk, seed, spec);
    if (!made.ok) throw new Error(`${JSON.stringify(spec)} seed ${seed}: ${made.message}`);
    return made.item;
  });
}

describe("makeQuizItem over the shipped data", () => {
  it.each(TOPICS)("quiz %j: every question has exactly one right answer under the data", (topic) => {
    const generated = items(readQuizSpec(topic));
    expect(generated.flatMap(check)).toEqual([]);
    // Many different questions, not one repeated (the smallest topics hold eight incidents).
    expect(new Set(generated.map((i) => i.key)).size).toBeGreaterThanOrEqual(40);
  });

  it("asks every kind of question across the data", () => {
    const kinds = new Set(items({}).map((i) => i.kind));
    expect([...kinds].sort()).toEqual(
      ["city", "host-country", "law", "match", "mission", "response", "true-false", "year"].sort(),
    );
  });

  it("keeps law topics to law questions, and place topics to their incidents", () => {
    expect(new Set(items({ topic: "law" }).map((i) => i.kind))).toEqual(new Set(["law", "true-false"]));
    const inGulf = new Set(["AE", "BH", "KW", "OM", "QA", "SA"]);
    for (const item of items({ topic: "the gulf" }, 100))
      expect(inGulf.has(desk.dataset.incidentById.get(item.recordId)!.hostCountry)).toBe(true);
    for (const item of items({ topic: "consular law" }, 100)) {
      const duty = desk.dataset.dutyById.get(item.recordId);
      if (duty) expect(duty.instrument).toBe("VCCR");
      else expect(item.options[item.correct]).toMatch(/^VCCR /);
    }
  });

  it("easy asks about better-known incidents than hard", () => {
    const fame = (spec: QuizSpec) => {
      const incidents = items(spec, 200).flatMap((i) => desk.dataset.incidentById.get(i.recordId) ?? []);
      return incidents.reduce((sum, r) => sum + r.aliases.length + r.duties.length, 0) / incidents.length;
    };
    expect(fame({ level: "easy" })).toBeGreaterThan(fame({ level: "hard" }));
  });

  it("gives the same item for the same seed, topic and avoid set", () => {
    for (const spec of [{}, { topic: "africa" }, { topic: "law", level: "hard" as const }])
      for (const seed of [0, 1, 99, 2 ** 31 - 1]) {
        const avoid = new Set(["year:tehran-us-1979"]);
        expect(makeQuizItem(desk, seed, spec, avoid)).toEqual(makeQuizItem(desk, seed, spec, avoid));
      }
  });

  it.each(["central asia", "the gulf", ""])(
    "quiz %j: asking with every earlier key never repeats one until none is left",
    (topic) => {
      const asked = new Set<string>();
      const limit = topic === "" ? 400 : 10_000;
      for (let round = 0; round < limit; round++) {
        const made = makeQuizItem(desk, round * 7 + 1, { topic }, asked);
        if (!made.ok) {
          expect(made.message).toMatch(/No new question is left/);
          break;
        }
        expect(asked.has(made.item.key)).toBe(false);
        expect(check(made.item)).toEqual([]);
        asked.add(made.item.key);
      }
      expect(asked.size).toBeGreaterThan(topic === "" ? 399 : 20);
    },
  );

  it("never asks which year about a title with the year in it", () => {
    for (const item of items({}, 1000).filter((i) => i.kind === "year"))
      expect(item.question).not.toMatch(/\b1[89]\d\d\b.*\?$|\b20\d\d\b.*\?$/);
  });
});

describe("makeQuizItem: topics it cannot use", () => {
  it.each([
    ["pizza", /can't read "pizza" as a quiz topic.*africa.*law/],
    ["tehran 1979", /Only 2 records fit "tehran 1979".*too few.*Try a wider topic/],
    ["icj", /Only \d records? fits? "icj"/],
    ["x".repeat(61), /Keep a quiz topic short: 60 characters at most/],
    ["type:nonsense", /type/],
  ])("%s: says so kindly", (topic, message) => {
    const made = makeQuizItem(desk, 1, { topic });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toMatch(message);
  });

  it("names the level when the level leaves too little", () => {
    const made = makeQuizItem(desk, 1, { topic: "central asia", level: "easy" });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toMatch(/"central asia" at the easy level.*leave out "easy"/);
  });
});
