import { countCharacters, cutToCharacters } from "./graphemes.js";

/** The part of a long text the search reads, and how much of it that is (in characters). */
export interface Excerpt {
  text: string;
  read: number;
  of: number;
}

/** A year, or a capitalised word that does not open a sentence: what names people, places and dates. */
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/u;
const NAME = /(?<=[^.!?\s]\s+)\p{Lu}\p{L}+/u;

/**
 * Picks what to search in a text longer than `max` characters, by one rule a reader can check:
 * paragraphs are taken in order, skipping those with no name and no year (a capitalised word inside
 * a sentence, or a year), while they fit in `max`; one that does not fit is skipped for a later,
 * shorter one. When the first such paragraph alone is longer than `max`, its start is read, cut at
 * a word (news puts who, where and when at the top). A text with no name or year at all is read
 * from its start.
 */
export function excerptForSearch(text: string, max: number): Excerpt {
  const of = countCharacters(text);
  if (of <= max) return { text, read: of, of };
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const chosen: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    if (!YEAR.test(paragraph) && !NAME.test(paragraph)) continue;
    const size = countCharacters(paragraph) + (chosen.length > 0 ? 2 : 0);
    if (used + size > max) {
      // A first paragraph longer than the whole budget: its start is still the best part to read.
      if (chosen.length === 0) {
        chosen.push(cutAtWord(paragraph, max));
        break;
      }
      continue;
    }
    chosen.push(paragraph);
    used += size;
  }
  const picked = chosen.length > 0 ? chosen.join("\n\n") : cutAtWord(text, max);
  return { text: picked, read: countCharacters(picked), of };
}

function cutAtWord(text: string, max: number): string {
  const cut = cutToCharacters(text.trim(), max);
  const atWord = cut.replace(/\s+\S*$/u, "");
  return atWord === "" ? cut : atWord;
}
