import { stem } from "../text/stem.js";
import type { SearchIndex } from "./search-index.js";
import type { Expansion } from "./typos.js";
import type { QuerySignals } from "./understand.js";

/** A pasted text is judged by its strongest names; its rarest few words are enough to find them. */
const LONG_TEXT_ANCHORS = 6;

/**
 * The cheap candidate filter that runs before any scoring. A record is nearly always a confident
 * answer only if it explains at least half of the salient words, so it must match at least one of
 * the (n − ⌈n/2⌉ + 1) rarest of them (pigeonhole). The exception, a long question whose record
 * explains 40 % of it with three naming words all among its commonest words, is traded for speed;
 * a search that settles for less than half (legal questions) does not use this filter. Returns the
 * mask of those records, or undefined when there is nothing to anchor on (the caller then scores
 * everything it meets).
 */
export function candidateMask(
  index: SearchIndex,
  signals: QuerySignals,
  salient: string[],
  expansions: Map<string, Expansion>,
  longText: boolean,
): Uint8Array | undefined {
  if (salient.length === 0) return undefined;
  const lists = salient.map((word) => docsForWord(index, signals, word, expansions.get(word) ?? []));
  lists.sort((a, b) => a.length - b.length);
  const anchors = longText
    ? Math.min(LONG_TEXT_ANCHORS, lists.length)
    : salient.length - Math.ceil(salient.length / 2) + 1;
  const mask = new Uint8Array(index.docs.length);
  for (const list of lists.slice(0, anchors)) for (const doc of list) mask[doc] = 1;
  return mask;
}

function docsForWord(
  index: SearchIndex,
  signals: QuerySignals,
  word: string,
  expansion: Expansion,
): number[] {
  const docs: number[] = [];
  for (const { key } of expansion) for (const p of index.postings.get(key) ?? []) docs.push(p.doc);
  for (const [code, words] of signals.countries)
    if (words.includes(word)) docs.push(...(index.docsByCountry.get(code) ?? []));
  for (const [city, words] of signals.cities)
    if (words.includes(word)) docs.push(...(index.docsByCity.get(city) ?? []));
  if (/^\d{4}$/.test(word)) docs.push(...(index.docsByYear.get(Number(word)) ?? []));
  if (signals.articles.has(word) || signals.articles.has(stem(word))) docs.push(...index.dutyDocs);
  return docs;
}
