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
 * The names the incidents' own text uses: words written with a capital in the middle of a sentence
 * (almost) every time — "Innocence of Muslims", "ASALA", "Hezbollah", "Quran", "NATO" — keyed by stem,
 * with the spelling the data uses most. A list naming one ("embassies attacked over the innocence of
 * muslims film") asks for the incidents that name it, not for every incident of the kind.
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
  // Capitalised spellings first, then only their lower-case uses: most words are never capitalised.
  const bySpelling = new Map<string, number>();
  for (const text of texts)
    for (const match of text.matchAll(CAPITALISED))
      if (midSentence(text, match.index)) bySpelling.set(match[0], (bySpelling.get(match[0]) ?? 0) + 1);
  const candidates = new Set([...bySpelling.keys()].map((w) => w.toLowerCase()));
  const lowered = new Map<string, number>();
  for (const text of texts)
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (candidates.has(word) && midSentence(text, match.index))
        lowered.set(word, (lowered.get(word) ?? 0) + 1);
    }
  const uses = new Map<string, { capitalised: number; all: number; spelling: string; most: number }>();
  const count = (word: string, times: number, capitalised: boolean) => {
    const plain = normalizeText(word);
    const key = stem(plain);
    if (key.length < MIN_LENGTH || /^\d/.test(key) || CALENDAR.has(plain) || excluded(key)) return;
    const entry = uses.get(key) ?? { capitalised: 0, all: 0, spelling: word, most: 0 };
    entry.all += times;
    if (capitalised) {
      entry.capitalised += times;
      if (times > entry.most) [entry.spelling, entry.most] = [word, times];
    }
    uses.set(key, entry);
  };
  for (const [word, times] of bySpelling) count(word, times, true);
  for (const [word, times] of lowered) count(word, times, false);
  const names = new Map<string, string>();
  for (const [key, { capitalised, all, spelling }] of uses)
    if (capitalised > 0 && capitalised / all >= CAPITALISED_SHARE) names.set(key, spelling);
  return names;
}
