import type { Desk } from "./desk.js";
import type { Found } from "./find-records.js";
import type { ParsedQuery, QueryFilters } from "./query/parse-query.js";
import type { Reading } from "./query/read-question.js";
import { passes } from "./search/filters.js";
import { normalizeText, tokenize } from "./text/normalize.js";
import { stem } from "./text/stem.js";
import { namesAmong } from "./search/proper-nouns.js";
import { HARM_WORDS, LEGAL_CUES } from "./query/cue-words.js";
import { search, type Hit } from "./search/rank.js";
import type { Doc } from "./search/search-index.js";

/** How many rules a legal answer lists before the incidents that illustrate the first. */
const RULES_BEFORE_ILLUSTRATIONS = 3;
/** How many incidents a legal answer shows to illustrate the rule. */
const ILLUSTRATIONS = 3;
/** How much of a legal question a rule must explain (see SearchOptions.minCoverage). */
const LEGAL_MIN_COVERAGE = 0.3;
/**
 * A legal question full of the asker's own words ("landlord wants to sue a diplomat for unpaid
 * rent") may share only one with the rule that answers it: the best-scoring rule needs this much.
 */
const LEGAL_LEADER_MIN_COVERAGE = 0.2;
/** How much of a question not read as legal a rule must explain to be its answer after all. */
const NAMED_MIN_COVERAGE = 0.45;
/** How well a note must match, against the best record, to explain a term before the articles. */
const DEFINITION_MIN_SHARE = 0.6;
/**
 * Words that name a treaty ("the 1973 new york convention") or ask about the treaty itself (when it
 * was adopted, who signed it), rather than about what it requires.
 */
const TREATY_ITSELF_WORDS = new Set(
  `convention conventions treaty treaties vienna new york internationally protected persons person ipp vcdr vccr
  diplomatic consular relations prevention punishment crimes against including agents adopted adoption signed
  signing signatories ratified ratify ratification parties party force entered entry year date text full
  history drafted`.split(/\s+/),
);
/**
 * The question in the treaties' words, for finding the rule only: what people call someone (a consul
 * general is the consular convention's "consular officer", its articles 40, 41 and 43, while a story
 * about "the consul-general" still reads as the incident it tells of), and "the law" named as the
 * body of law asked, which is no word of any one rule.
 */
const LAW_WORDS: readonly [RegExp, string][] = [
  // The person, not the consul general's home or office ("is a consul general's home inviolable").
  [
    /\bconsul general\b(?! (home|house|residence|flat|apartment|office|offices|premises|car))/g,
    "consul general consular officer",
  ],
  // "What does the law require of the host", "under international law": the law asked about, not a
  // rule about obeying it ("must diplomats obey the law" keeps the word).
  [
    /\b(?:the|international) laws? (say|says|require|requires|allow|allows|permit|permits|demand|demands|expect|expects)\b/g,
    "$1",
  ],
  [/\b(?:under|according to) (?:the |international )?laws?\b/g, ""],
];

/**
 * "Does the vienna convention cover consulates", "is a consulate covered by it": whom a treaty
 * covers is asked of the treaty itself ("what crimes does the 1973 convention cover" asks for the
 * article that lists them). "Does the vcdr apply to consulates" is left to the articles, which
 * answer it with the consular convention's.
 */
const SCOPE_ASKED = [
  /\b(?:cover|covers) (?:the |an? )?(?:consulates?|embass(?:y|ies)|missions?|diplomats?|consuls?)\b/,
  /\b(?:consulates?|embass(?:y|ies)|missions?|diplomats?|consuls?) (?:are |is )?covered by\b/,
];
const SCOPE_WORDS = new Set(["cover", "covers", "covered", "only", "too", "also"]);

function asksScope(text: string): boolean {
  const normalized = normalizeText(text);
  return SCOPE_ASKED.some((asked) => asked.test(normalized));
}

function inTheLawsWords(text: string): string {
  const normalized = normalizeText(text);
  const worded = LAW_WORDS.reduce((t, [said, law]) => t.replace(said, law), normalized);
  return worded === normalized ? text : worded;
}

