import type { Instrument } from "../dataset/vocabulary.js";
import type { QuerySignals } from "../search/understand.js";
import { STOPWORDS } from "../text/stopwords.js";
import {
  CONSULAR_WORDS,
  CRIME_WORDS,
  DIPLOMATIC_MISSION_WORDS,
  HARM_WORDS,
  ICJ_PHRASES,
  IMMUNITY_WORDS,
  INSTRUMENT_CUES,
  LOCAL_CASE_WORDS,
  MISSION_PEOPLE,
  TREATY_WORDS,
} from "./cue-words.js";

export interface Steering {
  /** The instruments a legal answer puts first ("court" → ICJ, "consular" → VCCR). */
  instruments: Set<Instrument>;
  /** An embassy or a diplomat is named and no consulate: the consular convention is not the answer. */
  diplomaticOnly: boolean;
}

/** How far before a court word "immunity from" still governs it ("immune from the host's courts"). */
const IMMUNE_FROM_REACH = 5;
/** A trial in the host's courts, and the waiver of immunity that allows one. */
const LOCAL_TRIAL_WORDS = new Set("trial waived waiver waive waives jury sentenced".split(" "));

/**
 * Which instruments the words steer a legal question to: those named ("the vccr", "the 1973
 * convention"), and those cue words point at. "Diplomatic and consular missions" asks about both
 * kinds at once, so the consular words steer to the consular convention only when not joined so
 * ("are consulates protected like embassies" does). `citedCase`: "drc v uganda". A case named
 * after something the Court's cases never mention ("the harry dunn case") is not one of them;
 * `courtKnows` says which words they use.
 */
export function steeredInstruments(
  tokens: readonly string[],
  has: (phrase: string) => boolean,
  signals: QuerySignals,
  citedCase: boolean,
  courtKnows: (word: string) => boolean = () => true,
): Steering {
  const instruments = new Set<Instrument>(signals.instruments);
  const isDiplomatic = (t: string | undefined, next: string | undefined) =>
    t !== undefined &&
    (DIPLOMATIC_MISSION_WORDS.has(t) || (t === "diplomatic" && !/^(relations?|ties)$/.test(next ?? "")));
  const diplomaticNamed = tokens.some((t, i) => isDiplomatic(t, tokens[i + 1]));
  const consularNamed = tokens.some((t) => CONSULAR_WORDS.has(t));
  const bothJoined = tokens.some(
    (t, i) =>
      (t === "and" || t === "or") &&
      ((isDiplomatic(tokens[i - 1], t) && CONSULAR_WORDS.has(tokens[i + 1] ?? "")) ||
        (CONSULAR_WORDS.has(tokens[i - 1] ?? "") && isDiplomatic(tokens[i + 1], tokens[i + 2]))),
  );
  // "Criminal cases", "a judgment" (to pay) are a local court's, not the World Court's; "cases where
  // police raided an embassy" are instances, not court cases.
  const localCase = (i: number) =>
    LOCAL_CASE_WORDS.has(tokens[i - 1] ?? "") ||
    // "Is sued over a business deal", "sue a diplomat for unpaid rent": a person before a local court.
    (/^(sue|sued|suing)$/.test(tokens[i] ?? "") &&
      (PASSIVE.test(tokens[i - 1] ?? "") || tokens.slice(i + 1, i + 4).some((w) => MISSION_PEOPLE.has(w)))) ||
    // "Civil court cases": the case word after a local court's.
    (tokens[i - 1] === "court" && LOCAL_CASE_WORDS.has(tokens[i - 2] ?? "")) ||
    // "Immunity from civil court cases", "immune from the courts": the host's courts, whose
    // jurisdiction the immunity is from.
    tokens
      .slice(Math.max(0, i - IMMUNE_FROM_REACH), i)
      .some((w, j, before) => w === "from" && IMMUNITY_WORDS.has(before[j - 1] ?? "")) ||
    /^an?$/.test(tokens[i - 1] ?? "") ||
    (tokens[i - 1] === "court" && /^an?$/.test(tokens[i - 2] ?? "")) ||
    (/^cases?$/.test(tokens[i] ?? "") &&
      (/^(where|when|of|in|like|that|which)$/.test(tokens[i + 1] ?? "") || namedOtherwise(tokens[i - 1])));
  // "Immunity was waived for the trial - does that allow enforcing the judgment": a local court's.
  const localTrial = tokens.some((t) => LOCAL_TRIAL_WORDS.has(t));
  const namedOtherwise = (word: string | undefined) =>
    word !== undefined && !STOPWORDS.has(word) && !courtKnows(word);
  tokens.forEach((t, i) => {
    const cue = INSTRUMENT_CUES[t];
    if (cue && !(CONSULAR_WORDS.has(t) && bothJoined) && !(cue === "ICJ" && (localCase(i) || localTrial)))
      instruments.add(cue);
  });
  if (citedCase) instruments.add("ICJ");
  if (bothJoined && !has("vccr") && !has("consular relations")) instruments.delete("VCCR");
  // "When diplomatic relations are broken off" speaks of relations, not of the 1961 convention.
  const vcdrNamed = ["vcdr", "vienna convention", "convention on diplomatic relations"].some(has);
  if (has("diplomatic relations") && !vcdrNamed) instruments.delete("VCDR");
  // "Which treaty…", "the convention", "what article…": the treaties' texts, not the notes about them.
  if (instruments.size === 0 && tokens.some((t) => TREATY_WORDS.has(t)))
    for (const treaty of ["VCDR", "VCCR", "IPP"] as const) instruments.add(treaty);
  // "Immunity from civil court cases": a local court's cases, however the phrase reads elsewhere.
  const localCourtCase = tokens.some(
    (t, i) => t === "court" && /^cases?$/.test(tokens[i + 1] ?? "") && localCase(i),
  );
  const icjPhrase = ICJ_PHRASES.some((p) => has(p) && !(p.startsWith("court case") && localCourtCase));
  if (icjPhrase || statesSued(tokens)) instruments.add("ICJ");
  if (crimeAgainstMission(tokens) || harmToProtectedPerson(tokens, has)) instruments.add("IPP");
  return { instruments, diplomaticOnly: diplomaticNamed && !consularNamed };
}

