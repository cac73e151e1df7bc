import { countryInfo, countryName } from "../../countries.js";
import type { Incident } from "../../dataset/schema.js";
import { datePhrase, happenedPhrase, missionPhrase } from "../describe-incident.js";
import { namesAnswer, pickDistractors } from "../distractors.js";
import { explainWhere } from "../explanation.js";
import { OPTION_COUNT, type KindContext, type QuizDraft, type QuizKind } from "../quiz-kind.js";
import type { Random } from "../random.js";
import { cityKey, sameStateLine } from "../same-place.js";
import { fitsMissionEvent } from "./same-event.js";

/** "In which city was the embassy of the United States stormed on 4 November 1979?" */
export const cityKind: QuizKind = {
  name: "city",
  over: "incident",
  build: (context, item, random) =>
    item.kind === "incident" ? placeQuestion(context, item.record, random, "city") : undefined,
};

/** "In which country was the embassy of the United States bombed on 7 August 1998?" */
export const hostCountryKind: QuizKind = {
  name: "host-country",
  over: "incident",
  build: (context, item, random) =>
    item.kind === "incident" ? placeQuestion(context, item.record, random, "country") : undefined,
};

function placeQuestion(
  { dataset }: KindContext,
  r: Incident,
  random: Random,
  what: "city" | "country",
): QuizDraft | undefined {
  const question = `In which ${what} was ${missionPhrase(r)} ${happenedPhrase(r)} ${datePhrase(r.date)}?`;
  // Every place where the same mission suffered the same thing on the same date is also right.
  const fitting = dataset.incidents.filter((o) => fitsMissionEvent(r, o));
  // A mission is never attacked in its own country, so that country would be an obvious miss.
  const wrong =
    what === "city"
      ? (o: Incident) => !fitting.some((f) => f.city[0] === o.city[0] && cityKey(f.city) === cityKey(o.city))
      : (o: Incident) =>
          !fitting.some((f) => sameStateLine(f.hostCountry, o.hostCountry)) &&
          !sameStateLine(o.hostCountry, r.missionCountry);
  // Cities are compared under one spelling, countries by code and the states they became.
  const valueOf = (o: Incident) => (what === "city" ? o.city : o.hostCountry);
  const labelOf = (value: string) => (what === "city" ? value : countryName(value));
  const correct = labelOf(valueOf(r));
  if (namesAnswer(question, correct)) return undefined;
  const candidates = dataset.incidents.filter(wrong);
  const here = countryInfo(r.hostCountry);
  const tier = (same: (o: Incident) => boolean) => candidates.filter(same).map(valueOf);
  const picked = pickDistractors(
    valueOf(r),
    [
      tier((o) => countryInfo(o.hostCountry)?.region === here?.region),
      tier((o) => countryInfo(o.hostCountry)?.continent === here?.continent),
      tier(() => true),
    ],
    OPTION_COUNT - 1,
    random,
    what === "city" ? (a, b) => cityKey(a) === cityKey(b) : sameStateLine,
  );
  const distractors = picked?.map(labelOf);
  if (!distractors) return undefined;
  return { question, correct, distractors, order: "shuffle", explanation: explainWhere(r) };
}