/** How much of a legal question an incident must explain for the question to be about it. */
const INCIDENT_ASKED_COVERAGE = 0.7;
/** …and lead the next incident by this much: two alike ("the ugandan embassy in kinshasa was attacked") are no one incident. */
const INCIDENT_ASKED_LEAD = 0.85;
/** What a list of the World Court's cases is asked for by. */
const CASE_NOUNS = new Set(["case", "cases", "judgments", "judgements", "rulings"]);
/** A legal question no rule matches by name gets the rules most often at stake, this many. */
const GENERAL_RULES = 3;

/** How much of a story's other words a precedent must share to lead the list. */
export const PRECEDENT_MIN_COVERAGE = 0.3;

/**
 * A list or a count: every incident that fits what the words name (region, country, period, type,
 * host response), and nothing else. A list puts the ones the other words match best first, then the
 * best known; a count lists them in date order. Incidents of another type that included the type
 * asked (the 1979 Tehran storming, for hostage-takings) are named apart, best known first.
 */
export function listHits(desk: Desk, asked: Reading, parsed: ParsedQuery): Found {
  const named = namedList(desk, asked, listFilters(desk, asked, parsed));
  const { reading, filters } = named;
  const fits = (doc: Doc) => passes(doc, ["incident"], filters) && (!named.docs || named.docs.has(doc.index));
  const hit = (doc: Doc, score: number): Hit => ({ doc, score, coverage: 1 });
  const alsoOfType = partlyOfType(desk, filters).map((d) => hit(d, d.fame));
  const also = alsoOfType.length > 0 ? { alsoOfType } : {};
  if (reading.intent === "count") {
    const hits = desk.index.incidentsByDate.filter(fits);
    return { hits: hits.map((d) => hit(d, 1)), suggestions: [], reading, count: hits.length, ...also };
  }
  // The few the other words match best lead; the rest follow best known first, already in that order.
  const byResidue = (f: QueryFilters) =>
    search(desk.index, reading.residue.join(" "), {
      filters: f,
      kinds: ["incident"],
      roles: reading.roles,
      // A story's other words are many and mostly its own ("today", "toronto"): the precedents that
      // share a few of them ("sikh", "flag") lead.
      ...(reading.precedents ? { minCoverage: PRECEDENT_MIN_COVERAGE } : {}),
    }).hits.filter((h) => !named.docs || named.docs.has(h.doc.index));
  const matched = reading.residue.length === 0 ? [] : byResidue(filters);
  // "Cartoon protests damascus embassies burned": when the other words match none of the type asked
  // above all, the ones they match where that type was one part lead (the 2006 stormings, burned).
  const partly = matched.length === 0 && reading.residue.length > 0 && alsoOfType.length > 0;
  // Only those the other words name outright: "consul general shot dead in car" matches many in part.
  const partlyNamed = partly ? byResidue({ ...filters, anyType: true }).filter((h) => h.coverage >= 1) : [];
  const leading = (partly ? partlyNamed : matched).map((h) => h.doc);
  const led = new Set(leading.map((d) => d.index));
  // "Last time protesters breached a us embassy": those the other words match, then the rest, each newest first.
  const rest = reading.newest ? [...desk.index.incidentsByDate].reverse() : desk.index.incidentsByFame;
  const docs = [
    ...(reading.newest ? [...leading].sort(byDateDescending) : leading),
    ...rest.filter((d) => !led.has(d.index) && fits(d)),
  ];
  return { hits: docs.map((d) => hit(d, d.fame)), suggestions: [], reading, count: docs.length, ...also };
}

/**
 * "Embassies attacked over the innocence of muslims film", "asala attacks on turkish diplomats": a
 * list whose other words are names the incidents use asks for the incidents that use them, of any
 * type that was one part of them; not for the precedents of news that names them, and not when no
 * incident names them all.
 */
