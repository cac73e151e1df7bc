import type { QueryFilters } from "../query/parse-query.js";
import { normalizeText } from "../text/normalize.js";
import { stem } from "../text/stem.js";
import { MISSION_NOUNS } from "../query/cue-words.js";
import { GENERIC_WORDS } from "../text/stopwords.js";
import { hasFilters, passes, type RecordKind } from "./filters.js";
import { candidateMask } from "./candidates.js";
import { rerankWithFuse } from "./fuse-rerank.js";
import { ScoreBoard } from "./score-board.js";
import { FIELD_WEIGHTS, type Doc, type SearchIndex } from "./search-index.js";
import {
  addLexicalScores,
  addPlaceScores,
  addShortlistScores,
  addTimeLawTypeScores,
} from "./signal-scores.js";
import { expandWords, type Expansion } from "./typos.js";
import { salientWords, understandQuery, type CountryRole, type QuerySignals } from "./understand.js";

export type { RecordKind } from "./filters.js";

export interface SearchOptions {
  kinds?: readonly RecordKind[];
  filters?: QueryFilters;
  /** A pasted message: judged by how strongly its names match, not by how much of it matches. */
  longText?: boolean;
  /** The question already read (find-records reads it once for the reading step too). */
  signals?: QuerySignals;
  /** Whose each named country is (the host or the mission's), when the question says so. */
  roles?: ReadonlyMap<string, CountryRole>;
  /**
   * The share of the question a record must explain (MIN_COVERAGE by default). A question already
   * read as legal is wordy in everyday terms ("someone wanted by the police"): the rule that
   * explains its legal words is the answer, even when the rest of the words are the asker's own.
   */
  minCoverage?: number;
  /**
   * Count every word alike in coverage, not by rarity: a legal question's rare words are the
   * asker's everyday ones ("firefighters"), not a name the data lacks. Places count a quarter: "is
   * the american embassy in london part of the usa" asks about a rule, set in a place.
   */
  plainCoverage?: boolean;
}

/** How much a place named in a legal question counts towards a rule's coverage (see plainCoverage). */
const PLACE_WEIGHT_IN_LAW = 0.25;

export interface Hit {
  doc: Doc;
  score: number;
  /** Weighted share of the question's words this record explains (0..1). */
  coverage: number;
}

export interface SearchOutcome {
  /** Ranked confident hits, best first; empty when nothing is a confident match. */
  hits: Hit[];
  /** Near misses to offer as "did you mean", when hits is empty. */
  suggestions: Hit[];
}

/**
 * Confidence rules (README, "How search decides"): a record is an answer when it scores at least
 * MIN_SCORE and explains at least MIN_COVERAGE of the question (or half of it, with two or more
 * words matched exactly); results below RELATIVE_FLOOR of the best answer are dropped.
 */
export const MIN_COVERAGE = 0.6;
export const MIN_SCORE = 2;
export const RELATIVE_FLOOR = 0.3;
const LONG_TEXT_MIN_SCORE = 12;
/** Words every record shares count this much in coverage. */
const GENERIC_WEIGHT = 0.5;
/** Coverage weights: idf / RARITY_SCALE, kept within [RARITY_FLOOR, RARITY_CAP]. */
const RARITY_SCALE = 3;
const RARITY_FLOOR = 0.7;
const RARITY_CAP = 1.5;
const CANDIDATES_FOR_FUSE = 5;
/** The share of a detailed question a record must explain when three of its words name it. */
const DETAILED_MIN_COVERAGE = 0.4;
/** fuse.js reranks only when the runner-up is within this share of the leader; a clear lead needs no second opinion. */
const NEAR_TIE = 0.85;
const MAX_HITS = 50;
/** How much more of a question a near-tied record must explain to lead (see explainsMoreFirst). */
const CLEARLY_MORE_COVERAGE = 0.2;
/** A one-word question of this many letters or fewer must match that word as spelled. */
const LONE_WORD_TYPO_MIN = 5;
/**
 * Nothing far below the best can be answered: records under this share of the best score are dropped
 * before the shortlist adjustments and the sort, which keeps large data cheap.
 */
const SORT_FLOOR = 0.25;
/** The shortlist adjustments (types, verbatim phrase, priors) move records by a few points: the top of the list is enough. */
const SHORTLIST = 200;

