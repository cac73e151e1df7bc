import type { Desk } from "./desk.js";
import { readQuestion, type Reading } from "./query/read-question.js";
import { inRecordTerms } from "./query/everyday-words.js";
import { joinSplitWords, mendReadingWords } from "./query/spelling.js";
import { expandWords } from "./search/typos.js";
import { understandQuery, type QuerySignals } from "./search/understand.js";
import { stem } from "./text/stem.js";
import { namesAmong } from "./search/proper-nouns.js";
import { FIELD_WEIGHTS } from "./search/search-index.js";

export interface ReadText {
  /**
   * The question with everyday words in the records' terms ("cops" → "police") and near misses of
   * reading words mended ("tehrna" → "tehran").
   */
  text: string;
  signals: QuerySignals;
  reading: Reading;
}

/** The one reading of a question that search, lists, counts, stats and quiz topics all follow. */
export function readText(desk: Desk, raw: string): ReadText {
  const inData = (word: string) => desk.index.postings.has(stem(word));
  const everyday = inRecordTerms(joinSplitWords(raw, inData));
  const mended = mendReadingWords(everyday, desk.lexicon, inData, raw);
  // A mended word may complete an everyday phrase ("travel restrictons"): read those once more.
  const text = mended === everyday ? mended : inRecordTerms(mended);
  const signals = understandQuery(text, desk.index.cityPhrases);
  const known = (word: string) => (expandWords(desk.index, [word], true).get(word)?.length ?? 0) > 0;
  const courtKnows = (word: string) =>
    (desk.index.postings.get(stem(word)) ?? []).some((p) => {
      const item = desk.index.docs[p.doc]!.item;
      return item.kind === "duty" && item.record.instrument === "ICJ";
    });
  const reading = readQuestion(text, signals, {
    today: desk.today(),
    regions: desk.regions,
    known,
    courtKnows,
    namesIncidents: (words) => namesAmong(desk.names, words.map(stem)).length > 0,
    namesLaw: (word) => namesLaw(desk, word),
    siegeIn: (city) =>
      (desk.index.docsByCity.get(city) ?? []).some((d) => {
        const item = desk.index.docs[d]!.item;
        return item.kind === "incident" && item.record.types.includes("siege");
      }),
  });
  return { text, signals, reading };
}

/** A word that names no more than this many of the law's records, in a title or an alias, names one of them. */
const LAW_NAME_MAX_RECORDS = 2;

/**
 * Whether a word is the name of one of the law's records — in its title or aliases, and in few
 * records of any kind ("avena", "lagrand"), not a word every rule uses ("protection").
 */
function namesLaw(desk: Desk, word: string): boolean {
  if (word.length < 4) return false;
  const postings = desk.index.postings.get(stem(word)) ?? [];
  if (postings.length === 0 || postings.length > LAW_NAME_MAX_RECORDS) return false;
  return postings.some((p) => p.weight > FIELD_WEIGHTS.body && desk.index.docs[p.doc]!.item.kind === "duty");
}