function namedList(
  desk: Desk,
  reading: Reading,
  filters: QueryFilters,
): { reading: Reading; filters: QueryFilters; docs?: ReadonlySet<number> } {
  const names = reading.precedents ? [] : namesAmong(desk.names, reading.residue.map(stem));
  if (names.length === 0) return { reading, filters };
  const holding = names
    .flatMap((k) => k.split(" "))
    .map((k) => new Set((desk.index.postings.get(k) ?? []).map((p) => p.doc)));
  // A pair of words is a name only written together: "Red Guards", not "Red Army" and a "guard".
  const pairs = names.filter((k) => k.includes(" ")).map((k) => normalizeText(desk.names.get(k)!));
  const docs = new Set(
    [...holding[0]!].filter(
      (d) =>
        holding.every((set) => set.has(d)) && pairs.every((p) => desk.index.docs[d]!.phraseText.includes(p)),
    ),
  );
  const anyType = filters.types ? { ...filters, anyType: true } : filters;
  if (!desk.index.incidentsByDate.some((d) => docs.has(d.index) && passes(d, ["incident"], anyType)))
    return { reading, filters };
  const naming = `naming ${names.map((k) => desk.names.get(k)).join(" and ")}`;
  return { reading: { ...reading, understood: [...reading.understood, naming] }, filters: anyType, docs };
}

/** The incidents a type filter leaves out although the type was one part of them, best known first. */
function partlyOfType(desk: Desk, filters: QueryFilters): Doc[] {
  if (!filters.types || filters.anyType) return [];
  const anyType = { ...filters, anyType: true };
  return desk.index.incidentsByFame.filter(
    (d) => passes(d, ["incident"], anyType) && !passes(d, ["incident"], filters),
  );
}

/**
 * A legal question: the law first — the instrument the words steer to ("taken to court" → the ICJ
 * cases, "consulate" → the VCCR) before the rest, by how well its records match the words or else
 * by how often they are at stake; a question no rule matches by name gets the rules most often at
 * stake (unless `namedOnly`) — then the incidents that illustrate the first rule. A list of law
 * ("which articles…") gets the law only.
 */
