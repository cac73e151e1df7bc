import { countryInfo, countryName } from "../../countries.js";
import type { Incident } from "../../dataset/schema.js";
import { datePhrase, happenedPhrase, missionWord } from "../describe-incident.js";
import { namesAnswer, pickDistractors } from "../distractors.js";
import { explainWhose } from "../explanation.js";
import { OPTION_COUNT, type QuizKind } from "../quiz-kind.js";
import { cityKey, sameStateLine } from "../same-place.js";
import { datesOverlap } from "./same-event.js";

/** "Whose embassy was stormed in Tehran on 4 November 1979?" The options are countries. */
export const missionKind: QuizKind = {
  name: "mission",
  over: "incident",
  build({ dataset }, item, random) {
    if (item.kind !== "incident") return undefined;
    const r = item.record;
    const correct = countryName(r.missionCountry);
    const question = `Whose ${missionWord(r)} was ${happenedPhrase(r)} in ${r.city} ${datePhrase(r.date)}?`;
    if (namesAnswer(question, correct)) return undefined;
    const city = cityKey(r.city);
    // Missions in the same city that suffered the same thing on the same date are also right.
    const fitting = dataset.incidents
      .filter(
        (o) => o.types.includes(r.types[0]!) && datesOverlap(o.date, r.date) && cityKey(o.city) === city,
      )
      .map((o) => o.missionCountry);
    // The host has no embassy in itself: that option would be an obvious miss.
    const candidates = dataset.incidents.filter(
      (o) =>
        !fitting.some((f) => sameStateLine(f, o.missionCountry)) &&
        !sameStateLine(o.missionCountry, r.hostCountry),
    );
    const region = countryInfo(r.hostCountry)?.region;
    const tier = (same: (o: Incident) => boolean) => candidates.filter(same).map((o) => o.missionCountry);
    const distractors = pickDistractors(
      r.missionCountry,
      [
        tier((o) => o.hostCountry === r.hostCountry),
        tier((o) => countryInfo(o.hostCountry)?.region === region),
        tier(() => true),
      ],
      OPTION_COUNT - 1,
      random,
      sameStateLine,
    )?.map(countryName);
    if (!distractors) return undefined;
    return { question, correct, distractors, order: "shuffle", explanation: explainWhose(r) };
  },
};
