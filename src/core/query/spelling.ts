import { allowedTypos, editDistance, letterMask, masksWithin } from "../text/edit-distance.js";
import { FOREIGN_FUNCTION_WORDS, STOPWORDS } from "../text/stopwords.js";
import { tokenize } from "../text/normalize.js";

/** Shorter words sit too close to each other (iran/iraq, raid/said) to be mended safely. */
const MIN_LENGTH = 5;

/**
 * The words the reading step acts on by themselves: places, types, responses, cue words. A typo in
 * one of them ("tehrna", "isreali", "assasinated", "hostge") would otherwise lose a whole filter,
 * not just a match, so they are mended before the question is read.
 */
export interface ReadingLexicon {
  words: ReadonlySet<string>;
  /**
   * Words that set a question aside ("wedding", "visa"): mended to only from one edit away, since
   * a wrong mend drops the question ("knife-wielding man" is no wedding).
   */
  asideWords: ReadonlySet<string>;
  /**
   * Words only other languages use ("embajada", "geiselnahme"): mended to only in a question that
   * is partly in another language already, lest "pasport" become "passaporte".
   */
  foreignWords: ReadonlySet<string>;
  /** First letter → the words (with their letter masks), for the same-first-letter candidates typos.ts also uses. */
  byFirstLetter: ReadonlyMap<string, readonly { word: string; mask: number }[]>;
}

/** Short words of other languages that say a question is partly in one ("toma de la embajada"). */
const FOREIGN_ARTICLES = new Set(
  "de la le les des du el los las der das dem und et une ein est ist wie mit auf il della em".split(" "),
);

/**
 * The lexicon of these phrases' words (five letters or more, no stop words); `asidePhraseSets` are
 * the phrases that set a question aside, also mended to, more strictly.
 */
export function buildReadingLexicon(
  phraseSets: Iterable<Iterable<string>>,
  asidePhraseSets: Iterable<Iterable<string>> = [],
  foreignPhrases: Iterable<string> = [],
): ReadingLexicon {
  const words = new Set<string>();
  const readingWords = new Set<string>();
  const add = (phrase: string, into: Set<string>) => {
    for (const token of tokenize(phrase))
      if (token.length >= MIN_LENGTH && !STOPWORDS.has(token)) into.add(token);
  };
  for (const phrases of phraseSets) for (const phrase of phrases) add(phrase, readingWords);
  const asideWords = new Set<string>();
  for (const phrases of asidePhraseSets) for (const phrase of phrases) add(phrase, asideWords);
  for (const word of readingWords) asideWords.delete(word);
  const foreignWords = new Set<string>();
  for (const phrase of foreignPhrases) add(phrase, foreignWords);
  for (const word of [...readingWords, ...asideWords]) foreignWords.delete(word);
  for (const word of [...readingWords, ...asideWords, ...foreignWords]) words.add(word);
  const byFirstLetter = new Map<string, { word: string; mask: number }[]>();
  for (const word of words) {
    const list = byFirstLetter.get(word[0]!) ?? [];
    list.push({ word, mask: letterMask(word) });
    byFirstLetter.set(word[0]!, list);
  }
  return { words, asideWords, foreignWords, byFirstLetter };
}

/**
 * The question with each unknown word that is a near spelling of a reading word replaced by it.
 * A word is unknown when it is neither a stop word, a reading word nor a word of the data (`known`);
 * it is mended within the typo bound of typos.ts (one edit up to seven letters, two from eight),
 * to the closest reading word with the same first letter, and only when one word is closest.
 * `asTyped`: the question before everyday and foreign words were put in English.
 */