/**
 * "Is attacking an embassy a crime", "who prosecutes the kidnapping of a diplomat": crimes against
 * missions and their people are the 1973 convention's. The mission must be what was harmed, within a
 * few words of the harm: "a diplomat ran a red light and killed someone" is the diplomat's own deed.
 */
function crimeAgainstMission(tokens: readonly string[]): boolean {
  if (!tokens.some((t) => CRIME_WORDS.has(t))) return false;
  const harmed = (t: string) => DIPLOMATIC_MISSION_WORDS.has(t) || CONSULAR_WORDS.has(t) || t === "premises";
  // "attacking an embassy … a crime", or "crimes against diplomats"
  return tokens.some(
    (t, i) =>
      (HARM_WORDS.has(t) || (CRIME_WORDS.has(t) && tokens[i + 1] === "against")) &&
      tokens.slice(i + 1, i + 4).some(harmed),
  );
}

/**
 * "Was iran sued over the embassy seizure": states are sued at the World Court; "can an ambassador
 * be sued over unpaid rent" asks about a local court.
 */
const PASSIVE = /^(be|is|was|were|being|been|get|gets|got|getting)$/;

function statesSued(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      t === "sued" &&
      tokens[i + 1] === "over" &&
      // "Is sued over a business deal": someone sued, not states before the Court.
      !tokens.slice(Math.max(0, i - 3), i).some((w) => MISSION_PEOPLE.has(w) || w === "be") &&
      !PASSIVE.test(tokens[i - 1] ?? ""),
  );
}

/** The officials the 1973 convention protects abroad besides diplomats (its article 1). */
const PROTECTED_OFFICIALS = [
  "visiting president",
  "foreign president",
  "president of another country",
  "president of a foreign country",
  "foreign minister",
  "foreign ministers",
  "head of state",
  "heads of state",
  "head of government",
  "heads of government",
];

/**
 * "Is it a crime to phone in threats against a foreign minister who is visiting": harm or threats
 * to a foreign minister or a head of state or government are the 1973 convention's, as harm to a
 * diplomat is.
 */
export function harmToProtectedPerson(tokens: readonly string[], has: (phrase: string) => boolean): boolean {
  const official = PROTECTED_OFFICIALS.some(has);
  return (
    official &&
    tokens.some((t) => HARM_WORDS.has(t) || CRIME_WORDS.has(t) || THREAT_WORDS.has(t) || SHIELD_WORDS.has(t))
  );
}

const THREAT_WORDS = new Set("threat threats threatened threatening".split(" "));
/** "Is the president of another country protected when he's visiting": what shields such a person. */
const SHIELD_WORDS = new Set("protected protection protect immune immunity".split(" "));