export function legalHits(
  desk: Desk,
  reading: Reading,
  parsed: ParsedQuery,
  illustrate: boolean,
  { namedOnly = false }: { namedOnly?: boolean } = {},
): Found {
  const { index } = desk;
  const steered = (doc: Doc) =>
    doc.item.kind === "duty" && reading.instruments.has(doc.item.record.instrument);
  const asHit = (doc: Doc): Hit => ({ doc, score: 1, coverage: 1 });
  const found = search(index, inTheLawsWords(parsed.text), {
    kinds: ["duty"],
    filters: parsed.filters,
    minCoverage: namedOnly ? NAMED_MIN_COVERAGE : LEGAL_LEADER_MIN_COVERAGE,
    plainCoverage: true,
  }).hits.filter((h, i) => namedOnly || i === 0 || h.coverage >= LEGAL_MIN_COVERAGE);
  // "What does X mean": the notes that explain a term, and the articles that define terms, when
  // they match about as well as the best (a weak match on a note is no answer to the question).
  const explains = explainsTerm(found[0]?.score ?? 0);
  // A question about an embassy or a diplomat is not answered from the consular convention first.
  const isConsular = (h: Hit) => h.doc.item.kind === "duty" && h.doc.item.record.instrument === "VCCR";
  const fitting = reading.diplomaticOnly ? partition(found, (h) => !isConsular(h)) : found;
  // "Article 2 of the 1973 convention": the article named, of the instrument named, before all else.
  const isNamed = (h: Hit) =>
    h.doc.item.kind === "duty" &&
    reading.articles.has(h.doc.item.record.article ?? "") &&
    (reading.instruments.size === 0 || reading.instruments.has(h.doc.item.record.instrument));
  const named = partition(fitting, isNamed);
  // "Which crimes must states punish under the 1973 convention": what a treaty requires is in its
  // articles; the treaty as a whole leads only when the question says no more than its name.
  const scope = asksScope(parsed.text);
  const asksMore = reading.residue.some((w) => !TREATY_ITSELF_WORDS.has(w) && !(scope && SCOPE_WORDS.has(w)));
  const byName = asksMore ? partition(named, (h) => !isTreatyWithArticleIn(h, named)) : named;
  const matched = reading.definition ? partition(byName, explains) : byName;
  const general = desk.keyDuties
    .map((d) => index.docById.get(d.id)!)
    .filter((doc) => reading.instruments.size === 0 || steered(doc))
    .map(asHit);
  // Only the rules its words name: the question was not read as legal, so no general rules.
  if (namedOnly && matched.length === 0) return { hits: [], suggestions: [], reading };
  const matchedSteered = matched.filter((h) => steered(h.doc));
  const steeredFirst =
    matchedSteered.length > 0
      ? matchedSteered
      : reading.instruments.size > 0
        ? general.slice(0, GENERAL_RULES)
        : [];
  // "What does X mean", "embassy vs consulate": the note that explains it, before any instrument.
  const explained = reading.definition ? matched.filter(explains).slice(0, 1) : [];
  // "Legally, is a consulate the same as an embassy?": a note that far outscores the rules the
  // words steer to is what they name outright (see steeredFirst).
  const leader = matched[0];
  const noteNamed =
    leader?.doc.item.kind === "duty" &&
    leader.doc.item.record.instrument === "CONCEPT" &&
    matchedSteered.length > 0 &&
    leader.score >= matchedSteered[0]!.score * NOTE_NAMED
      ? [leader]
      : [];
  let duties = uniqueHits([
    ...explained,
    ...noteNamed,
    ...steeredFirst,
    ...matched.filter((h) => !steered(h.doc)),
  ]);
  if (reading.lawList) {
    duties = uniqueHits([
      ...duties.filter((h) => reading.instruments.size === 0 || steered(h.doc)),
      ...general,
    ]);
    // "Which icj cases concern the vienna convention on consular relations": the cases, not the
    // convention's articles that steered the ranking.
    const casesAsked = reading.instruments.has("ICJ") && tokenize(parsed.text).some((t) => CASE_NOUNS.has(t));
    if (casesAsked)
      duties = duties.filter((h) => h.doc.item.kind === "duty" && h.doc.item.record.instrument === "ICJ");
  } else if (duties.length === 0 && (reading.aboutMissions || reading.hostObliged))
    duties = general.slice(0, GENERAL_RULES);
  if (!illustrate || reading.lawList || duties.length === 0)
    return { hits: duties, suggestions: [], reading };
  // A question about one incident in the data: the rules that incident engaged, then the incident.
  const incident = reading.definition ? undefined : incidentAskedAbout(desk, reading, parsed);
  if (incident) duties = citedFirst(duties, incident, index, reading);
  else duties = familyRuleFirst(duties, parsed.text);
  // The rules that fit best, then the incidents: a page shows both.
  duties = duties.slice(0, RULES_BEFORE_ILLUSTRATIONS);
  if (duties.length < RULES_BEFORE_ILLUSTRATIONS)
    duties = uniqueHits([...duties, ...general]).slice(0, RULES_BEFORE_ILLUSTRATIONS);
  const top = duties[0]!.doc.item.record.id;
  const illustrations = uniqueHits(
    [...(incident ? [incident] : []), ...(desk.illustrations.get(top) ?? [])].map((doc) => ({
      doc,
      score: 0.5,
      coverage: 1,
    })),
  ).slice(0, ILLUSTRATIONS);
  return { hits: [...duties, ...illustrations], suggestions: [], reading };
}

/**
 * The incident a legal question tells of ("was the storming of the british embassy in tehran in 2011
 * a breach of the vienna convention"): one in a place the question names, that explains nearly all
 * its other words, well ahead of any other; and the question must tell what happened (a kind of
 * attack, a year, "strike", "raided"). "Is the us
 * embassy in london american territory" asks about embassies, not about an event there; a question
 * that names an article asks about the article.
 */
