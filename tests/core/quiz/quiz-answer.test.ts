import { describe, expect, it } from "vitest";
import { customIdOf, actionFromCustomId } from "../../../src/adapters/discord/custom-id.js";
import { decodeCommand, encodeCommand, execute, type Command } from "../../../src/core/index.js";
import { makeQuizItem } from "../../../src/core/quiz/quiz-item.js";
import { MAX_QUIZ_TOPIC, readQuizSpec } from "../../../src/core/quiz/quiz-spec.js";
import { loadDesk } from "../../support/desk.js";

const desk = loadDesk();
const run = (command: Command) => execute(desk, command);

describe("the single-question quiz flow", () => {
  it.each(["", "africa", "hard law", "easy 1980s"])(
    "quiz %j: every answer button re-derives the question from seed and topic alone",
    (topic) => {
      for (const seed of [1, 2, 3, 40, 2 ** 31 - 1]) {
        const asked = run({ name: "quiz", query: topic, seed });
        const item = makeQuizItem(desk, seed, readQuizSpec(topic));
        if (!item.ok) throw new Error(item.message);
        expect(asked.kind).toBe("quiz");
        expect(asked.quiz).toEqual({ question: item.item.question, options: item.item.options });
        const answers = asked.actions.map((a) => {
          // Through the button encoding, as a click carries it.
          const clicked = decodeCommand(encodeCommand(a.command))!;
          expect(clicked).toEqual({
            name: "answer",
            query: `${asked.actions.indexOf(a)} ${topic}`.trim(),
            seed,
          });
          return run(clicked);
        });
        expect(answers.filter((a) => a.summary!.startsWith("Right"))).toHaveLength(1);
        for (const answer of answers) {
          const right = item.item.options[item.item.correct]!;
          expect(answer.summary).toContain(right);
          expect(answer.quiz!.outcome!.explanation).toBe(item.item.explanation);
          expect(answer.citations).toEqual([item.item.source]);
          expect(answer.related.map((r) => r.id)).toEqual([item.item.recordId]);
          expect(answer.actions).toEqual([
            {
              type: "quiz-next",
              label: "Another question",
              command: { name: "quiz", query: topic, seed: seed + 1 },
            },
          ]);
        }
      }
    },
  );

  it("names the topic and level in the title", () => {
    expect(run({ name: "quiz", query: "africa hard", seed: 5 }).title).toBe("Embassy quiz: hard africa");
    expect(run({ name: "quiz", query: "", seed: 5 }).title).toBe("Embassy quiz");
  });

  it("answers a topic it cannot use with a friendly error, never a question", () => {
    const answer = run({ name: "quiz", query: "pizza", seed: 5 });
    expect(answer.kind).toBe("error");
    expect(answer.summary).toMatch(/can't read "pizza" as a quiz topic/);
    expect(run({ name: "answer", query: "0 pizza", seed: 5 }).kind).toBe("error");
    expect(run({ name: "answer", query: "x africa", seed: 5 }).summary).toMatch(/out of date/);
  });

  it("keeps every button of the longest topic within Discord's 100-character custom id", () => {
    const topic = `${"africa ".repeat(20)}`.slice(0, MAX_QUIZ_TOPIC - 5).trim() + " hard";
    const seed = 2 ** 31 - 1;
    const asked = run({ name: "quiz", query: topic, seed });
    expect(asked.kind).toBe("quiz");
    const answered = run(asked.actions[0]!.command);
    for (const action of [...asked.actions, ...answered.actions]) {
      const id = customIdOf(action);
      expect(id).toBeDefined();
      expect(actionFromCustomId(id!)?.command).toEqual(action.command);
    }
  });
});