export function search(index: SearchIndex, text: string, options: SearchOptions = {}): SearchOutcome {
  const filters = options.filters ?? {};
  const allowed = (doc: Doc) => passes(doc, options.kinds, filters);
  const signals = options.signals ?? understandQuery(text, index.cityPhrases);
  const salient = salientWords(signals);
  if (signals.words.length === 0 && hasFilters(filters)) {
    // Only filters: every record that passes them is an answer, newest first.
    const hits = index.docs
      .filter(allowed)
      .sort((a, b) => b.fromYear - a.fromYear)
      .slice(0, MAX_HITS)
      .map((doc) => ({ doc, score: 1, coverage: 1 }));
    return { hits, suggestions: [] };
  }

  const expansions = expandWords(index, signals.words, !options.longText);
  if (salient.length === 0 && !options.longText && (signals.precedent || signals.types.size > 0)) {
    return { hits: precedents(index, signals, allowed), suggestions: [] };
  }

  // The candidate filter assumes an answer explains half the words; a search that settles for less
  // (a legal question, over the law's few records) scores every record of its kind.
  const halfNeeded = (options.minCoverage ?? MIN_COVERAGE) >= 0.5;
  const mask = onlyKind(
    halfNeeded ? candidateMask(index, signals, salient, expansions, options.longText ?? false) : undefined,
    index,
    options.kinds,
  );
  const board = new ScoreBoard(index.docs.length, [...salient, ...signals.words, ...signals.explained], mask);
  addPlaceScores(index, signals, board, options.roles);
  addLexicalScores(index, signals.words, expansions, board);
  addTimeLawTypeScores(index, signals, board);

  let best = 0;
  for (const doc of board.touched) best = Math.max(best, board.scores[doc]!);
  const byScore = (a: number, b: number) => board.scores[b]! - board.scores[a]!;
  const shortlist = board.touched
    .filter((doc) => board.scores[doc]! >= best * SORT_FLOOR && allowed(index.docs[doc]!))
    .sort(byScore)
    .slice(0, SHORTLIST);
  addShortlistScores(index, signals, normalizeText(text), shortlist, board);
  const sorted = shortlist
    .sort(byScore)
    .slice(0, MAX_HITS)
    .map((doc) => ({ doc: index.docs[doc]!, score: board.scores[doc]! }));
  const leaders = sorted.slice(0, CANDIDATES_FOR_FUSE);
  const nearTie = leaders.length > 1 && leaders[1]!.score >= leaders[0]!.score * NEAR_TIE;
  const reranked = nearTie && !options.longText ? rerankWithFuse(leaders, salient) : leaders;
  const ranked = [...reranked, ...sorted.slice(CANDIDATES_FOR_FUSE)];

  const generic = [...new Set(signals.words.filter((w) => GENERIC_WORDS.has(w)))];
  const places = new Set([...signals.countries.values(), ...signals.cities.values()].flat());
  const weights = salient.map((w) =>
    options.plainCoverage
      ? places.has(w)
        ? PLACE_WEIGHT_IN_LAW
        : 1
      : wordWeight(index, w, expansions.get(w) ?? []),
  );
  const hits = ofTypeNamedFirst(
    explainsMoreFirst(
      ranked.map((r) => ({
        ...r,
        coverage: coverageOf(board, r.doc.index, salient, generic, weights),
      })),
    ),
    signals,
  );
  // A question of one word answers only with records that word names (in a title, an alias, a
  // place or a name), as spelled when it is short: "stats" is no near miss of a record's wording.
  const lone = salient.length === 1 && !options.longText ? salient[0]! : undefined;
  const namedBy = lone ? docsNamedBy(index, expansions.get(lone) ?? []) : undefined;
  // Half the question is enough when two of its words name the record (title, alias, place, name):
  // "freedom of movement of embassy staff" is Article 26; "storming of the bastille date" shares only
  // a type word and the body's "date". Three naming words carry a question full of detail the
  // record does not repeat ("the 80s embassy siege in london where the sas went in on live tv").
  // Built only when a record falls short of MIN_COVERAGE: most questions never need it.
  let naming: Set<number>[] | undefined;
  const namingMatches = (doc: number) => {
    naming ??= salient.map((w) => docsNamedBy(index, [{ key: stem(w), factor: 1 }]));
    const named = salient.filter((w, i) => board.credit(doc, w) === 1 && naming![i]!.has(doc)).length;
    return named + (inTimeAsked(index.docs[doc]!, signals) ? 1 : 0);
  };
  const sole = options.longText ? undefined : onlyIncidentNamed(index, signals);
  const isConfident = (h: Hit) =>
    (h.doc.index === sole && h.coverage > 0) ||
    ((!lone ||
      (namedBy!.has(h.doc.index) &&
        (lone.length > LONE_WORD_TYPO_MIN || exactMatches(board, h.doc.index, salient) === 1))) &&
      (options.longText
        ? h.score >= LONG_TEXT_MIN_SCORE
        : h.score >= MIN_SCORE &&
          (h.coverage >= (options.minCoverage ?? MIN_COVERAGE) ||
            (h.coverage >= 0.5 && namingMatches(h.doc.index) >= 2) ||
            (h.coverage >= DETAILED_MIN_COVERAGE && namingMatches(h.doc.index) >= 3))));
  const confident = fitsRolesFirst(hits.filter(isConfident), options.roles);
  const top = confident[0]?.score ?? 0;
  const answers = confident.filter((h) => h.score >= top * RELATIVE_FLOOR);
  return { hits: answers, suggestions: answers.length === 0 ? hits.slice(0, 3) : [] };
}

