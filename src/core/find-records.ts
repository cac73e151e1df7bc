import { commandFromText, LONG_TEXT_WORDS, MAX_QUERY_LENGTH, type Command } from "./commands.js";
import type { Desk } from "./desk.js";
import { questionAfterStory } from "./query/story-question.js";
import { parseQuery, type QueryError, type QueryFilters } from "./query/parse-query.js";
import { fail, ok, type Result } from "./result.js";
import { search, type Hit, type RecordKind } from "./search/rank.js";
import { MISSION_NOUNS, PLURAL_EVENTS } from "./query/cue-words.js";
import { timelineHits } from "./timeline.js";
import { compareSides, comparesLaw } from "./compare.js";
import type { Reading } from "./query/read-question.js";
import { readText } from "./read-text.js";
import { explainedFirst, legalHits, listHits, rulesCitedBy, steeredFirst } from "./reading-hits.js";
import { hasFilters, passes } from "./search/filters.js";
import { precedentHits } from "./precedent-hits.js";
import { countCharacters } from "./text/graphemes.js";
import { tokenize } from "./text/normalize.js";
import { understandQuery, type QuerySignals } from "./search/understand.js";
import { excerptForSearch } from "./text/excerpt.js";

export type FindError =
  | QueryError
  | { code: "empty-query" }
  | { code: "too-long"; max: number; length: number }
  | { code: "timeline-not-understood"; query: string };

export interface Found {
  hits: Hit[];
  suggestions: Hit[];
  /** How the question was read (absent for pasted texts and timelines). */
  reading?: Reading;
  /** Lists and counts: how many incidents in the data match, all of them in `hits`. */
  count?: number;
  /** Lists and counts of a type: incidents recorded as another type that included it, best known first. */
  alsoOfType?: Hit[];
  /** A message longer than the limit: how many of its characters the search read. */
  partial?: { read: number; of: number };
  /** Nothing matched the place or the time named; the hits match the rest of the words elsewhere. */
  elsewhere?: boolean;
  /** No earlier incident fits all a story tells; the hits are the precedents most like it. */
  alike?: boolean;
}

const KINDS: Partial<Record<Command["name"], readonly RecordKind[]>> = {
  incident: ["incident"],
  duty: ["duty"],
};

/**
 * The one path from a command to ranked records, shared by the bots, `ask --json` and `eval`.
 * Commands that do not search (help, quiz, show…) find nothing.
 */
export function findRecords(desk: Desk, command: Command): Result<Found, FindError> {
  const found = findForText(desk, command);
  // "CONAKRY — Rebel soldiers have held 11 people in the Senegalese embassy. what are the
  // best-known embassy sieges?": when the story and its question together find nothing, a question
  // that says all it asks about (no "this", "there", "he") is answered by itself; news of another
  // field stays unanswered.
  if (!found.ok || found.value.hits.length > 0 || !STORY_ASKED.includes(command.name)) return found;
  if (found.value.reading?.intent === "off-topic") return found;
  const question = questionAfterStory(command.query);
  if (question === undefined || pointsBack(tokenize(question))) return found;
  const asked = findForText(desk, { ...command, query: question });
  return asked.ok && asked.value.hits.length > 0 ? asked : found;
}

/** Whether a question points back into the story ("is that a record?", not "airstrikes that hit embassies"). */
function pointsBack(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => POINTS_BACK.has(t) || (t === "that" && (i === 0 || THAT_POINTS_AFTER.has(tokens[i - 1]!))),
  );
}
/** After these, "that" is the story's event ("is that legal", "like that"), not a relative pronoun. */
const THAT_POINTS_AFTER = new Set("is was does did do about of like at on to can could for with".split(" "));
/** Words by which a question points back into the story before it. */
const POINTS_BACK = new Set(
  "this these those it its they them their there he him his she her such".split(" "),
);
/** The commands whose text may be a story followed by a question. */
const STORY_ASKED: readonly Command["name"][] = ["search", "incident", "duty"];

