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
  ["ambassadors house", "ambassador residence"],
  ["ambassador house", "ambassador residence"],
  ["ambassadors home", "ambassador residence"],
  ["ambassador home", "ambassador residence"],
  ["ambassadors homes", "ambassador residences"],
  ["ambassadors houses", "ambassador residences"],
  ["diplomats house", "diplomat private residence"],
  ["diplomat house", "diplomat private residence"],
  ["diplomats home", "diplomat private residence"],
  ["diplomat home", "diplomat private residence"],
  ["what are embassies for", "functions of embassies"],
  ["what is an embassy for", "functions of an embassy"],
  ["what do embassies do", "functions of embassies"],
  ["what does an embassy do", "functions of an embassy"],
  ["saying ok", "consent"],
  ["say ok", "consent"],
  ["saying yes", "consent"],
  ["say so", "consent"],
  ["travel anywhere", "freedom of movement"],
  ["go anywhere", "freedom of movement"],
  ["sue", "sued"],
  ["suing", "sued"],
  ["spy", "spying"],
  ["spies", "spying"],
  ["espionage", "spying"],
  ["suitcase", "baggage"],
  ["suitcases", "baggage"],
  ["luggage", "baggage"],
  ["drivers", "service staff"],
  ["chauffeurs", "service staff"],
  ["cooks", "service staff"],
  ["cleaners", "service staff"],
  ["gardeners", "service staff"],
  ["air strikes", "airstrikes"],
  ["air strike", "airstrike"],
  ["air raids", "airstrikes"],
  ["air raid", "airstrike"],
  ["do its job", "perform its functions"],
  ["do their job", "perform their functions"],
  ["do their jobs", "perform their functions"],
  ["apartment", "private residence"],
  ["apartments", "private residences"],
  ["own flat", "private residence"],
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

/** Hedges that carry no meaning and would split a phrase above ("what are embassies actually for"). */
const HEDGES = new Set(["actually", "really", "basically", "technically", "literally", "truly"]);

/** The question with everyday words put in the records' terms; unchanged text when none is found. */
export function inRecordTerms(text: string): string {
  const all = tokenize(text);
  if (!all.some((t) => BY_FIRST_WORD.has(t) || HEDGES.has(t))) return text;
  const tokens = all.filter((t) => !HEDGES.has(t));
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