function incidentAskedAbout(desk: Desk, reading: Reading, parsed: ParsedQuery): Doc | undefined {
  const { filters } = reading;
  const places = [filters.cities, filters.host, filters.mission, filters.either].flatMap((f) => f ?? []);
  const tellsEvent =
    (filters.types?.length ?? 0) > 0 ||
    filters.from !== undefined ||
    tokenize(parsed.text).some((t) => HARM_WORDS.has(t));
  if (places.length === 0 || !tellsEvent || reading.articles.size > 0) return undefined;
  // The incident is told by the words that are not the law's: "…, was it a breach of international law".
  const told = tokenize(parsed.text)
    .filter((t) => !LEGAL_CUES.has(t) && t !== "international")
    .join(" ");
  const [best, next] = search(desk.index, told, { kinds: ["incident"], roles: reading.roles }).hits;
  if (!best || best.coverage < INCIDENT_ASKED_COVERAGE || best.doc.item.kind !== "incident") return undefined;
  const r = best.doc.item.record;
  // Two alike in one place between the same two states that engaged the same law (the Swedish
  // embassy in Baghdad, June and July 2023): either answers what the host owed.
  const sameSides = (doc: Doc) =>
    doc.item.kind === "incident" &&
    doc.item.record.hostCountry === r.hostCountry &&
    doc.item.record.missionCountry === r.missionCountry &&
    doc.item.record.city === r.city &&
    [...doc.item.record.duties].sort().join() === [...r.duties].sort().join();
  if (next && next.score >= best.score * INCIDENT_ASKED_LEAD && !sameSides(next.doc)) return undefined;
  const inPlace = places.some(
    (p) => p === r.hostCountry || p === r.missionCountry || p === normalizeText(r.city),
  );
  return inPlace ? best.doc : undefined;
}

/** The rules an incident engaged first, in the order the question's words rank them, then the rest. */
function citedFirst(duties: Hit[], incident: Doc, index: Desk["index"], reading: Reading): Hit[] {
  if (incident.item.kind !== "incident") return duties;
  const cited = incident.item.record.duties;
  const isSteered = (h: Hit) =>
    h.doc.item.kind === "duty" && reading.instruments.has(h.doc.item.record.instrument);
  const unmatched = rulesCitedBy(incident, index)
    .filter((doc) => !duties.some((h) => h.doc === doc))
    .map((doc) => ({ doc, score: 1, coverage: 1 }));
  const isCited = (h: Hit) => cited.includes(h.doc.item.record.id);
  const all = [...duties, ...unmatched];
  // The instrument the words steer to still comes first ("what did the court say" is the ICJ's).
  return uniqueHits([
    ...all.filter((h) => isSteered(h) && isCited(h)),
    ...all.filter(isSteered),
    ...all.filter(isCited),
    ...duties,
  ]);
}

/** The rules an incident's record cites as engaged, in its order (none for a rule). */
export function rulesCitedBy(incident: Doc, index: Desk["index"]): Doc[] {
  if (incident.item.kind !== "incident") return [];
  return incident.item.record.duties.flatMap((id) => index.docById.get(id) ?? []);
}

/** Every incident that fits what the words and the typed filters name, in data order. */
export function matchingDocs(desk: Desk, reading: Reading, parsed: ParsedQuery): Doc[] {
  const filters = listFilters(desk, reading, parsed);
  return desk.index.incidentsByDate.filter((doc) => passes(doc, ["incident"], filters));
}

/**
 * The filters a list or a count applies. A type holds the incidents that were above all that type;
 * when none was, those where it was one part of the attack, rather than nothing (the hostages of a
 * siege recorded above all as a siege).
 */
function listFilters(desk: Desk, reading: Reading, parsed: ParsedQuery): QueryFilters {
  const filters = mergeFilters(reading.filters, parsed.filters);
  if (!filters.types) return filters;
  const some = desk.index.incidentsByDate.some((doc) => passes(doc, ["incident"], filters));
  return some ? filters : { ...filters, anyType: true };
}

/** Typed filters (`host:IR`) win over what the words imply, key by key. */
function mergeFilters(fromWords: QueryFilters, typed: QueryFilters): QueryFilters {
  return { ...fromWords, ...Object.fromEntries(Object.entries(typed).filter(([, v]) => v !== undefined)) };
}

const FAMILY_WORDS = new Set(["family", "families"]);
/** Whose family the question is about: a diplomat's ("his family", "diplomat family"), not a victim's. */
const FAMILY_OF = new Set(
  "diplomat diplomats ambassador ambassadors consul his her their my our your".split(" "),
);
const AGENT_WORDS = new Set(["agent", "agents"]);

