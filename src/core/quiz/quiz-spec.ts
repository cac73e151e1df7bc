import type { QuizLevel, QuizSpec } from "./quiz-item.js";

/**
 * Longest quiz topic: every answer button carries it (with the seed), and a Discord custom id
 * holds at most 100 characters (https://discord.com/developers/docs/components/reference).
 */
export const MAX_QUIZ_TOPIC = 60;

const LEVELS: Readonly<Record<string, QuizLevel>> = { easy: "easy", hard: "hard" };

/** What follows `/embassy quiz`: "easy" or "hard" anywhere chooses the level; the other words are the topic. */
export function readQuizSpec(text: string): QuizSpec {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const level = words.map((w) => LEVELS[w.toLowerCase()]).find(Boolean);
  const topic = words.filter((w) => !LEVELS[w.toLowerCase()]).join(" ");
  return { ...(topic ? { topic } : {}), ...(level ? { level } : {}) };
}

/** The spec back as words, for the buttons that carry it: `readQuizSpec(quizTextOf(spec))` is the same spec. */
export function quizTextOf(spec: QuizSpec): string {
  return [spec.level, spec.topic].filter(Boolean).join(" ");
}
