import Fuse from "fuse.js";
import type { QueryFilters } from "../query/parse-query.js";
import { normalizeText } from "../text/normalize.js";
import { GENERIC_WORDS } from "../text/stopwords.js";
import { allowedTypos, editDistance } from "../text/edit-distance.js";
import { stem } from "../text/stem.js";
import { FIELD_WEIGHTS, type Doc, type SearchIndex } from "./search-index.js";
import { salientWords, understandQuery, type QuerySignals } from "./understand.js";

export type RecordKind = "incident" | "duty";

export interface SearchOptions {
  kinds?: readonly RecordKind[];
  filters?: QueryFilters;
  /** A pasted message: judged by how strongly its names match, not by how much of it matches. */
  longText?: boolean;
}

export interface Hit {
  doc: Doc;
  score: number;
  /** Share of the question's salient words this record explains (0..1). */
  coverage: number;
}

export interface SearchOutcome {
  /** Ranked confident hits, best first; empty when nothing is a confident match. */
  hits: Hit[];
  /** Near misses to offer as "did you mean", when hits is empty. */
  suggestions: Hit[];
}

/**
 * Confidence rules (documented in the README, "How search decides"):
 * a record is an answer when it explains at least MIN_COVERAGE of the question's salient words
 * and scores at least MIN_SCORE; results below RELATIVE_FLOOR of the best are dropped.
 */
export const MIN_COVERAGE = 0.6;
export const MIN_SCORE = 2;
export const RELATIVE_FLOOR = 0.3;
const LONG_TEXT_MIN_SCORE = 12;
/** The lexical score picks the field; fuse.js only reorders the leaders, where a near tie needs telling apart. */
const CANDIDATES_FOR_FUSE = 8;
const FUSE_WEIGHT = 1.5;
const MAX_HITS = 50;
/** A word in fewer records than this may be a typo of a commoner word, so its near spellings count too. */
const RARE_WORD_DF = 3;
const TYPO_FACTOR = 0.8;
const GENERIC_WEIGHT = 0.5;
/** A question of three or more words found verbatim in a record (a quoted treaty phrase) is a strong signal. */
const PHRASE_BONUS = 12;