/**
 * Weighted share of the question's words a record explains: each salient word counts by how rare
 * it is in the data (a word the data never uses counts most: "storming of the bastille" is about
 * the Bastille), words every record shares count GENERIC_WEIGHT, a typo-corrected match counts
 * less. No salient match, no coverage.
 */
function coverageOf(
  board: ScoreBoard,
  doc: number,
  salient: string[],
  generic: string[],
  weights: number[],
): number {
  const credits = salient.map((w) => board.credit(doc, w));
  if (!credits.some((c) => c > 0)) return 0;
  const got =
    credits.reduce((a, c, i) => a + c * weights[i]!, 0) +
    generic.reduce((sum, w) => sum + board.credit(doc, w) * GENERIC_WEIGHT, 0);
  return got / (weights.reduce((a, b) => a + b, 0) + generic.length * GENERIC_WEIGHT);
}

/** A salient word's weight in coverage: 1 for a word of middling rarity, more for rarer ones. */
function wordWeight(index: SearchIndex, word: string, expansion: Expansion): number {
  const df = Math.max(1, ...expansion.map(({ key }) => index.postings.get(key)?.length ?? 0));
  return Math.min(RARITY_CAP, Math.max(RARITY_FLOOR, Math.log(1 + index.docs.length / df) / RARITY_SCALE));
}

/**
 * Incidents where each country plays the part the words give it ("the german embassy in khartoum")
 * lead those that only share the words: another embassy attacked the same day is not the one asked about.
 */
function fitsRolesFirst(hits: Hit[], roles: ReadonlyMap<string, CountryRole> | undefined): Hit[] {
  const stated = [...(roles ?? [])].filter(([, role]) => role !== "either");
  if (stated.length === 0) return hits;
  const fits = (h: Hit) => {
    if (h.doc.item.kind !== "incident") return true;
    const r = h.doc.item.record;
    return stated.every(([code, role]) => (role === "mission" ? r.missionCountry : r.hostCountry) === code);
  };
  return [...hits.filter(fits), ...hits.filter((h) => !fits(h))];
}

/**
 * Of incidents that score about the same, one that explains clearly more of the question leads:
 * "tupac amaru ambassadors residence peru" is the residence siege, not another Tupac Amaru attack.
 * (Rules are left alone: their coverage counts the asker's own words, which the law seldom repeats.)
 */
function explainsMoreFirst(hits: Hit[]): Hit[] {
  const leader = hits[0];
  if (leader?.doc.item.kind !== "incident") return hits;
  const band = hits.filter((h) => h.doc.item.kind === "incident" && h.score >= leader.score * NEAR_TIE);
  const most = band.reduce((a, h) => (h.coverage > a.coverage ? h : a), leader);
  if (most.coverage - leader.coverage < CLEARLY_MORE_COVERAGE) return hits;
  return [most, ...hits.filter((h) => h !== most)];
}

/**
 * Of incidents that score about the same and explain as much, one of the kind the question names
 * leads: "swedish embassy baghdad burned 2023" is the July fire, not the June breach whose text tells
 * of the Quran burning that set it off.
 */
function ofTypeNamedFirst(hits: Hit[], signals: QuerySignals): Hit[] {
  const leader = hits[0];
  if (signals.types.size === 0 || leader?.doc.item.kind !== "incident") return hits;
  const ofType = (h: Hit) =>
    h.doc.item.kind === "incident" && h.doc.item.record.types.some((t) => signals.types.has(t));
  if (ofType(leader)) return hits;
  const next = hits.find(
    (h) =>
      ofType(h) &&
      h.score >= leader.score * NEAR_TIE &&
      h.coverage >= leader.coverage &&
      fitsAsWell(h.doc, leader.doc, signals),
  );
  return next ? [next, ...hits.filter((h) => h !== next)] : hits;
}

