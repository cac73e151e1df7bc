import type { Incident } from "../dataset/schema.js";
import { normalizeText } from "../text/normalize.js";
import { stem } from "../text/stem.js";

/** Share of a word's mid-sentence uses that must be capitalised for it to be a name. */
const CAPITALISED_SHARE = 0.8;
/** Capitalised as names of the calendar, not of an event or a group. */
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);
/** A word after these starts a sentence or a quotation, where any word is capitalised. */
const STARTS = /[.!?:;"“(]\s*$/;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
/** How far back to look for such a mark: past the spaces before the word. */
const LOOK_BACK = 3;
/** Shorter capitals are initials ("e.g.", "M-19"), not names. */
const MIN_LENGTH = 3;

/**
 * The names the incidents' own text uses: words, and pairs of words, written with capitals in the
 * middle of a sentence (almost) every time — "Innocence of Muslims", "ASALA", "Hezbollah", "Quran",
 * "NATO", "Red Guards", "Black September" — keyed by stem ("red guard" for a pair), with the spelling
 * the data uses most. A list naming one ("embassies attacked over the innocence of muslims film",
 * "red guard attacks on embassies") asks for the incidents that name it, not for every one of the kind.
 */
export function buildProperNouns(
  incidents: readonly Incident[],
  /** Words that are names already read otherwise (places) or that name a source, not an event. */
  excluded: (key: string) => boolean,
): ReadonlyMap<string, string> {
  const texts = incidents.flatMap((r) =>
    [r.title, ...r.aliases, r.summary, r.perpetrators, r.outcome, r.notes, r.hostResponse.evidence].filter(
      (t): t is string => Boolean(t),
    ),
  );
  const midSentence = (text: string, at: number) =>
    at > 0 && !STARTS.test(text.slice(Math.max(0, at - LOOK_BACK), at));
  // Capitalised spellings first (a word, and a word with the capitalised word right before it),
  // then only their lower-case uses: most words are never capitalised.
  const capitalised = new Map<string, number>();
  const add = (counts: Map<string, number>, spelling: string) =>
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  for (const text of texts) {
    let previous: { word: string; end: number; mid: boolean } | undefined;
    for (const match of text.matchAll(CAPITALISED)) {
      const mid = midSentence(text, match.index);
      if (mid) add(capitalised, match[0]);
      if (previous?.mid && previous.end + 1 === match.index && text[previous.end] === " ")
        add(capitalised, `${previous.word} ${match[0]}`);
      previous = { word: match[0], end: match.index + match[0].length, mid };
    }
  }
  const candidates = new Set([...capitalised.keys()].map((w) => w.toLowerCase()));
  const firstWords = new Set([...candidates].filter((w) => w.includes(" ")).map((w) => w.split(" ")[0]!));
  const lowered = new Map<string, number>();
  for (const text of texts) {
    // The word before, kept in plain variables: this loop sees every word of the data.
    let before = "";
    let beforeAt = -1;
    let beforeEnd = -1;
    let beforeUpper = false;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const code = word.charCodeAt(0);
      const upper = (code >= 65 && code <= 90) || (code > 127 && word[0] !== word[0]!.toLowerCase());
      const lower = upper ? word.toLowerCase() : word;
      if (!upper && candidates.has(word) && midSentence(text, match.index)) add(lowered, word);
      // "red guards", "Red guards": the pair not written as a name.
      if (beforeEnd + 1 === match.index && firstWords.has(before) && !(beforeUpper && upper)) {
        const pair = `${before} ${lower}`;
        if (candidates.has(pair) && midSentence(text, beforeAt)) add(lowered, pair);
      }
      before = lower;
      beforeAt = match.index;
      beforeEnd = match.index + word.length;
      beforeUpper = upper;
    }
  }
  const uses = new Map<string, { capitalised: number; all: number; spelling: string; most: number }>();
  const count = (spelling: string, times: number, isCapitalised: boolean) => {
    const words = spelling.split(" ").map(normalizeText);
    const keys = words.map(stem);
    if (keys.some((k) => k.length < MIN_LENGTH || /^\d/.test(k) || excluded(k))) return;
    // "September" alone is a month; "Black September" is a name.
    if (CALENDAR.has(words[0]!)) return;
    const key = keys.join(" ");
    const entry = uses.get(key) ?? { capitalised: 0, all: 0, spelling, most: 0 };
    entry.all += times;
    if (isCapitalised) {
      entry.capitalised += times;
      if (times > entry.most) [entry.spelling, entry.most] = [spelling, times];
    }
    uses.set(key, entry);
  };
  for (const [spelling, times] of capitalised) count(spelling, times, true);
  for (const [spelling, times] of lowered) count(spelling, times, false);
  const names = new Map<string, string>();
  for (const [key, { capitalised: cap, all, spelling }] of uses)
    if (cap > 0 && cap / all >= CAPITALISED_SHARE) names.set(key, spelling);
  return names;
}

/** The names among these stems, in order: a pair ("red guard") before its words alone. */
export function namesAmong(names: ReadonlyMap<string, string>, keys: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const pair = `${keys[i]} ${keys[i + 1]}`;
    if (i + 1 < keys.length && names.has(pair)) {
      found.push(pair);
      i++;
    } else if (names.has(keys[i]!)) found.push(keys[i]!);
  }
  return [...new Set(found)];
}