export function search(index: SearchIndex, text: string, options: SearchOptions = {}): SearchOutcome {
  const signals = understandQuery(text, index.cityPhrases);
  const salient = salientWords(signals);
  const filters = options.filters ?? {};
  const allowed = (doc: Doc) => passesKinds(doc, options.kinds) && passesFilters(doc, filters);
  const scores = new Map<number, ScoreEntry>();
  const entry = (doc: number) => {
    let e = scores.get(doc);
    if (!e) scores.set(doc, (e = { score: 0, matched: new Map() }));
    return e;
  };

  addLexicalScores(index, signals.words, entry);
  addStructuredScores(index, signals, entry);
  addPhraseBonus(index, text, scores);
  addPriors(index, signals, scores);

  if (salient.length === 0 && signals.words.length === 0 && hasFilters(filters)) {
    // Only filters: every record that passes them is an answer, newest first.
    const hits = index.docs
      .filter(allowed)
      .sort((a, b) => b.fromYear - a.fromYear)
      .slice(0, MAX_HITS)
      .map((doc) => ({ doc, score: 1, coverage: 1 }));
    return { hits, suggestions: [] };
  }

  const sorted = [...scores.entries()]
    .filter(([doc]) => allowed(index.docs[doc]!))
    .map(([doc, e]) => ({ doc: index.docs[doc]!, score: e.score, matched: e.matched }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_HITS);
  const leaders = sorted.slice(0, CANDIDATES_FOR_FUSE);
  const ranked = [
    ...(options.longText ? leaders : rerankWithFuse(leaders, salient)),
    ...sorted.slice(CANDIDATES_FOR_FUSE),
  ];

  const hits = ranked.map((r) => ({
    doc: r.doc,
    score: r.score,
    coverage: coverageOf(r.matched, salient, signals.words),
    exact: salient.filter((w) => (r.matched.get(w) ?? 0) >= 1).length,
  }));
  const confident = hits.filter((h) =>
    options.longText ? h.score >= LONG_TEXT_MIN_SCORE : h.score >= MIN_SCORE && isCovered(h, salient),
  );
  const top = confident[0]?.score ?? 0;
  const answers = confident.filter((h) => h.score >= top * RELATIVE_FLOOR).slice(0, MAX_HITS);
  const strip = ({ doc, score, coverage }: Hit): Hit => ({ doc, score, coverage });
  return { hits: answers.map(strip), suggestions: answers.length === 0 ? hits.slice(0, 3).map(strip) : [] };
}

/**
 * Tie-breakers between records that match equally: a better-documented incident (more sources
 * and names) is likelier the one meant; the diplomatic convention is the default over the consular one, and its articles over the notes explaining them.
 */
function addPriors(index: SearchIndex, signals: QuerySignals, scores: Map<number, ScoreEntry>): void {
  for (const [doc, e] of scores) {
    const item = index.docs[doc]!.item;
    if (item.kind === "incident") {
      e.score += Math.min(2, 0.2 * (item.record.aliases.length + item.record.sources.length));
    } else if (item.record.instrument === "VCDR" && signals.instruments.size === 0) {
      // The treaty text itself outranks a concept note that explains it.
      e.score += item.record.kind === "article" ? 3 : 1;
    }
  }
}

function addPhraseBonus(index: SearchIndex, text: string, scores: Map<number, { score: number }>): void {
  const phrase = normalizeText(text);
  if (phrase.split(" ").length < 3) return;
  for (const [doc, e] of scores) if (index.docs[doc]!.phraseText.includes(phrase)) e.score += PHRASE_BONUS;
}

/** Per record: its score so far and, for each query word it explains, how surely (1 exact, TYPO_FACTOR a typo). */
interface ScoreEntry {
  score: number;
  matched: Map<string, number>;
}
type Entry = (doc: number) => ScoreEntry;

/** Enough of the question explained, or half of it with at least two words matched exactly (names, places). */
function isCovered(hit: { coverage: number; exact: number }, salient: string[]): boolean {
  return hit.coverage >= MIN_COVERAGE || (hit.coverage >= 0.5 && hit.exact >= 2 && salient.length >= 2);
}

function mark(e: ScoreEntry, word: string, quality: number): void {
  e.matched.set(word, Math.max(e.matched.get(word) ?? 0, quality));
}

/**
 * Weighted share of the question's words a record explains: salient words count 1, words every
 * record shares count GENERIC_WEIGHT, a typo-corrected match counts half. No salient match, no coverage.
 */
function coverageOf(matched: Map<string, number>, salient: string[], words: string[]): number {
  if (!salient.some((w) => matched.has(w))) return 0;
  const generic = [...new Set(words.filter((w) => GENERIC_WORDS.has(w)))];
  const total = salient.length + generic.length * GENERIC_WEIGHT;
  const got =
    salient.reduce((sum, w) => sum + matchCredit(matched.get(w)), 0) +
    generic.reduce((sum, w) => sum + matchCredit(matched.get(w)) * GENERIC_WEIGHT, 0);
  return got / total;
}

function matchCredit(quality: number | undefined): number {
  if (quality === undefined) return 0;
  return quality >= 1 ? 1 : 0.5;
}

function addLexicalScores(index: SearchIndex, words: string[], entry: Entry): void {
  const total = index.docs.length;
  for (const word of new Set(words)) {
    for (const { key, factor } of expandWord(index, word)) {
      const postings = index.postings.get(key);
      if (!postings) continue;
      const idf = Math.log(1 + total / postings.length);
      for (const p of postings) {
        const e = entry(p.doc);
        e.score += idf * p.weight * factor;
        mark(e, word, factor);
      }
    }
  }
}

/**
 * The word itself and, for a word the data rarely or never uses, its close spellings (typos):
 * words with the same first letter within an edit-distance bound ("bengazi", not "rather" for "weather").
 */
function expandWord(index: SearchIndex, word: string): { key: string; factor: number }[] {
  const key = stem(word);
  const exact = index.postings.get(key);
  const self = exact ? [{ key, factor: 1 }] : [];
  if (
    (exact && exact.length >= RARE_WORD_DF) ||
    word.length < 4 ||
    /^\d/.test(word) ||
    GENERIC_WORDS.has(word)
  )
    return self;
  const max = allowedTypos(word);
  const corrections = new Map<string, number>();
  for (const candidate of index.vocabulary.get(word[0]!) ?? []) {
    if (candidate === word || Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    const candidateKey = stem(candidate);
    if (distance <= max && candidateKey !== key)
      corrections.set(candidateKey, Math.min(distance, corrections.get(candidateKey) ?? max));
  }
  const closest = [...corrections.entries()].sort((a, b) => a[1] - b[1]).slice(0, 2);
  return [...self, ...closest.map(([k]) => ({ key: k, factor: TYPO_FACTOR }))];
}

function addStructuredScores(index: SearchIndex, signals: QuerySignals, entry: Entry): void {
  for (const [code, words] of signals.countries) {
    for (const doc of index.docsByCountry.get(code) ?? []) {
      const item = index.docs[doc]!.item;
      if (item.kind !== "incident") continue;
      const e = entry(doc);
      e.score += item.record.missionCountry === code ? 3 : 2;
      words.forEach((w) => mark(e, w, 1));
    }
  }
  for (const [city, words] of signals.cities) {
    for (const doc of index.docsByCity.get(city) ?? []) {
      const e = entry(doc);
      e.score += 4;
      words.forEach((w) => mark(e, w, 1));
    }
  }
  const wantsTime = signals.years.size > 0 || signals.decades.size > 0;
  const wantsArticle = signals.articles.size > 0 || signals.instruments.size > 0;
  if (!wantsTime && !wantsArticle && signals.types.size === 0) return;
  for (const doc of index.docs) {
    const boost = timeBoost(doc, signals) + typeBoost(doc, signals) + lawBoost(doc, signals);
    if (boost <= 0) continue;
    const e = entry(doc.index);
    e.score += boost;
    for (const year of signals.years)
      if (year >= doc.fromYear && year <= doc.toYear) mark(e, String(year), 1);
    if (
      doc.item.kind === "duty" &&
      doc.item.record.article &&
      signals.articles.has(doc.item.record.article)
    ) {
      mark(e, doc.item.record.article, 1);
    }
  }
}

function timeBoost(doc: Doc, signals: QuerySignals): number {
  let boost = 0;
  for (const year of signals.years) {
    if (year === doc.fromYear) boost += 3;
    else if (year >= doc.fromYear && year <= doc.toYear) boost += 2;
    else if (Math.abs(year - doc.fromYear) === 1) boost += 0.5;
  }
  for (const decade of signals.decades)
    if (doc.fromYear >= decade && doc.fromYear < decade + 10) boost += 1.5;
  return boost;
}

function typeBoost(doc: Doc, signals: QuerySignals): number {
  if (doc.item.kind !== "incident") return 0;
  return doc.item.record.types.filter((t) => signals.types.has(t)).length * 1.5;
}

function lawBoost(doc: Doc, signals: QuerySignals): number {
  if (doc.item.kind !== "duty") return 0;
  const duty = doc.item.record;
  let boost = signals.instruments.has(duty.instrument) ? 2 : 0;
  if (duty.article && signals.articles.has(duty.article)) {
    const instrumentAgrees =
      signals.instruments.size === 0 ? duty.instrument === "VCDR" : signals.instruments.has(duty.instrument);
    boost += instrumentAgrees ? 10 : 4;
  }
  return boost;
}

/**
 * fuse.js scores how well each leading candidate's short weighted fields (title, aliases, places)
 * match each salient word, partial words included; the long body is left to the lexical score.
 */
function rerankWithFuse<T extends { doc: Doc; score: number }>(candidates: T[], words: string[]): T[] {
  if (candidates.length < 2 || words.length === 0) return candidates;
  const fuse = new Fuse(candidates, {
    keys: (Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[])
      .filter((name) => name === "title" || name === "aliases" || name === "places")
      .map((name) => ({
        name,
        weight: FIELD_WEIGHTS[name],
        getFn: (c: T) => c.doc.fields[name],
      })),
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
  });
  for (const word of words.slice(0, 6)) {
    if (word.length < 3) continue;
    for (const r of fuse.search(word)) r.item.score += FUSE_WEIGHT * (1 - (r.score ?? 1));
  }
  return candidates.sort((a, b) => b.score - a.score);
}

function passesKinds(doc: Doc, kinds: readonly RecordKind[] | undefined): boolean {
  return !kinds || kinds.includes(doc.item.kind);
}

function hasFilters(f: QueryFilters): boolean {
  return Boolean(f.host || f.mission || f.types || f.responses || f.from !== undefined || f.to !== undefined);
}

function passesFilters(doc: Doc, f: QueryFilters): boolean {
  if (!hasFilters(f)) return true;
  if (f.from !== undefined && doc.toYear < f.from) return false;
  if (f.to !== undefined && doc.fromYear > f.to) return false;
  const structural = f.host || f.mission || f.types || f.responses;
  if (!structural) return true;
  if (doc.item.kind !== "incident") return false;
  const r = doc.item.record;
  if (f.host && !f.host.includes(r.hostCountry)) return false;
  if (f.mission && !f.mission.includes(r.missionCountry)) return false;
  if (f.types && !r.types.some((t) => f.types!.includes(t))) return false;
  if (f.responses && !f.responses.includes(r.hostResponse.category)) return false;
  return true;
}