/**
 * "Does a diplomat's wife have immunity if she kills someone in a car crash": the question is about
 * a diplomat's family (everyday-words reads wives, husbands, sons and kids as the family), so the
 * rule whose title names the family leads the rules on diplomatic agents it extends to them.
 */
function familyRuleFirst(duties: Hit[], text: string): Hit[] {
  const tokens = tokenize(text);
  if (!tokens.some((t, i) => FAMILY_WORDS.has(t) && FAMILY_OF.has(tokens[i - 1] ?? ""))) return duties;
  const titled = (h: Hit, words: ReadonlySet<string>) =>
    h.doc.item.kind === "duty" && tokenize(h.doc.item.record.title).some((t) => words.has(t));
  const at = duties.slice(0, RULES_BEFORE_ILLUSTRATIONS).findIndex((h) => titled(h, FAMILY_WORDS));
  if (at <= 0 || !duties.slice(0, at).every((h) => titled(h, AGENT_WORDS))) return duties;
  return [duties[at]!, ...duties.filter((_, i) => i !== at)];
}

function uniqueHits(hits: Hit[]): Hit[] {
  const seen = new Set<number>();
  return hits.filter((h) => !seen.has(h.doc.index) && seen.add(h.doc.index));
}

/**
 * Rules found as a lookup, ordered as a legal answer orders them: those of the instruments the
 * words steer to first ("customs want to open a consulate's sealed bag" is the consular bag).
 */
/**
 * A note on a concept, or an article of definitions, that matches about as well as the best record
 * (`best`): the answer to "what does X mean" (a weak match on a note is no answer to it).
 */
function explainsTerm(best: number): (h: Hit) => boolean {
  return (h) =>
    h.doc.item.kind === "duty" &&
    (h.doc.item.record.kind === "concept" || /^definitions?\b/i.test(h.doc.item.record.title)) &&
    h.score >= best * DEFINITION_MIN_SHARE;
}

/** "What is a protecting power", read as a lookup: the note that explains the term leads. */
export function explainedFirst(hits: Hit[], reading: Reading): Hit[] {
  if (!reading.definition || hits[0]?.doc.item.kind !== "duty") return hits;
  const note = hits.find(explainsTerm(hits[0].score));
  return note ? uniqueHits([note, ...hits]) : hits;
}

/** How far a note must outscore the instrument's best record to stay before it (see steeredFirst). */
const NOTE_NAMED = 1.5;

export function steeredFirst(hits: Hit[], reading: Reading): Hit[] {
  if (reading.instruments.size === 0 || hits[0]?.doc.item.kind !== "duty") return hits;
  const steered = (h: Hit) =>
    h.doc.item.kind === "duty" && reading.instruments.has(h.doc.item.record.instrument);
  const ordered = partition(hits, steered);
  // A note the question names outright ("is a consul a diplomat") stays first: it explains the
  // instrument the words steer to, beside the other.
  const leader = hits[0];
  const note = leader.doc.item.kind === "duty" && leader.doc.item.record.instrument === "CONCEPT";
  const named = note && leader.score >= (ordered[0]?.score ?? 0) * NOTE_NAMED;
  return named && !steered(leader) ? [leader, ...ordered.filter((h) => h !== leader)] : ordered;
}

/** The items that pass first, then the rest, each in their order. */
function partition(hits: Hit[], first: (h: Hit) => boolean): Hit[] {
  return [...hits.filter(first), ...hits.filter((h) => !first(h))];
}

/** A treaty as a whole, one of whose articles is among the hits. */
function isTreatyWithArticleIn(hit: Hit, hits: Hit[]): boolean {
  const item = hit.doc.item;
  if (item.kind !== "duty" || item.record.kind !== "instrument") return false;
  const instrument = item.record.instrument;
  return hits.some(
    (h) =>
      h.doc.item.kind === "duty" &&
      h.doc.item.record.kind !== "instrument" &&
      h.doc.item.record.instrument === instrument,
  );
}

function byDateDescending(a: Doc, b: Doc): number {
  const date = (d: Doc) => (d.item.kind === "incident" ? d.item.record.date : "");
  return date(b).localeCompare(date(a));
}
