import { typesOfWord } from "../query/synonyms.js";
import { stem } from "../text/stem.js";
import { GENERIC_WORDS } from "../text/stopwords.js";
import type { ScoreBoard } from "./score-board.js";
import { contentStems, type Doc, type SearchIndex } from "./search-index.js";
import type { Expansion } from "./typos.js";
import type { CountryRole, QuerySignals } from "./understand.js";

/** Field-weighted idf: salient words create candidates; words every record shares only add to them. */
export function addLexicalScores(
  index: SearchIndex,
  words: string[],
  expansions: Map<string, Expansion>,
  board: ScoreBoard,
): void {
  const total = index.docs.length;
  const unique = [...new Set(words)];
  const ordered = [
    ...unique.filter((w) => !GENERIC_WORDS.has(w)),
    ...unique.filter((w) => GENERIC_WORDS.has(w)),
  ];
  for (const word of ordered) {
    const generic = GENERIC_WORDS.has(word);
    for (const { key, factor } of expansions.get(word) ?? []) {
      const postings = index.postings.get(key);
      if (!postings) continue;
      const idf = Math.log(1 + total / postings.length);
      for (const p of postings) {
        if (generic && !board.has(p.doc)) continue;
        board.add(p.doc, idf * p.weight * factor);
        board.mark(p.doc, word, factor);
      }
    }
  }
}

/**
 * Countries and cities named in the question: the mission's country counts a little more than the
 * host's. When the question says whose the country is ("the iraqi embassy", "embassies in iraq"),
 * only records where it plays that part get credit: another embassy attacked the same day in the
 * same city is not the one asked about.
 */
export function addPlaceScores(
  index: SearchIndex,
  signals: QuerySignals,
  board: ScoreBoard,
  roles: ReadonlyMap<string, CountryRole> = new Map(),
): void {
  for (const [code, words] of signals.countries) {
    const role = roles.get(code) ?? "either";
    for (const doc of index.docsByCountry.get(code) ?? []) {
      const item = index.docs[doc]!.item;
      if (item.kind !== "incident") continue;
      const isMission = item.record.missionCountry === code;
      const isHost = item.record.hostCountry === code;
      if ((role === "mission" && !isMission) || (role === "host" && !isHost)) continue;
      board.add(doc, isMission ? (role === "mission" ? 4 : 3) : 2);
      for (const w of words) board.mark(doc, w, 1);
    }
  }
  for (const [city, words] of signals.cities) {
    for (const doc of index.docsByCity.get(city) ?? []) {
      board.add(doc, 4);
      for (const w of words) board.mark(doc, w, 1);
    }
  }
}