export function mendReadingWords(
  text: string,
  lexicon: ReadingLexicon,
  known: (word: string) => boolean,
  asTyped: string = text,
): string {
  const tokens = tokenize(text);
  // Read on the question as typed too: its foreign words may be in English already ("peut" → "can").
  // Read only when a word needs mending: most questions have none.
  let partlyForeign: boolean | undefined;
  const foreign = () =>
    (partlyForeign ??= [...tokens, ...tokenize(asTyped)].some(
      (t) => FOREIGN_ARTICLES.has(t) || FOREIGN_FUNCTION_WORDS.has(t) || lexicon.foreignWords.has(t),
    ));
  let changed = false;
  const mended = tokens.map((token) => {
    if (token.length < MIN_LENGTH || /\d/.test(token) || STOPWORDS.has(token)) return token;
    if (lexicon.words.has(token) || known(token)) return token;
    const fix = closest(token, lexicon, foreign);
    if (fix) changed = true;
    return fix ?? token;
  });
  return changed ? mended.join(" ") : text;
}

/**
 * The one reading word a typed word is a near miss of. English words first: another language's
 * word is a candidate only when `foreign()` allows it and no English word is as near ("convencion" is
 * the convention, not "convencao").
 */
function closest(token: string, lexicon: ReadingLexicon, foreign: () => boolean): string | undefined {
  const english = nearest(token, lexicon, (word) => !lexicon.foreignWords.has(word));
  if (english !== undefined || !foreign()) return english;
  return nearest(token, lexicon, (word) => lexicon.foreignWords.has(word));
}

function nearest(
  token: string,
  lexicon: ReadingLexicon,
  eligible: (word: string) => boolean,
): string | undefined {
  const max = allowedTypos(token);
  let best: string[] = [];
  let bestDistance = max + 1;
  const mask = letterMask(token);
  for (const { word, mask: wordMask } of lexicon.byFirstLetter.get(token[0]!) ?? []) {
    if (!masksWithin(mask, wordMask, max) || !eligible(word)) continue;
    const distance = editDistance(token, word, max);
    if (distance < bestDistance) [best, bestDistance] = [[word], distance];
    else if (distance === bestDistance && distance <= max) best.push(word);
  }
  const fix = best.length <= 1 ? best[0] : formOfOneWord(token, best);
  if (fix === undefined) return undefined;
  return lexicon.asideWords.has(fix) && bestDistance > 1 ? undefined : fix;
}

/** Closest words that share this long a beginning are forms of one word ("consul", "consuls", "consular"). */
const SHARED_ROOT = 5;

/**
 * Of several equally close words, the one to mend to when they are forms of one word: the one
 * nearest the typed word's length, the longer when two are ("consulr" → "consuls"); none when they
 * are different words ("iran", "iraq").
 */
function formOfOneWord(token: string, closest: readonly string[]): string | undefined {
  const root = closest[0]!.slice(0, SHARED_ROOT);
  if (root.length < SHARED_ROOT || !closest.every((w) => w.startsWith(root))) return undefined;
  const gap = (w: string) => Math.abs(w.length - token.length);
  return [...closest].sort((a, b) => gap(a) - gap(b) || b.length - a.length)[0];
}

/** A word split in two this long or longer is put back together ("la grand" → "lagrand"). */
const MIN_JOINED = 6;
/** A part this short is no word of its own in such a pair ("la" of "la grand"). */
const SHORT_PART = 3;
/** Short words that are words of their own before another: "un officials", "every day". */
const STANDS_ALONE = new Set(["un", "us", "uk", "eu", "every", "no", "not", "non"]);

/**
 * Two words typed apart that the data writes as one ("la grand case" → "lagrand case", "air strikes"):
 * joined when the joined word is one the data uses and one part is short or unknown, so two real
 * words that happen to spell a third ("man date") stay apart.
 */
export function joinSplitWords(text: string, known: (word: string) => boolean): string {
  const tokens = tokenize(text);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]];
    const joined = b === undefined ? "" : a + b;
    const joinable =
      b !== undefined &&
      joined.length >= MIN_JOINED &&
      !/\d/.test(joined) &&
      !STOPWORDS.has(a) &&
      !STOPWORDS.has(b) &&
      !STANDS_ALONE.has(a) &&
      (Math.min(a.length, b.length) <= SHORT_PART || !known(a) || !known(b)) &&
      known(joined);
    if (joinable) {
      out.push(joined);
      i++;
      changed = true;
    } else out.push(a);
  }
  return changed ? out.join(" ") : text;
}