function findForText(desk: Desk, command: Command): Result<Found, FindError> {
  // A message the person could not shorten (a shortcut, a menu on a message) is read in part;
  // what someone typed is refused instead, so they know to shorten it.
  if (command.name === "context" && countCharacters(command.query) > MAX_QUERY_LENGTH) {
    const excerpt = excerptForSearch(command.query, MAX_QUERY_LENGTH);
    const found = findRecords(desk, { ...command, query: excerpt.text });
    return found.ok ? ok({ ...found.value, partial: { read: excerpt.read, of: excerpt.of } }) : found;
  }
  const length = countCharacters(command.query);
  if (length > MAX_QUERY_LENGTH) return fail({ code: "too-long", max: MAX_QUERY_LENGTH, length });
  const isContext = command.name === "context" || command.query.split(/\s+/).length > LONG_TEXT_WORDS;
  if (!["search", "incident", "duty", "timeline", "context", "cite", "compare"].includes(command.name)) {
    return ok({ hits: [], suggestions: [] });
  }
  if (command.query.trim() === "") return fail({ code: "empty-query" });
  if (isContext && command.name !== "timeline") {
    const asked =
      command.name === "duty"
        ? lawAfterStory(desk, command.query, {})
        : (listAfterStory(desk, command.query, {}) ?? lawAfterStory(desk, command.query, {}));
    if (asked) return ok(asked);
    const kinds = KINDS[command.name];
    return ok(search(desk.index, command.query, { longText: true, ...(kinds ? { kinds } : {}) }));
  }
  if (command.name === "compare" && !comparesLaw(desk, command.query)) {
    // The two incidents compared, in the order asked: the contract's first two results.
    const sides = compareSides(desk, command.query);
    return ok({ hits: sides.ok ? sides.value.map((s) => s.hit) : [], suggestions: [] });
  }
  const parsed = parseQuery(command.query);
  if (!parsed.ok) return parsed;
  if (command.name === "timeline") return timelineHits(desk, parsed.value);
  const kinds = KINDS[command.name];
  const { text, signals, reading: readWords } = readText(desk, parsed.value.text);
  // "Embassy attacks host:IR": typed filters, and words that name nothing to look up, list what the
  // filters name ("tehran type:storming" still looks up Tehran's).
  const reading =
    readWords.intent === "lookup" &&
    readWords.residue.length === 0 &&
    readWords.understood.length === 0 &&
    hasFilters(parsed.value.filters)
      ? { ...readWords, intent: "list" as const }
      : readWords;
  const read = { ...parsed.value, text };
  const { filters } = read;
  // "A british tourist was held for 11 days … before anyone told him he could call his consulate.
  // what does the law say?": the law on what the story tells, whatever errand word it holds.
  const lawAsked =
    command.name === "incident" || reading.intent === "legal"
      ? undefined
      : lawAfterStory(desk, parsed.value.text, filters, text);
  if (lawAsked) return ok(lawAsked);
  if (reading.intent === "off-topic" && !hasFilters(filters))
    return ok({ hits: [], suggestions: [], reading });
  // "Article 50 brexit", "nato article 5": an article no record holds is another treaty's, or one
  // the data does not cover; any rule put in its place would answer another question.
  if (signals.articles.size > 0 && ![...signals.articles].some((a) => desk.index.articles.has(a)))
    return ok({ hits: [], suggestions: [], reading });
  // Only when the story alone reads as one incident ("any precedent in the sahel?" keeps the
  // story's french embassy).
  const asked =
    (reading.intent === "lookup" || reading.intent === "list" || reading.intent === "count") &&
    command.name !== "duty"
      ? listAfterStory(desk, parsed.value.text, parsed.value.filters, reading)
      : undefined;
  if (asked) return ok(asked);
  if ((reading.intent === "list" || reading.intent === "count") && command.name !== "duty") {
    const listed = listHits(desk, reading, read);
    // "…stormed the serbian embassy in zagreb. how often does this happen?": none like it in every
    // respect is no answer to news; the precedents most like it are.
    const alikeCounted =
      listed.hits.length === 0 && reading.intent === "count" ? precedentHits(desk, reading, read) : undefined;
    if (alikeCounted) return ok(alikeCounted);
    if (listed.hits.length > 0 || reading.intent === "count") return ok(listed);
    // "Scandinavian embassy incidents in the 1970s": no mission of theirs was attacked then, so the
    // words name where, as they may; the summary line says so.
    const placed = regionAsPlace(desk, reading);
    const there = placed ? listHits(desk, placed, { ...read, filters: placed.filters }) : undefined;
    if (there && there.hits.length > 0) return ok(there);
    // A list of nothing may be one incident told in the plural or with a verb that reads as a type
    // ("nato bombs chinese embassy in belgrade" was an airstrike): looked up instead, an incident
    // still has to be in the places and the period the words name.
    const looked = search(desk.index, text, { filters, signals, roles: reading.roles, kinds: ["incident"] });
    const loose = looseFilters(reading.filters);
    const asLookup = { ...reading, intent: "lookup" as const };
    const fitting = looked.hits.filter((h) => passes(h.doc, ["incident"], loose));
    // The story's own incident, when the data holds it, is the answer; else the precedents like it.
    const alike = fitting.length === 0 ? precedentHits(desk, reading, read) : undefined;
    if (alike) return ok(alike);
    // "Boxer siege of the embassies in peking 1901": nothing then, the siege of 1900.
    const near = fitting.length === 0 ? closestElsewhere(desk, text, signals, reading) : [];
    if (near.length > 0) return ok({ hits: near, suggestions: [], reading: asLookup, elsewhere: true });
    return ok({ hits: fitting, suggestions: [], reading: asLookup });
  }
  if (reading.intent === "legal" && command.name !== "incident")
    return ok(legalHits(desk, reading, read, command.name === "search"));
  const looked = search(desk.index, text, {
    filters,
    signals,
    roles: reading.roles,
    ...(kinds ? { kinds } : {}),
  });
  // Nothing answers it as a lookup, but it is about missions and a rule matches its words by name:
  // a legal question asked without a modal word ("how long do expelled diplomats get to leave").
  if (looked.hits.length === 0 && reading.aboutMissions && command.name !== "incident") {
    const legal = legalHits(desk, reading, read, command.name === "search", { namedOnly: true });
    if (legal.hits.length > 0) return ok({ ...legal, reading: { ...reading, intent: "legal" } });
  }
  const hits = explainedFirst(
    steeredFirst(
      ofMonthNamedFirst(inPlaceNamedFirst(inCityNamed(looked.hits, reading), reading), reading),
      reading,
    ),
    reading,
  );
  if (command.name !== "duty" && !hits.some((h) => h.doc.item.kind === "incident")) {
    // "… Has a diplomatic mission ever been hit from the air before?": the data does not hold the
    // story's own incident, so the earlier ones like it.
    const alike = precedentHits(desk, reading, read);
    if (alike?.reading) return ok({ ...alike, reading: { ...alike.reading, intent: "list" } });
    const near = closestElsewhere(desk, text, signals, reading);
    if (near.length > 0) return ok({ ...looked, hits: [...near, ...hits], reading, elsewhere: true });
  }
  return ok({
    ...looked,
    hits: command.name === "duty" ? hits : filledLookup(desk, hits, reading, text),
    reading,
  });
}

