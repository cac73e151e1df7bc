import { pickDistractors } from "../distractors.js";
import { explainWhen } from "../explanation.js";
import { OPTION_COUNT, type QuizKind } from "../quiz-kind.js";
import { yearOf } from "./same-event.js";

/** A title with a year or a decade in it gives the answer away. */
const YEARISH = /\b\d{4}s?\b|\b\d0s\b|'\d\ds?\b/;

/** "In which year did this happen: Seizure of the US embassy in Tehran?" Wrong years come from the data, near the right one. */
export const yearKind: QuizKind = {
  name: "year",
  over: "incident",
  build({ dataset }, item, random) {
    if (item.kind !== "incident" || YEARISH.test(item.record.title)) return undefined;
    const r = item.record;
    const year = yearOf(r);
    // Any incident the question's words also name (the same title) makes its year right too.
    const fitting = new Set(dataset.incidents.filter((o) => o.title === r.title).map(yearOf));
    const years = [...new Set(dataset.incidents.map(yearOf))].filter((y) => !fitting.has(y));
    const near = (span: number) => years.filter((y) => Math.abs(y - year) <= span).map(String);
    const distractors = pickDistractors(
      String(year),
      [near(6), near(15), years.map(String)],
      OPTION_COUNT - 1,
      random,
    );
    if (!distractors) return undefined;
    return {
      question: `In which year did this happen: ${r.title}?`,
      correct: String(year),
      distractors,
      order: "ascending",
      explanation: explainWhen(r),
    };
  },
};
