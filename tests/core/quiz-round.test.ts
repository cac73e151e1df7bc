import { describe, expect, it } from "vitest";
import {
  channelScoresAnswer,
  readRoundRequest,
  roundCommands,
  roundQuestionAnswer,
  roundScoreboardAnswer,
} from "../../src/core/index.js";

const read = (query: string) => readRoundRequest({ name: "quiz", query });

describe("reading quiz round words", () => {
  it("reads a size, a level and the rest as the topic", () => {
    expect(read("round")).toEqual({ ok: true, value: { kind: "start", size: 10 } });
    expect(read("round 5 africa")).toEqual({ ok: true, value: { kind: "start", size: 5, topic: "africa" } });
    expect(read("Round 3 hard hostage crises")).toEqual({
      ok: true,
      value: { kind: "start", size: 3, topic: "hostage crises", level: "hard" },
    });
    expect(read("round easy law")).toEqual({
      ok: true,
      value: { kind: "start", size: 10, topic: "law", level: "easy" },
    });
  });

  it("refuses sizes outside 1 to 20, and buttons that are not whole numbers", () => {
    expect(read("round 21")).toEqual({ ok: false, error: { code: "bad-size", max: 20 } });
    expect(read("round 0 law")).toEqual({ ok: false, error: { code: "bad-size", max: 20 } });
    expect(read("round answer 1 x 2")).toEqual({ ok: false, error: { code: "bad-button" } });
    expect(read("round next 1")).toEqual({ ok: false, error: { code: "bad-button" } });
  });

  it("takes scores and stop, and leaves every other quiz text (and other commands) alone", () => {
    expect(read("scores")).toEqual({ ok: true, value: { kind: "scores" } });
    expect(read(" stop ")).toEqual({ ok: true, value: { kind: "stop" } });
    expect(read("")).toBeUndefined();
    expect(read("africa hard")).toBeUndefined();
    expect(read("rounds")).toBeUndefined();
    expect(readRoundRequest({ name: "search", query: "round 5" })).toBeUndefined();
  });

  it("reads back what the round buttons carry", () => {
    expect(readRoundRequest(roundCommands.answer(12, 3, 1))).toEqual({
      ok: true,
      value: { kind: "answer", roundId: 12, index: 3, choice: 1 },
    });
    expect(readRoundRequest(roundCommands.next(12, 3))).toEqual({
      ok: true,
      value: { kind: "next", roundId: 12, index: 3 },
    });
    expect(readRoundRequest(roundCommands.stop(12))).toEqual({
      ok: true,
      value: { kind: "stop", roundId: 12 },
    });
  });
});

describe("round answers", () => {
  const round = { id: 4, size: 5, index: 4, starterName: "Ada", topic: "law", level: null, seconds: 30 };

  it("puts answer buttons for everyone, and Finish on the last question", () => {
    const item = {
      key: "k",
      kind: "year",
      question: "When?",
      options: ["1979", "1980", "1981", "1982"],
      correct: 0,
      explanation: "Because.",
      source: { title: "t", publisher: "p", date: null, url: "https://example.org" },
      recordId: "r",
    };
    const answer = roundQuestionAnswer(round, item);
    expect(answer.title).toBe("Quiz round: question 5 of 5");
    expect(answer.actions.map((a) => a.label)).toEqual(["1979", "1980", "1981", "1982", "Finish", "Stop"]);
    expect(answer.actions[2]!.command).toEqual(roundCommands.answer(4, 4, 2));
    expect(JSON.stringify(answer)).not.toContain("correct");
  });

  it("ranks scores, shares a rank on a tie, and shows names as one plain line", () => {
    const board = roundScoreboardAnswer(round, "finished", [
      { name: "Bea", right: 2, answered: 5 },
      { name: "Al\n<@U123>", right: 4, answered: 5 },
      { name: "Cy", right: 2, answered: 4 },
      { name: "   ", right: 0, answered: 1 },
    ]);
    expect(board.facts).toEqual([
      { label: "1. Al <@U123>", value: "4 right of 5 answered" },
      { label: "2. Cy", value: "2 right of 4 answered" },
      { label: "2. Bea", value: "2 right of 5 answered" },
      { label: "4. someone", value: "0 right of 1 answered" },
    ]);
    expect(channelScoresAnswer([], 0).summary).toMatch(/No quiz round has been played here yet/);
  });
});
