import type { Dataset } from "../dataset/dataset.js";
import type { Duty, Incident } from "../dataset/schema.js";
import type { Random } from "./random.js";

/** What every kind of question needs besides its record: the data, and the law a topic is about. */
export interface KindContext {
  dataset: Dataset;
  /** Law topics ("vcdr", "consular law"): the rules a law question's right answer must come from. */
  lawFocus?: ReadonlySet<string>;
}

/** A question before its options are ordered: the right option, the wrong ones, and why. */
export interface QuizDraft {
  question: string;
  correct: string;
  distractors: string[];
  /** Years read best in order; True/False always reads True, False; the rest are shuffled. */
  order: "shuffle" | "ascending" | { fixed: readonly string[] };
  explanation: string;
}

export type QuizRecord = { kind: "incident"; record: Incident } | { kind: "duty"; record: Duty };

/**
 * One kind of question. `build` returns undefined when this record cannot make a fair question of
 * this kind (the title gives the year away, too few wrong options exist…): the generator then moves on.
 */
export interface QuizKind {
  name: string;
  over: QuizRecord["kind"];
  build(context: KindContext, item: QuizRecord, random: Random): QuizDraft | undefined;
}

/** How many options a multiple-choice question offers. */
export const OPTION_COUNT = 4;
