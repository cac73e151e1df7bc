import type { QuerySignals } from "../search/understand.js";
import {
  DOMAIN_WORDS,
  ENFORCEMENT_WORDS,
  FIGURATIVE_PHRASES,
  FICTION_WORDS,
  HARM_WORDS,
  IMMUNITY_WORDS,
  LAW_TERMS,
  MISSION_NOUNS,
  MISSION_PEOPLE,
  NOT_EVENTS,
  OFF_TOPIC,
  OFF_TOPIC_PHRASES,
  OTHER_AMBASSADOR_PHRASES,
  OTHER_OFFICE_PHRASES,
  OTHER_SENSE_PHRASES,
  OTHER_TARGETS,
  OTHER_TREATY_PHRASES,
  PRODUCT_NAMES,
  TREATY_NAMES,
  TREATY_WORDS,
} from "./cue-words.js";

const LAW_ASKED = ["international law", "law apply", "law applies", "laws apply", "rules apply"];
const RULERS = new Set(["president", "presidential", "prime", "king", "royal", "governor", "emir"]);
const PRISON_WORDS = new Set(["prison", "prisoner", "prisoners"]);
const ACCOUNT = /^accounts?$/;

const APPLY = new Set(["apply", "applies"]);
const ASKED_WHETHER = new Set(["does", "do", "did", "would", "doesn't", "doesnt", "don't", "dont"]);

/**
 * "Does the special duty to protect apply to consulates", "immunity applies to family?": a rule that
 * applies to someone, not an application made ("how to apply to the embassy for a visa").
 */
function ruleApplies(tokens: readonly string[], i: number): boolean {
  if (!APPLY.has(tokens[i]!) || tokens[i + 1] !== "to") return false;
  return tokens[i] === "applies" || tokens.slice(Math.max(0, i - 6), i).some((w) => ASKED_WHETHER.has(w));
}

/**
 * "Career consulates", "a career diplomat": the law's name for a kind of post (staffed by officials,
 * not honorary), not a job search.
 */
function careerPost(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? "";
  return (
    tokens[i] === "career" && (MISSION_NOUNS.has(next) || MISSION_PEOPLE.has(next) || next === "consular")
  );
}

/** "The embassy is part of america", "foreign soil": the belief that a mission is its country's land. */
function soilBelief(
  tokens: readonly string[],
  has: (phrase: string) => boolean,
  signals: QuerySignals,
): boolean {
  const countryWords = new Set([...signals.countries.values()].flat());
  return (
    has("foreign soil") ||
    tokens.some((t, i) => t === "part" && tokens[i + 1] === "of" && countryWords.has(tokens[i + 2] ?? ""))
  );
}

/** How far after "current" the post may come: "the current british ambassador to the usa". */
const HOLDER_REACH = 3;

/** "Who is the current british ambassador": who holds a post now, not an attack or a rule. */
function currentHolder(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => t === "current" && tokens.slice(i + 1, i + 1 + HOLDER_REACH).some((w) => MISSION_PEOPLE.has(w)),
  );
}

const PROTEST_KINDS = new Set(["protest", "violent-protest"]);

/** Every kind of attack the question names is a protest (a protest is this field's only at a mission). */
function onlyProtest(signals: QuerySignals): boolean {
  return [...signals.types].every((t) => PROTEST_KINDS.has(t));
}

/**
 * Whether a question is about something else that shares this field's words: an errand at an
 * embassy, the law's terms in another sense, another treaty, an attack on another kind of place, a film. `peopleMay`: the question asks
 * what a mission's people may do, which is law whatever errand word it uses.
 */
