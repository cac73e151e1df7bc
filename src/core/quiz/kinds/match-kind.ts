import { countryInfo } from "../../countries.js";
import type { Incident } from "../../dataset/schema.js";
import { datePhrase } from "../describe-incident.js";
import { pickDistractors } from "../distractors.js";
import { explainMatch } from "../explanation.js";
import { OPTION_COUNT, type QuizKind } from "../quiz-kind.js";
import { yearOf } from "./same-event.js";

const YEAR_IN_TITLE = /\b\d{4}\b/;

/** The short description a match question gives: when, and the toll when the data knows it. */
export function matchFacts(r: Incident): string {
  const deaths = r.casualties.deaths;
  const toll =
    deaths !== null && deaths > 0 ? ` and killed ${deaths} ${deaths === 1 ? "person" : "people"}` : "";
  return `that happened ${datePhrase(r.date)}${toll}`;
}

/**
 * "Which of these incidents happened on 7 August 1998 and killed 213 people?" The options are
 * incidents of the same kind (so the type gives nothing away), every wrong one from another year.
 */
export const matchKind: QuizKind = {
  name: "match",
  over: "incident",
  build({ dataset }, item, random) {
    if (item.kind !== "incident" || YEAR_IN_TITLE.test(item.record.title)) return undefined;
    const r = item.record;
    const year = yearOf(r);
    const type = r.types[0]!;
    const candidates = dataset.incidents.filter(
      (o) => yearOf(o) !== year && !YEAR_IN_TITLE.test(o.title) && o.types[0] === type,
    );
    const continent = countryInfo(r.hostCountry)?.continent;
    const tier = (same: (o: Incident) => boolean) => candidates.filter(same).map((o) => o.title);
    const distractors = pickDistractors(
      r.title,
      [
        tier((o) => Math.abs(yearOf(o) - year) <= 15 && countryInfo(o.hostCountry)?.continent === continent),
        tier((o) => Math.abs(yearOf(o) - year) <= 15),
        tier(() => true),
      ],
      OPTION_COUNT - 1,
      random,
    );
    if (!distractors) return undefined;
    const facts = matchFacts(r);
    return {
      question: `Which of these is the incident ${facts}?`,
      correct: r.title,
      distractors,
      order: "shuffle",
      explanation: explainMatch(r, facts),
    };
  },
};
