import { emptyAnswer, type Answer } from "../answer.js";
import type { Desk } from "../desk.js";
import { MESSAGES } from "../messages.js";
import { makeQuizItem, type QuizItem } from "../quiz/quiz-item.js";
import { quizTextOf, readQuizSpec } from "../quiz/quiz-spec.js";
import { refOf } from "./record-answer.js";

/**
 * One quiz question, or its answer. Stateless: every button carries the seed and the quiz words
 * (topic and level), from which the same question is built again on any replica to check the
 * answer. `answer` commands carry "<choice> <quiz words>".
 */
export function quizAnswer(desk: Desk, quizText: string, seed: number, chosen?: number): Answer {
  const spec = readQuizSpec(quizText);
  const text = quizTextOf(spec);
  const made = makeQuizItem(desk, seed, spec);
  if (!made.ok) return { ...emptyAnswer("error", "Quiz"), summary: made.message };
  const { item } = made;
  const question: Answer = {
    ...emptyAnswer("quiz", text ? `Embassy quiz: ${text}` : "Embassy quiz"),
    quiz: { question: item.question, options: item.options },
    actions: item.options.map((label, i) => ({
      type: "quiz-answer" as const,
      label,
      command: { name: "answer" as const, query: `${i} ${text}`.trim(), seed },
    })),
  };
  if (chosen === undefined) return question;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= item.options.length)
    return { ...emptyAnswer("error", "Sorry"), summary: MESSAGES.badQuizAnswer };
  return {
    ...question,
    summary: verdict(item, chosen),
    quiz: {
      question: item.question,
      options: item.options,
      outcome: { chosen, correct: item.correct, explanation: item.explanation },
    },
    citations: [item.source],
    related: relatedOf(desk, item),
    actions: [
      {
        type: "quiz-next",
        label: "Another question",
        command: { name: "quiz", query: text, seed: seed + 1 },
      },
    ],
  };
}

/** An `answer` command's query: the chosen option's index, then the quiz words. */
export function readAnswerQuery(query: string): { chosen: number; quizText: string } {
  const [first = "", ...rest] = query.trim().split(/\s+/);
  return { chosen: /^\d+$/.test(first) ? Number(first) : NaN, quizText: rest.join(" ") };
}

function verdict(item: QuizItem, chosen: number): string {
  const right = item.options[item.correct]!;
  return chosen === item.correct ? `Right: ${right}.` : `Not quite: the answer is ${right}.`;
}

function relatedOf(desk: Desk, item: QuizItem): Answer["related"] {
  const incident = desk.dataset.incidentById.get(item.recordId);
  if (incident) return [refOf({ kind: "incident", record: incident })];
  const duty = desk.dataset.dutyById.get(item.recordId);
  return duty ? [refOf({ kind: "duty", record: duty })] : [];
}