/** A lookup that finds fewer records than this is filled up (see filledLookup). */
const LOOKUP_SHOWS = 3;
/** What a record added to fill an answer scores: shown last, as a legal answer's illustrations are. */
const FILLER_SCORE = 0.5;

/**
 * "That time students climbed into the american embassy in tehran and kept the staff": a lookup
 * that names a place and finds little there is filled up with the best-known incidents of that
 * place (of the kind and the time named), the one meant being among them more often than not; then
 * with the law its first incident engaged, unless incidents are what it asks for.
 */
function filledLookup(desk: Desk, hits: Hit[], reading: Reading, text: string): Hit[] {
  const { cities, host, mission, either } = reading.filters;
  const placed = [cities, host, mission, either].some((f) => (f?.length ?? 0) > 0);
  if (hits.length === 0 || hits.length >= LOOKUP_SHOWS) return hits;
  // "Attacks on embassies in salisbury", "precedents?": incidents asked for, in the plural, not law.
  const incidentsAsked = reading.precedents || tokenize(text).some((t) => PLURAL_EVENTS.has(t));
  const withLaw = (shown: Hit[]) => (incidentsAsked ? shown : withLawEngaged(desk, shown));
  if (!placed) return withLaw(hits);
  const shown = new Set(hits.map((h) => h.doc.index));
  const more = desk.index.incidentsByFame
    .filter((doc) => !shown.has(doc.index) && passes(doc, ["incident"], reading.filters))
    .slice(0, LOOKUP_SHOWS - hits.length)
    .map((doc) => ({ doc, score: FILLER_SCORE, coverage: 0 }));
  return withLaw([...hits, ...more]);
}

/**
 * "Assange embassy asylum": a lookup that finds one incident and little else shows the law that
 * incident engaged next, as its record cites it.
 */
function withLawEngaged(desk: Desk, hits: Hit[]): Hit[] {
  const first = hits[0]?.doc;
  if (hits.length >= LOOKUP_SHOWS || first?.item.kind !== "incident") return hits;
  const shown = new Set(hits.map((h) => h.doc.index));
  const rules = rulesCitedBy(first, desk.index)
    .filter((doc) => !shown.has(doc.index))
    .slice(0, LOOKUP_SHOWS - hits.length)
    .map((doc) => ({ doc, score: FILLER_SCORE, coverage: 0 }));
  return [...hits, ...rules];
}

