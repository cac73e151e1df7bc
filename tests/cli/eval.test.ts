import { describe, expect, it } from "vitest";
import { runEval } from "../../src/cli/eval.js";
import { loadDesk } from "../support/desk.js";
import { runNpm } from "./spawn.js";

interface Detail {
  summary: { top1: number; top3: number; mrr: number; n: number };
  questions: { q: string; expect: unknown; rank: number }[];
}

function evaluate(file: string): Detail {
  let out = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } };
  expect(runEval(loadDesk(), [file, "--json"], io)).toBe(0);
  return JSON.parse(out) as Detail;
}

/** Floors set from what was measured (README "Search quality"); a regression below them fails. */
const FLOOR = { top1: 0.95, top3: 0.97 };

describe("eval", () => {
  it.each(["tests/eval/questions.jsonl", "tests/eval/starter.jsonl"])(
    "%s holds the quality floor",
    (file) => {
      const { summary, questions } = evaluate(file);
      const misses = questions.filter((q) => q.rank !== 1).map((q) => `${q.rank} ${q.q}`);
      expect(summary.top1, misses.join("\n")).toBeGreaterThanOrEqual(FLOOR.top1);
      expect(summary.top3, misses.join("\n")).toBeGreaterThanOrEqual(FLOOR.top3);
    },
  );

  it("rejects every question that should get no answer", () => {
    const { questions } = evaluate("tests/eval/questions.jsonl");
    const noAnswer = questions.filter((q) => q.expect === null);
    expect(noAnswer.length).toBeGreaterThanOrEqual(20);
    expect(noAnswer.filter((q) => q.rank !== 1).map((q) => q.q)).toEqual([]);
  });

  it("prints the contract's summary line when run as a user would", async () => {
    const run = await runNpm("eval", ["tests/eval/starter.jsonl"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^top1 \d\.\d\d top3 \d\.\d\d mrr \d\.\d\d n 30\n$/);
  });

  it("names the line of a malformed question file", async () => {
    const run = await runNpm("eval", ["tests/fixtures/bad-eval.jsonl"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-eval\.jsonl:2: not valid JSON/);
  });
});
