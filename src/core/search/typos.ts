import { allowedTypos, editDistance, letterMask, masksWithin } from "../text/edit-distance.js";
import { stem } from "../text/stem.js";
import { GENERIC_WORDS } from "../text/stopwords.js";
import type { SearchIndex } from "./search-index.js";

/** A word in fewer records than this may be a typo of a commoner word, so its near spellings count too. */
const RARE_WORD_DF = 3;
/** How much a typo-corrected match is worth against an exact one. */
export const TYPO_FACTOR = 0.8;

/**
 * The index keys a query word stands for: itself and, for a word the data rarely or never uses,
 * its close spellings with the same first letter within an edit-distance bound
 * ("bengazi" → benghazi; never "rather" for "weather").
 */
export type Expansion = { key: string; factor: number }[];

/**
 * Expands each word once per query: the candidate filter and the scorer both need it. A pasted
 * text is taken as spelled (copied news text rarely has typos, and it has many rare words).
 */
export function expandWords(
  index: SearchIndex,
  words: Iterable<string>,
  correctTypos: boolean,
): Map<string, Expansion> {
  const expansions = new Map<string, Expansion>();
  for (const word of words) {
    if (expansions.has(word)) continue;
    const key = stem(word);
    expansions.set(
      word,
      correctTypos ? expandWord(index, word) : index.postings.has(key) ? [{ key, factor: 1 }] : [],
    );
  }
  return expansions;
}

function expandWord(index: SearchIndex, word: string): Expansion {
  const key = stem(word);
  const exact = index.postings.get(key);
  const self = exact ? [{ key, factor: 1 }] : [];
  if (
    (exact && exact.length >= RARE_WORD_DF) ||
    word.length < 4 ||
    /^\d/.test(word) ||
    GENERIC_WORDS.has(word)
  ) {
    return self;
  }
  const max = allowedTypos(word);
  const corrections = new Map<string, number>();
  const byLength = index.vocabulary.get(word[0]!) ?? [];
  const mask = letterMask(word);
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const candidate of byLength[length] ?? []) {
      if (candidate.word === word || candidate.key === key) continue;
      // Four-letter words sit too close to each other (iran/iraq, earn/east): only a dropped letter is mended (powr).
      if (word.length === 4 && candidate.word.length !== 5) continue;
      if (!masksWithin(mask, candidate.mask, max)) continue;
      const distance = editDistance(word, candidate.word, max);
      if (distance <= max)
        corrections.set(candidate.key, Math.min(distance, corrections.get(candidate.key) ?? max));
    }
  }
  const closest = [...corrections.entries()].sort((a, b) => a[1] - b[1]).slice(0, 2);
  return [...self, ...closest.map(([k]) => ({ key: k, factor: TYPO_FACTOR }))];
}
