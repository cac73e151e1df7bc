import { MISSION_NOUNS, MISSION_PEOPLE } from "./query/cue-words.js";
import { tokenize } from "./text/normalize.js";
import { questionAfterStory } from "./query/story-question.js";
import { readText } from "./read-text.js";
import type { Desk } from "./desk.js";
import type { Found } from "./find-records.js";
import type { ParsedQuery, QueryFilters } from "./query/parse-query.js";
import { cityLabel, countryLabel, type Reading } from "./query/read-question.js";
import { listHits, PRECEDENT_MIN_COVERAGE } from "./reading-hits.js";
import { passes } from "./search/filters.js";
import { search, type Hit } from "./search/rank.js";
import type { Doc } from "./search/search-index.js";

/**
 * "A mob set fire to the Saudi embassy in Beirut tonight … has this happened before?": news the
 * data may not hold yet, so no earlier incident fits everything it tells. The precedents are then
 * the earlier incidents of the same kind at the same country's missions or in the same place, those
 * that share the story's other words first ("after an execution"), then the best known; failing
 * those, every incident of that kind. Undefined when the question asks for no precedents or
 * nothing is like it.
 */
export function precedentHits(desk: Desk, reading: Reading, parsed: ParsedQuery): Found | undefined {
  // "Gunmen stormed a hotel during a minister's visit. precedents?" is no attack on a mission.
  const words = tokenize(parsed.text);
  const atMission = words.some((w) => MISSION_NOUNS.has(w) || MISSION_PEOPLE.has(w));
  if (!reading.precedents || !atMission) return undefined;
  const { mission, host, either, cities, ...kind } = reading.filters;
  // "… has this happened before in tehran?": the place the question itself names binds.
  const question = questionAfterStory(parsed.text);
  const asked = question === undefined ? undefined : readText(desk, question).reading.filters;
  const askedWhere = placeOf(asked?.cities, asked?.host);
  // "Iran's consulate": Iran's missions, not the Saudi consulate in Mashhad; a bare name either.
  const whose: QueryFilters = askedWhere
    ? {}
    : (mission?.length ?? 0) > 0
      ? { mission }
      : (either?.length ?? 0) > 0
        ? { either }
        : {};
  const where = askedWhere ?? placeOf(cities, host);
  const alike: QueryFilters[] = [
    ...(whose.mission || whose.either ? [{ ...kind, ...whose, anyType: true }] : []),
    ...(where ? [{ ...kind, ...where, anyType: true }] : []),
  ];
  const docs = desk.index.incidentsByFame.filter((doc) => alike.some((f) => passes(doc, ["incident"], f)));
  const told = placeParts(reading.filters);
  const shownFor = placeParts({ ...whose, ...where });
  const understood = [...reading.understood.filter((part) => !told.includes(part)), ...orLabel(shownFor)];
  if (docs.length > 0) {
    // "When did this last happen?": the newest like it, whatever else it shares.
    const alikeDocs = new Set(docs);
    const shown = reading.newest
      ? [...desk.index.incidentsByDate].reverse().filter((doc) => alikeDocs.has(doc))
      : sharingWordsFirst(desk, reading, kind, docs);
    return {
      hits: shown.map((doc) => ({ doc, score: doc.fame, coverage: 1 })),
      suggestions: [],
      reading: { ...reading, understood },
      count: shown.length,
      alike: true,
    };
  }
  // Nothing at that country's missions or in that place: every earlier one of the kind.
  if (!kind.types || kind.types.length === 0) return undefined;
  const ofKind = listHits(desk, { ...reading, filters: kind }, parsed);
  if (ofKind.hits.length === 0) return undefined;
  const kindOnly = reading.understood.filter((part) => !told.includes(part));
  return { ...ofKind, reading: { ...(ofKind.reading ?? reading), understood: kindOnly }, alike: true };
}

/** Those the story's other words describe ("after an execution", "over a film") lead; the rest follow, best known first. */
function sharingWordsFirst(desk: Desk, reading: Reading, kind: QueryFilters, docs: Doc[]): Doc[] {
  if (reading.residue.length === 0) return docs;
  const among = new Set(docs.map((d) => d.index));
  const sharing = search(desk.index, reading.residue.join(" "), {
    filters: { ...kind, anyType: true },
    minCoverage: PRECEDENT_MIN_COVERAGE,
    kinds: ["incident"],
  })
    .hits.filter((h: Hit) => among.has(h.doc.index))
    .map((h) => h.doc);
  const led = new Set(sharing.map((d) => d.index));
  return [...sharing, ...docs.filter((d) => !led.has(d.index))];
}

/** Where, as the words named it: a city before a country. */
function placeOf(cities?: string[], host?: string[]): QueryFilters | undefined {
  if ((cities?.length ?? 0) > 0) return { cities: cities! };
  return (host?.length ?? 0) > 0 ? { host: host! } : undefined;
}

/** The summary line's parts that say whose missions and where, as the reading writes them. */
function placeParts(filters: QueryFilters): string[] {
  return [
    ...(filters.mission ?? []).map((code) => countryLabel(code, "mission")),
    ...(filters.host ?? []).map((code) => countryLabel(code, "host")),
    ...(filters.either ?? []).map((code) => countryLabel(code, "either")),
    ...(filters.cities ?? []).map(cityLabel),
  ];
}

/** "Saudi Arabia's missions or Beirut": either one, as the precedents are. */
function orLabel(parts: string[]): string[] {
  return parts.length === 0 ? [] : [parts.join(" or ")];
}