export function setAside(
  tokens: readonly string[],
  has: (phrase: string) => boolean,
  signals: QuerySignals,
  peopleMay: boolean,
): boolean {
  // An errand word sets the question aside unless something names an incident or a rule:
  // "geneva convention center parking" is an errand, "a minister's visit … the 1973 convention" is law.
  // A year does not save an errand ("embassy internship applications 2025"), nor "consular" alone
  // ("consular fee for a birth certificate") or "convention" without a year ("convention center
  // parking"); "the 1973 convention", "treaty" and the law's own terms do.
  const errandPhrase = OFF_TOPIC_PHRASES.some(has) || currentHolder(tokens);
  const namesMission = tokens.some((t) => MISSION_NOUNS.has(t));
  // A kind of attack saves an errand unless it is a course, a job or an exam with no mission, place
  // or year named: "hostage negotiation training course for police" is not about an attack.
  const placed = signals.cities.size > 0 || signals.countries.size > 0 || signals.years.size > 0;
  const errand =
    (errandPhrase ||
      (tokens.some((t, i) => OFF_TOPIC.has(t) && !ruleApplies(tokens, i) && !careerPost(tokens, i)) &&
        !peopleMay)) &&
    (signals.types.size === 0 ||
      (tokens.some((t) => NOT_EVENTS.has(t)) && !namesMission && !placed) ||
      // "Protest permit for a march in london": a protest is this field's only when at a mission.
      (onlyProtest(signals) && !namesMission && !tokens.some((t) => MISSION_PEOPLE.has(t)))) &&
    // "Us ambassador attacked at a breakfast forum in seoul": harm done to a mission's people is the event.
    !(tokens.some((t) => HARM_WORDS.has(t)) && tokens.some((t) => MISSION_PEOPLE.has(t)) && placed) &&
    // A job or a course is an errand even at the World Court ("internships at the international court of justice").
    ([...signals.instruments].every((i) => i === "VCCR" && !tokens.includes("vccr")) ||
      tokens.some((t) => NOT_EVENTS.has(t))) &&
    signals.articles.size === 0 &&
    // "Is an embassy foreign soil? exam question says…": whose soil it is, asked for an exam, is law.
    !tokens.some(
      (t) => LAW_TERMS.has(t) || TREATY_NAMES.has(t) || IMMUNITY_WORDS.has(t) || ENFORCEMENT_WORDS.has(t),
    ) &&
    // "Attack against embassy: which international law apply" asks for the law, not an application.
    !LAW_ASKED.some(has) &&
    // "A baby born inside an embassy gets that country's citizenship?" is the foreign-soil belief,
    // as is "the embassy is part of america, so can i get married there".
    !(tokens.includes("born") && namesMission) &&
    !soilBelief(tokens, has, signals) &&
    !(tokens.some((t) => TREATY_WORDS.has(t)) && signals.years.size > 0);
  const otherSense =
    (OTHER_SENSE_PHRASES.some(has) && !namesMission && !tokens.some((t) => DOMAIN_WORDS.has(t))) ||
    (OTHER_OFFICE_PHRASES.some(has) && !namesMission);
  // "Diplomatic immunity comes from the geneva convention, right?" asks about this law, mistaken.
  const otherTreaty =
    OTHER_TREATY_PHRASES.some(has) &&
    !namesMission &&
    !(tokens.includes("diplomatic") && tokens.some((t) => IMMUNITY_WORDS.has(t)));
  const cityWords = new Set([...signals.cities.values()].flat());
  // "Protesters stormed the president's official residence": a head of state's house, not a mission's.
  const rulersHouse = tokens.some(
    (t, i) => t === "residence" && tokens.slice(Math.max(0, i - 3), i).some((w) => RULERS.has(w)),
  );
  const otherTarget =
    // "Port-au-prince" is a city, not a port.
    // An embassy's "bank account" is money, not a bank attacked.
    (tokens.some((t, i) => OTHER_TARGETS.has(t) && !cityWords.has(t) && !ACCOUNT.test(tokens[i + 1] ?? "")) ||
      rulersHouse) &&
    // "The ambassador hotel": a word of this field in the name of another kind of place ("prisoners"
    // freed from the Bastille are no consular matter).
    !tokens.some(
      (t, i) =>
        (DOMAIN_WORDS.has(t) || (LAW_TERMS.has(t) && !PRISON_WORDS.has(t))) &&
        !OTHER_TARGETS.has(tokens[i + 1] ?? ""),
    ) &&
    signals.instruments.size === 0;
  // "lethal weapon 2 diplomatic immunity scene": a film, unless a real place or time is named;
  // "quote article 22" asks for the treaty's words.
  // "Embassies attacked over the innocence of muslims film" is about the attacks ("a car bomb mission
  // in gta" is a game's mission).
  // "The legations besieged by the boxers — record for my podcast episode": a kind of attack on one.
  const attackOnMission =
    (tokens.some((t) => HARM_WORDS.has(t)) || signals.types.size > 0) &&
    tokens.some(
      (t, i) =>
        MISSION_NOUNS.has(t) &&
        !/^missions?$/.test(t) &&
        !PRODUCT_NAMES.some((p) => p === `${t} ${tokens[i + 1]}`),
    );
  const noLawNamed = signals.articles.size === 0 && signals.instruments.size === 0;
  const fiction =
    tokens.some((t) => FICTION_WORDS.has(t)) &&
    !attackOnMission &&
    noLawNamed &&
    signals.countries.size === 0 &&
    signals.cities.size === 0 &&
    signals.years.size === 0;
  // "The hindustan ambassador car was based on which british model": a product, whatever country it names.
  const product = PRODUCT_NAMES.some(has) && !attackOnMission && noLawNamed;
  const otherAmbassador =
    OTHER_AMBASSADOR_PHRASES.some(has) &&
    !tokens.some((t) => MISSION_NOUNS.has(t) && !/^ambassadors?$/.test(t)) &&
    signals.types.size === 0 &&
    !tokens.some((t) => LAW_TERMS.has(t) || HARM_WORDS.has(t));
  const figurative =
    FIGURATIVE_PHRASES.some(has) &&
    !namesMission &&
    // "My colleague died suddenly at post": a diplomat's colleague, at a diplomatic posting.
    !has("at post") &&
    !tokens.some((t) => MISSION_PEOPLE.has(t)) &&
    signals.instruments.size === 0 &&
    signals.articles.size === 0 &&
    !placed;
  return (
    errand || otherSense || otherTreaty || otherTarget || fiction || product || otherAmbassador || figurative
  );
}