/** The record fits every country, city and time the question names that the other fits. */
function fitsAsWell(doc: Doc, other: Doc, signals: QuerySignals): boolean {
  if (doc.item.kind !== "incident" || other.item.kind !== "incident") return false;
  const [a, b] = [doc.item.record, other.item.record];
  const countriesFit = [...signals.countries.keys()].every(
    (code) =>
      (b.hostCountry !== code && b.missionCountry !== code) ||
      a.hostCountry === code ||
      a.missionCountry === code,
  );
  const cityFits = [...signals.cities.keys()].every((city) => other.city !== city || doc.city === city);
  return countriesFit && cityFits && (!inTimeAsked(other, signals) || inTimeAsked(doc, signals));
}

/** The record began in a year or decade the question names. */
function inTimeAsked(doc: Doc, signals: QuerySignals): boolean {
  if ([...signals.years].some((y) => y === doc.fromYear)) return true;
  return [...signals.decades].some((d) => doc.fromYear >= d && doc.fromYear < d + 10);
}

/** Records where one of these keys appears in a field weightier than the body text. */
function docsNamedBy(index: SearchIndex, expansion: Expansion): Set<number> {
  const named = new Set<number>();
  for (const { key } of expansion)
    for (const p of index.postings.get(key) ?? []) if (p.weight > FIELD_WEIGHTS.body) named.add(p.doc);
  return named;
}

function exactMatches(board: ScoreBoard, doc: number, salient: string[]): number {
  return salient.filter((w) => board.credit(doc, w) === 1).length;
}

/**
 * "Has this happened before?" (or "stormings?"): with nothing more specific to go on, the
 * best-documented incidents of the types named, most documented first. With no type named, the
 * question the bot exists for is assumed: incidents that were above all a storming.
 */
function precedents(index: SearchIndex, signals: QuerySignals, allowed: (doc: Doc) => boolean): Hit[] {
  const named = signals.types.size > 0;
  const matches = (doc: Doc) =>
    doc.item.kind === "incident" &&
    (named
      ? doc.item.record.types.some((t) => signals.types.has(t))
      : doc.item.record.types[0] === "storming");
  return index.docs
    .filter((doc) => matches(doc) && allowed(doc))
    .map((doc) => ({
      doc,
      score: doc.fame,
      coverage: 1,
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_HITS);
}

/** A search for one kind of record scores only that kind: the law's few records, not every incident. */
function onlyKind(
  mask: Uint8Array | undefined,
  index: SearchIndex,
  kinds: readonly RecordKind[] | undefined,
): Uint8Array | undefined {
  if (!kinds || kinds.length !== 1) return mask;
  const kindMask = index.kindMasks[kinds[0]!];
  if (!mask) return kindMask;
  const both = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) both[i] = mask[i]! & kindMask[i]!;
  return both;
}

/**
 * The one incident the question's structure names: a mission or its people, the countries and
 * cities, and a kind of attack (and the year, when one is given) that only one incident in the data
 * has. "Cocktail party siege in bogota, ambassadors held 61 days" is the 1980 siege of the
 * Dominican embassy, whatever details the record words otherwise.
 */
function onlyIncidentNamed(index: SearchIndex, signals: QuerySignals): number | undefined {
  if (signals.types.size === 0 || !signals.words.some((w) => MISSION_NOUNS.has(w))) return undefined;
  const places = [
    ...[...signals.countries.keys()].map((code) => index.docsByCountry.get(code) ?? []),
    ...[...signals.cities.keys()].map((city) => index.docsByCity.get(city) ?? []),
  ];
  if (places.length === 0) return undefined;
  const [first, ...rest] = places;
  const within = rest.map((docs) => new Set(docs));
  let found: number | undefined;
  for (const doc of new Set(first)) {
    const d = index.docs[doc]!;
    if (d.item.kind !== "incident" || !within.every((set) => set.has(doc))) continue;
    if (!d.item.record.types.some((t) => signals.types.has(t))) continue;
    if (signals.years.size > 0 && ![...signals.years].some((y) => y >= d.fromYear && y <= d.toYear)) continue;
    if (found !== undefined) return undefined;
    found = doc;
  }
  return found;
}