/** How much of the other words an incident must match to be the one meant, in another place or time. */
const ELSEWHERE_COVERAGE = 0.8;
/** How many of the other words there must be, and how far the best must lead the next. */
const ELSEWHERE_MIN_WORDS = 3;
const ELSEWHERE_LEAD = 0.85;

/**
 * "Japanese red army took over the french embassy in amsterdam" (it was The Hague), "boxer siege of
 * the embassies in peking 1901" (1900): a lookup that finds nothing in the city or the period named
 * offers the incident the rest of its words describe almost entirely, and the answer says so.
 */
function closestElsewhere(desk: Desk, text: string, signals: QuerySignals, reading: Reading): Hit[] {
  const { cities, from, to, datePrefix } = reading.filters;
  const cityWords = new Set(
    [...signals.cities].filter(([city]) => cities?.includes(city)).flatMap(([, words]) => words),
  );
  if (cityWords.size === 0 && from === undefined && to === undefined && datePrefix === undefined) return [];
  // The place and the period go; the incident must be told by the other words.
  const rest = tokenize(text)
    .filter((t) => !cityWords.has(t) && !(signals.explained.has(t) && /\d/.test(t)))
    .join(" ");
  const filters: QueryFilters = { ...reading.filters };
  for (const key of ["cities", "from", "to", "datePrefix", "afterDate", "beforeDate"] as const)
    delete filters[key];
  const restSignals = understandQuery(rest, desk.index.cityPhrases);
  // Enough words left to describe one incident ("siege … how long did it last" describes none).
  if (restSignals.words.length < ELSEWHERE_MIN_WORDS) return [];
  const [best, next] = search(desk.index, rest, {
    filters,
    signals: restSignals,
    roles: reading.roles,
    kinds: ["incident"],
  }).hits;
  // One incident, well ahead of any other: two alike elsewhere are no answer to where it was.
  if (!best || best.coverage < ELSEWHERE_COVERAGE) return [];
  if (next && next.score >= best.score * ELSEWHERE_LEAD) return [];
  return [best];
}

/**
 * A lookup that names a city the data knows is about an incident there: "munich olympics hostage
 * crisis 1972" is not the attack on Israel's embassy in Bangkok that year. Incidents elsewhere are
 * no answer; rules still are.
 */
function inCityNamed(hits: Hit[], reading: Reading): Hit[] {
  const cities = reading.filters.cities;
  if (!cities || cities.length === 0) return hits;
  return hits.filter((h) => h.doc.item.kind !== "incident" || passes(h.doc, ["incident"], { cities }));
}

/**
 * "That embassy in south america where rebels held a party hostage for months": a lookup that names
 * a region, or a country, puts the incidents there (or that country's) before those elsewhere.
 */
function inPlaceNamedFirst(hits: Hit[], reading: Reading): Hit[] {
  const { host, mission, either } = reading.filters;
  const countries = [...(host ?? []), ...(mission ?? []), ...(either ?? [])];
  if (countries.length === 0) return hits;
  // Incidents are reordered among themselves, in the places they held; the rules stay where they are.
  const isIncident = (h: Hit) => h.doc.item.kind === "incident";
  const placed = (h: Hit) => passes(h.doc, ["incident"], { either: countries });
  const incidents = hits.filter(isIncident);
  const ordered = [...incidents.filter(placed), ...incidents.filter((h) => !placed(h))];
  let next = 0;
  return hits.map((h) => (isIncident(h) ? ordered[next++]! : h));
}

/**
 * "The feb 1979 takeover of the us embassy in tehran": an incident of the month or day named leads
 * those of the same year ("tehran 1979" alone is November's).
 */
function ofMonthNamedFirst(hits: Hit[], reading: Reading): Hit[] {
  const prefix = reading.filters.datePrefix;
  if (!prefix) return hits;
  const named = (h: Hit) => h.doc.item.kind === "incident" && h.doc.item.record.date.startsWith(prefix);
  return [...hits.filter(named), ...hits.filter((h) => !named(h))];
}

/**
 * A list of a region's missions read as a list of where: "scandinavian embassy" may name the
 * embassies in Scandinavia as well as Scandinavia's own ("swedish embassy" names Sweden's only).
 * The region's countries become those of either side, and the summary line names the region alone.
 */
