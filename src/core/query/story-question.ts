import { tokenize } from "../text/normalize.js";

/** A story this long before the last sentence is news pasted in, not part of the question. */
const MIN_STORY_WORDS = 5;
/** …and a last sentence this long asks something of its own. */
const MIN_QUESTION_WORDS = 3;
/** Words a question opens with, when it has no question mark: "has a host raided an embassy before". */
const QUESTION_OPENINGS = new Set(
  "has have had what which when where who why how is are was were did do does can could any list name show remind tell explain describe give other".split(
    " ",
  ),
);

/**
 * The question asked after a pasted story: "BENGHAZI — … killed when armed men attacked the American
 * mission. has this happened to a us mission before?" → "has this happened to a us mission before?".
 * The last sentence (after a full stop, a question mark or a dash), when a story of some length
 * comes before it; undefined for a question of one part.
 */
export function questionAfterStory(text: string): string | undefined {
  // A sentence may end inside quotation marks: "…our interests in Kabul.' What is a protecting power?"
  const parts = text.split(/(?<=[.!?]['"’”)\]]?)\s+|\s+[—–-]{1,2}\s+/);
  if (parts.length < 2) return undefined;
  const question = parts.at(-1)!.trim();
  const story = parts.slice(0, -1).join(" ");
  const words = tokenize(question);
  if (tokenize(story).length < MIN_STORY_WORDS || words.length < MIN_QUESTION_WORDS) return undefined;
  // The last sentence of the story itself is no question ("…crowds gathered outside american missions").
  const asks =
    question.endsWith("?") || QUESTION_OPENINGS.has(words[0]!) || words.some((w) => /^precedents?$/.test(w));
  return asks ? question : undefined;
}