/** Years and legal references find their own candidates through small lookups (records of that year, the duty records). */
export function addTimeLawTypeScores(index: SearchIndex, signals: QuerySignals, board: ScoreBoard): void {
  const wantsLaw = signals.articles.size > 0 || signals.instruments.size > 0;
  if (signals.years.size === 0 && signals.decades.size === 0 && !wantsLaw) return;
  const candidates = new Set(board.touched);
  for (const year of signals.years) {
    for (const y of [year - 1, year, year + 1])
      for (const doc of index.docsByYear.get(y) ?? []) candidates.add(doc);
  }
  for (const decade of signals.decades) {
    for (let y = decade; y < decade + 10; y++)
      for (const doc of index.docsByYear.get(y) ?? []) candidates.add(doc);
  }
  if (signals.articles.size > 0 || signals.instruments.size > 0)
    for (const doc of index.dutyDocs) candidates.add(doc);
  for (const i of candidates) {
    const doc = index.docs[i]!;
    const boost = timeBoost(doc, signals) + lawBoost(doc, signals);
    if (boost <= 0) continue;
    board.add(i, boost);
    for (const year of signals.years)
      if (year >= doc.fromYear && year <= doc.toYear) board.mark(i, String(year), 1);
    const article = doc.item.kind === "duty" ? doc.item.record.article : undefined;
    if (article && signals.articles.has(article)) board.mark(i, article, 1);
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

function lawBoost(doc: Doc, signals: QuerySignals): number {
  if (doc.item.kind !== "duty") return 0;
  const duty = doc.item.record;
  // Naming the instrument ("icj", "vccr") is a strong hint that the law is wanted, not an incident.
  let boost = signals.instruments.has(duty.instrument) ? 4 : 0;
  if (duty.article && signals.articles.has(duty.article)) {
    const instrumentAgrees =
      signals.instruments.size === 0 ? duty.instrument === "VCDR" : signals.instruments.has(duty.instrument);
    boost += instrumentAgrees ? 10 : 4;
  }
  return boost;
}

/**
 * Two words of the question side by side in a record's title or aliases ("diplomatic bag") say more
 * than the same words apart: the bag, not the customs rule that mentions diplomatic baggage.
 */
const PAIR_BONUS = 5;

function namePairs(phrase: string): string[] {
  const words = contentStems(phrase).split(" ");
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    // "us mission", "attack diplomat": words every record shares say nothing side by side either.
    if (!/^\d/.test(a + b) && !(GENERIC_STEMS.has(a) && GENERIC_STEMS.has(b))) pairs.push(` ${a} ${b} `);
  }
  return [...new Set(pairs)];
}

const GENERIC_STEMS = new Set([...GENERIC_WORDS].map(stem));

/** What asking for deaths adds to an incident in which people died: a tie-breaker, not a filter. */
const DEATHS_BONUS = 3;

/**
 * Adjustments that only reorder the shortlist: the incident types named, a question of three or more
 * words found verbatim in a record (a quoted treaty phrase), and the priors below.
 */
export function addShortlistScores(
  index: SearchIndex,
  signals: QuerySignals,
  phrase: string,
  shortlist: number[],
  board: ScoreBoard,
): void {
  const wordCount = phrase.split(" ").length;
  const checkPhrase = wordCount >= 3;
  const pairs = namePairs(phrase);
  const typeWords = signals.words.flatMap((w) => {
    const types = typesOfWord(w);
    return types.length > 0 ? [{ word: w, types }] : [];
  });
  const quoted = checkPhrase ? longestQuoted(index, phrase, shortlist) : undefined;
  let articleHolds: boolean | undefined;
  const articleQuoted = () =>
    (articleHolds ??= shortlist.some((doc) => {
      const d = index.docs[doc]!;
      return d.item.kind === "duty" && !isNote(d) && d.phraseText.includes(phrase);
    }));
  for (const doc of shortlist) {
    const d = index.docs[doc]!;
    let bonus = prior(d, signals);
    if (quoted?.has(doc)) bonus += QUOTE_BONUS;
    if (d.item.kind === "incident") {
      const types = d.item.record.types;
      bonus += types.filter((t) => signals.types.has(t)).length * 1.5;
      // "ambassador assassinated in libya": the word is explained by any of the incident's types,
      // even one its text never spells that way (Benghazi 2012 was above all an armed attack).
      for (const { word, types: named } of typeWords)
        if (named.some((t) => types.includes(t))) board.mark(doc, word, 1);
      // "ambassador killed in libya": the attack in which people died, whatever word its text uses.
      if (signals.deathWords.length > 0 && (d.item.record.casualties.deaths ?? 0) > 0) {
        bonus += DEATHS_BONUS;
        for (const w of signals.deathWords) board.mark(doc, w, 1);
      }
    }
    // A note that quotes an article's words leaves the quotation to the article itself.
    if (checkPhrase && d.phraseText.includes(phrase) && !(isNote(d) && articleQuoted())) {
      bonus += 12;
      // The whole question, long enough to be a quotation, is a rule's own words: it quotes that rule.
      if (d.item.kind === "duty" && !isNote(d) && wordCount > QUOTE_MIN_WORDS) bonus += QUOTE_BONUS;
    }
    bonus += PAIR_BONUS * pairs.filter((pair) => d.nameText.includes(pair)).length;
    board.add(doc, bonus);
  }
}

/** A plain-language note on a concept, not a treaty's or a court's own words. */
function isNote(doc: Doc): boolean {
  return doc.item.kind === "duty" && doc.item.record.instrument === "CONCEPT";
}

/** A run of this many words or more, found word for word in a record, is a quotation from it. */
const QUOTE_MIN_WORDS = 6;
const QUOTE_BONUS = 12;

/**
 * The rules holding the longest run of the question's words, word for word, when it is long enough
 * to be a quotation and the whole question is not: "fill in the blank: the premises of the mission
 * shall be ______" quotes Article 22. Only the longest run counts: shorter ones ("the premises of
 * the mission") are the common phrases of many articles. Only the law is quoted: an incident's
 * summary is our wording, and a run like "thrown at the us embassy in" is no quotation.
 */
function longestQuoted(index: SearchIndex, phrase: string, shortlist: number[]): Set<number> | undefined {
  const words = phrase.split(" ");
  if (words.length <= QUOTE_MIN_WORDS) return undefined;
  const run = (i: number, j: number) => words.slice(i, j).join(" ");
  let longest = 0;
  let docs = new Set<number>();
  for (const doc of shortlist) {
    const d = index.docs[doc]!;
    if (d.item.kind !== "duty") continue;
    // A rule that holds the whole question has the whole-phrase bonus: no part of it is a quotation.
    if (d.phraseText.includes(phrase)) return undefined;
    // From each start, a run of the minimum length first, then as long as the text holds it.
    let best = 0;
    for (let i = 0; i + QUOTE_MIN_WORDS <= words.length; i++) {
      if (!d.phraseText.includes(run(i, i + QUOTE_MIN_WORDS))) continue;
      let j = i + QUOTE_MIN_WORDS;
      while (j < words.length && d.phraseText.includes(run(i, j + 1))) j++;
      best = Math.max(best, j - i);
    }
    if (best === 0 || best < longest) continue;
    if (best > longest) docs = new Set();
    longest = best;
    docs.add(doc);
  }
  return docs.size > 0 ? docs : undefined;
}

/** How much notability (names, law engaged, people killed or held, sources) can add: a tie-breaker. */
const FAME_PRIOR_WEIGHT = 0.25;
const FAME_PRIOR_CAP = 4;
/** What a treaty as a whole gives up to its articles (see prior). */
const WHOLE_TREATY_PENALTY = 2;
/** How much a rule gains from being at stake in many incidents: between two equal matches, the one at stake. */
const DUTY_PRIOR_CAP = 1.5;

/**
 * Tie-breakers between records that match equally: a better-known incident is likelier the one
 * meant, and a rule at stake in more incidents; the diplomatic convention is the default over the
 * consular one, and its articles over the notes explaining them.
 */
function prior(doc: Doc, signals: QuerySignals): number {
  const item = doc.item;
  if (item.kind === "incident") return Math.min(FAME_PRIOR_CAP, FAME_PRIOR_WEIGHT * doc.fame);
  const atStake = Math.min(DUTY_PRIOR_CAP, 0.5 * Math.log2(1 + doc.fame));
  // A treaty as a whole answers "what is the 1973 convention"; a question about what it requires
  // is answered by the article that says so.
  if (item.record.kind === "instrument") return atStake - WHOLE_TREATY_PENALTY;
  if (item.record.instrument === "VCDR" && signals.instruments.size === 0)
    return atStake + (item.record.kind === "article" ? 3 : 1);
  return atStake;
}
