import type { Citation } from "../answer.js";
import { buildQuestion } from "../compose/quiz-answer.js";
import type { Desk } from "../desk.js";

/**
 * The contract between question generation (the core) and quiz rounds (the store and the
 * adapters): a round asks for questions by seed and topic, stores the key so none repeats, and
 * checks answers against `correct`.
 */
export type QuizLevel = "easy" | "hard";

export interface QuizSpec {
  /** Anything the search understands: a country, a region, a decade, "law", "hostage crises". */
  topic?: string;
  level?: QuizLevel;
}

export interface QuizItem {
  /** Stable for the same question (kind + record), so a round never asks it twice. */
  key: string;
  kind: string;
  question: string;
  options: string[];
  /** Index into options. */
  correct: number;
  /** One or two sentences saying why the right option is right, in the project's own words. */
  explanation: string;
  /** Where a reader checks it (a record's source, linked). */
  source: Citation;
  recordId: string;
}

export type QuizItemResult = { ok: true; item: QuizItem } | { ok: false; message: string };

/**
 * Same desk, seed, spec and `avoid` → same question. `avoid` holds keys already asked in a round.
 * (First version: wraps the two original kinds; the generator replaces the body.)
 */
export function makeQuizItem(
  desk: Desk,
  seed: number,
  spec: QuizSpec = {},
  avoid: ReadonlySet<string> = new Set(),
): QuizItemResult {
  void spec;
  for (let attempt = 0; attempt < 50; attempt++) {
    const q = buildQuestion(desk.dataset, seed + attempt * 7919);
    if (!q) return { ok: false, message: "The data is too small for a quiz." };
    const key = `${q.question.startsWith("In which year") ? "year" : "response"}:${q.incident.id}`;
    if (avoid.has(key)) continue;
    const source = q.incident.sources[0]!;
    return {
      ok: true,
      item: {
        key,
        kind: key.split(":")[0]!,
        question: q.question,
        options: q.options,
        correct: q.correct,
        explanation: q.incident.hostResponse.evidence,
        source: { title: source.title, publisher: source.publisher, date: source.date, url: source.url },
        recordId: q.incident.id,
      },
    };
  }
  return { ok: false, message: "No new question left on that topic." };
}