function regionAsPlace(desk: Desk, reading: Reading): Reading | undefined {
  const { mission, ...rest } = reading.filters;
  const named = new Set(mission ?? []);
  const region = [...desk.regions.values()].find(
    (r) => r.codes.size > 1 && [...r.codes].every((code) => named.has(code)),
  );
  if (!region) return undefined;
  const filters = { ...rest, either: [...(rest.either ?? []), ...named] };
  const understood = reading.understood.map((part) =>
    part === `${region.label}'s missions` ? region.label : part,
  );
  return { ...reading, filters, understood };
}

/** Where and when, as the words named them, with either role for a country and any type. */
function looseFilters(f: QueryFilters): QueryFilters {
  const countries = [...(f.host ?? []), ...(f.mission ?? []), ...(f.either ?? [])];
  return {
    ...(countries.length > 0 ? { either: countries } : {}),
    ...(f.cities ? { cities: f.cities } : {}),
    ...(f.from !== undefined ? { from: f.from } : {}),
    ...(f.to !== undefined ? { to: f.to } : {}),
  };
}

/** What a person types after /embassy, to ranked records: the CLI and eval entry point. */
export function findRecordsForText(desk: Desk, text: string): Result<Found, FindError> {
  return findRecords(desk, commandFromText(text));
}

/**
 * "ATHENS — A rocket-propelled grenade was fired at the U.S. embassy overnight. what does the law
 * require of greece as host?": a question of law asked after a story is answered from the law, the
 * story telling which (an embassy, a consul, a detained national). `mended`: the whole text as read.
 */
function lawAfterStory(desk: Desk, text: string, filters: QueryFilters, mended?: string): Found | undefined {
  const question = questionAfterStory(text);
  if (question === undefined) return undefined;
  const asked = readText(desk, question).reading;
  if (asked.intent !== "legal") return undefined;
  const told = readText(desk, text);
  // Gunmen at a concert hall, asked about "the law on hostage taking", are not this law's; "what is
  // a protecting power?" is, whatever story comes before it.
  if (!told.reading.aboutMissions && !asked.definition && !asked.aboutMissions) return undefined;
  // "The movie 'Diplomatic Immunity' tops the box office. who directed it?", "a brand ambassador
  // dropped": another field's news, with no mission or diplomat in it ("a tourist held … could call
  // his consulate" is this field's).
  const missionTold = tokenize(text).some((t) => MISSION_NOUNS.has(t) && !/^ambassadors?$/.test(t));
  if (told.reading.intent === "off-topic" && !missionTold) return undefined;
  const reading: Reading = {
    ...asked,
    instruments: new Set([...asked.instruments, ...told.reading.instruments]),
    diplomaticOnly: told.reading.diplomaticOnly,
  };
  // A question that names what it asks about is searched by itself; "what does the law say?" by the story.
  const searched = asked.aboutMissions ? readText(desk, question).text : (mended ?? told.text);
  const found = legalHits(desk, reading, { text: searched, filters }, true);
  return found.hits.length > 0 ? found : undefined;
}

/**
 * "BENGHAZI — … armed men attacked the American mission. has this happened to a us mission
 * before?": a list asked after a story is the one its own words name, when they name whose missions,
 * where or what the host did; the story only says what "this" was, and its words rank the list, so
 * the incident it tells of leads when it fits. `filters`: those typed as options; `story`: the whole
 * text's reading, when already read.
 */
function listAfterStory(desk: Desk, text: string, filters: QueryFilters, story?: Reading): Found | undefined {
  const question = questionAfterStory(text);
  if (question === undefined) return undefined;
  const asked = readText(desk, question).reading;
  const { mission, host, either, cities, responses } = asked.filters;
  const named = [mission, host, either, cities, responses].some((f) => (f?.length ?? 0) > 0);
  if ((asked.intent !== "list" && asked.intent !== "count") || !named) return undefined;
  // A list read from the whole text keeps the story's places unless the question names whose
  // missions it asks about ("…. how many times have US embassies been bombed?").
  if (story && story.intent !== "lookup" && (mission?.length ?? 0) === 0) return undefined;
  const told = story ?? readText(desk, text).reading;
  const residue = [...new Set([...asked.residue, ...told.residue])];
  // "When was the last time the americans' embassy there was burned": the story's place.
  const { cities: storyCities, host: storyHost } = told.filters;
  const there =
    tokenize(question).includes("there") && !asked.filters.cities && !asked.filters.host
      ? { ...(storyCities ? { cities: storyCities } : {}), ...(storyHost ? { host: storyHost } : {}) }
      : {};
  const placed = { ...asked, filters: { ...asked.filters, ...there }, residue };
  const listed = listHits(desk, placed, { text: question, filters });
  return listed.hits.length > 0 ? listed : undefined;
}
