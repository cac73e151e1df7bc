import { describe, expect, it } from "vitest";
import { findRecordsForText, LONG_TEXT_WORDS } from "../../src/core/index.js";
import { warmUp, warmUpQuestions } from "../../src/core/warm-up.js";
import { loadDesk } from "../support/desk.js";

describe("the bots' start-up warm-up", () => {
  const desk = loadDesk();
  const questions = warmUpQuestions(desk);

  it("asks every shape of question the reading knows: a lookup, the law, a list, a count, off-topic, a pasted story", () => {
    const intents = new Set(
      questions
        .map((q) => findRecordsForText(desk, q))
        .flatMap((f) => (f.ok && f.value.reading ? [f.value.reading.intent] : [])),
    );
    expect([...intents].sort()).toEqual(["count", "legal", "list", "lookup", "off-topic"]);
    expect(questions.some((q) => q.split(/\s+/).length > LONG_TEXT_WORDS)).toBe(true);
    for (const duty of desk.dataset.duties) expect(questions).toContain(duty.title);
  });

  it("leaves every answer as it was: the desk keeps no state from the questions it is asked", () => {
    const sample = questions.filter((_, i) => i % 25 === 0);
    const before = sample.map((q) => JSON.stringify(findRecordsForText(desk, q)));
    warmUp(desk);
    expect(sample.map((q) => JSON.stringify(findRecordsForText(desk, q)))).toEqual(before);
  });

  it("asks each question once a round, through the bots' own path", () => {
    expect(warmUp(desk, 0)).toBe(0);
    expect(warmUp(desk)).toBe(questions.length);
  });
});
