import { tokenize } from "../text/normalize.js";

/**
 * Everyday words and the words the law's records use for the same thing: "cops" are the police,
 * "wife and kids" the family, "diplomatic ties" relations. Replaced before the question is read, so
 * the reading and the search see the records' words; the asker's meaning is unchanged. Keys are
 * normalized phrases (longest first when several overlap); values replace them.
 */
const EVERYDAY: [string, string][] = [
  ["go into", "enter"],
  ["go inside", "enter"],
  ["go in", "enter"],
  ["goes into", "enters"],
  ["went into", "entered"],
  ["get into", "enter"],
  ["get inside", "enter"],
  ["come into", "enter"],
  ["walk into", "enter"],
  ["barge into", "enter"],
  ["have to tell", "must notify"],
  ["has to tell", "must notify"],
  ["must tell", "must notify"],
  ["have to", "must"],
  ["has to", "must"],
  ["travel freely", "freedom of movement"],
  ["move freely", "freedom of movement"],
  ["phone lines", "communications"],
  ["phone line", "communications"],
  ["internet", "communications"],
  ["without asking", "without consent"],
  ["without permission", "without consent"],
  ["kick out", "expel"],
  ["kicked out", "expelled"],
  ["kicking out", "expelling"],
  ["throw out", "expel"],
  ["thrown out", "expelled"],
  ["drunk driving", "traffic offence"],
  ["drink driving", "traffic offence"],
  ["red light", "traffic offence"],
  ["shut down", "closing"],
  ["shuts down", "closing"],
  ["closed down", "closing"],
  ["jail", "prison"],
  ["jailed", "in prison"],
  ["imprisoned", "in prison"],
  ["parking tickets", "traffic offence"],
  ["parking ticket", "traffic offence"],
  ["speeding tickets", "traffic offence"],
  ["speeding ticket", "traffic offence"],
  ["x ray", "search"],
  ["can t", "cannot"],
  ["cant", "cannot"],
  ["couldnt", "could not"],
  ["didnt", "did not"],
  ["wouldnt", "would not"],
  ["wasnt", "was not"],
  ["cop", "police"],
  ["cops", "police"],
  ["policeman", "police"],
  ["policemen", "police"],
  ["kids", "family"],
  ["children", "family"],
  ["wife", "family"],
  ["husband", "family"],
  ["spouse", "family"],
  ["spouses", "family"],
  ["relatives", "family"],
  ["ties are cut", "relations are broken off"],
  ["relations are cut", "relations are broken off"],
  ["cut ties", "broke off relations"],
  ["cut off relations", "broke off relations"],
  ["severed", "broken off"],
  ["sever", "break off"],
  ["ties", "relations"],
  ["wartime", "armed conflict"],
  ["electricity", "power"],
  ["utilities", "power water"],
  ["wreck", "damage"],
  ["wrecked", "damage"],
  ["trashed", "damage"],
  ["vandalised", "damage"],
  ["vandalized", "damage"],
  ["told", "notification"],
  ["notify", "notification"],
  ["notified", "notification"],
  ["speeding", "traffic offence"],
];

/** First word → the phrases it starts (as word lists), longest first. */
const BY_FIRST_WORD = new Map<string, { words: string[]; replacement: string }[]>();
for (const [phrase, replacement] of EVERYDAY) {
  const words = phrase.split(" ");
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, replacement });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST_WORD.set(words[0]!, list);
}

/** The question with everyday words put in the records' terms; unchanged text when none is found. */
export function inRecordTerms(text: string): string {
  const tokens = tokenize(text);
  if (!tokens.some((t) => BY_FIRST_WORD.has(t))) return text;
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = BY_FIRST_WORD.get(tokens[i]!)?.find(({ words }) =>
      words.every((w, k) => tokens[i + k] === w),
    );
    if (match) {
      out.push(match.replacement);
      i += match.words.length;
    } else out.push(tokens[i++]!);
  }
  return out.join(" ");
}
