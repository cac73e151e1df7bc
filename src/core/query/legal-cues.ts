import type { QuerySignals } from "../search/understand.js";
import { hasPhrase } from "../text/normalize.js";
import {
  AUTHORITY_NOUNS,
  DEMAND_VERBS,
  IMMUNITY_WORDS,
  LAW_PHRASES,
  OTHER_POWER,
  LEGAL_CUES,
  MISSION_NOUNS,
  MISSION_PEOPLE,
  PERMISSION_ASKED,
  PERMISSION_LAST,
  PERMISSION_MODALS,
  STATE_ACTS,
  STRONG_LEGAL,
  WHAT_FOLLOWS,
} from "./cue-words.js";

/** The World Court's cases by the names people give them. */
const ICJ_CASE_NAMES = ["armed activities", "hostages case", "avena case", "lagrand case"];
const WAIVER_WORDS = new Set(["waive", "waived", "waives", "waiving", "waiver"]);
/** What a host owes a mission; asked in the past with an attack, it asks what the host did. */
const PROTECT_WORDS = new Set(["protect", "protected", "protection"]);
/** What an authority may or may not do to a mission: enter it, search it. */
const AUTHORITY_ACTS = new Set(
  "enter entered go gone search searched raid raided storm stormed arrest arrested".split(" "),
);
/** How far into a question "what is a …" may name the law's term. */
const TERM_OPENING = 5;
/** What a state owes, asked with "what" or "which": "what were iran's obligations". */
const OWED_WORDS = new Set(["obligation", "obligations", "owed", "owe", "owes"]);
const ANSWERS_FOR = new Set([
  "responsible",
  "liable",
  "accountable",
  "blame",
  "obliged",
  "obligated",
  "required",
  "bound",
]);
/** Being responsible for a mission's safety, not for an attack. */
const RESPONSIBLE_FOR_DUTY = ["security", "protecting", "protection", "the security", "the protection"].map(
  (what) => `responsible for ${what}`,
);
/** Asking whether consent was needed: "did peru need japan's consent to storm the residence". */
const CONSENT_WORDS = new Set(["consent", "permission", "approval"]);
const NEED_WORDS = new Set(["need", "needs", "needed", "require", "requires", "required"]);
const ATTACKED = new Set("attacked stormed burned torched bombed raided besieged overrun".split(" "));

export interface LegalCues {
  /** A year, a decade, a period or a city sets the question at an event. */
  incidentAnchor: boolean;
  /** A word of the law, when nothing sets the question at an event. */
  legalCue: boolean;
  /** Law, whatever else the question names. */
  strongLegal: boolean;
  /**
   * What a mission's people or an authority may do is asked (an errand word in it is part of the
   * question: "can police walk into the visa waiting room").
   */
  peopleMay: boolean;
  /** "drc v uganda": a case cited as courts cite them. */
  citedCase: boolean;
}

/** The words that make a question one of law, and those that set it at an event. */
export function readLegalCues(
  tokens: readonly string[],
  has: (phrase: string) => boolean,
  signals: QuerySignals,
  timeNamed: boolean,
  responseAsked: boolean,
): LegalCues {
  // A city sets the scene of an event, unless the question asks about immunity or inviolability
  // ("ambassador's wife slaps a shop worker in seoul, is she immune"): a year still makes it the event.
  // "Is the embassy american territory" asks whose territory it is; "kidnapped on its territory" does not.
  const askedImmune = tokens.some(
    (t, i) =>
      IMMUNITY_WORDS.has(t) || (t === "territory" && !/^(its|their|on|whose)$/.test(tokens[i - 1] ?? "")),
  );
  const incidentAnchor =
    signals.years.size > 0 ||
    signals.decades.size > 0 ||
    (signals.cities.size > 0 && !askedImmune) ||
    timeNamed;
  // "A consul was arrested for a bar fight", "consul charged with fraud": what the host's
  // authorities did to a mission's people asks whether they could; "the ambassador was shot" tells
  // of an attack.
  const actedOn = tokens.some((t, i) => {
    if (!MISSION_PEOPLE.has(t)) return false;
    const aux = /^(was|were|is|are|got|gets|been)$/.test(tokens[i + 1] ?? "") ? 1 : 0;
    return STATE_ACTS.has(tokens[i + 1 + aux] ?? "");
  });
  // "Did iranian police protect the saudi embassy when it was attacked": whether they did, then.
  const didProtect =
    tokens[0] === "did" && tokens.some((t) => PROTECT_WORDS.has(t)) && tokens.some((t) => ATTACKED.has(t));
  // "A diplomat was told to leave but he's still here. Now what": what follows, by law.
  const legalCue =
    (tokens.some(
      (t, i) =>
        (LEGAL_CUES.has(t) && !(didProtect && PROTECT_WORDS.has(t)) && !breachedPlace(tokens, i)) ||
        asksWhoMust(t, tokens[i + 1]),
    ) ||
      actedOn ||
      WHAT_FOLLOWS.some(has) ||
      askedImmune ||
      signals.articles.size > 0 ||
      signals.instruments.size > 0) &&
    !responseAsked;
  // "Can police enter the us embassy in london": what an authority may do, wherever it is asked
  // about, is law; a year makes it the event ("could police have stopped tehran 1979"). So is what a
  // mission's people may do ("can moscow stop american diplomats from travelling"), whatever errand
  // word it uses ("can an ex-diplomat come back as a tourist"), unless it is the asker who is asked
  // ("can you list diplomats killed in moscow").
  const peopleMay = tokens.some(
    (t, i) => PERMISSION_MODALS.has(t) && !asksTheBot(tokens, i) && tokens.some((w) => MISSION_PEOPLE.has(w)),
  );
  // "Host demands 48 hours notice before any diplomat travels": what an authority insists on, told
  // in the present, asks whether it may.
  const authorityDemands = tokens.some(
    (t, i) => AUTHORITY_NOUNS.has(t) && tokens.slice(i + 1, i + 3).some((next) => DEMAND_VERBS.has(next)),
  );
  const authorityAsked =
    signals.years.size === 0 &&
    (peopleMay ||
      authorityDemands ||
      tokens.some(
        (t, i) =>
          PERMISSION_MODALS.has(t) &&
          tokens
            .slice(i + 1, i + (tokens[i + 1] === "not" ? 4 : 3))
            .some((next) => AUTHORITY_NOUNS.has(next)),
      ));
  // "Are embassies allowed to be searched", "is a diplomat permitted to…": a yes/no question of permission.
  // "…, allowed?" and "…. lawful?" ask the same at the end.
  const permissionQuestion =
    (["is", "are", "was", "were"].includes(tokens[0] ?? "") &&
      tokens.some((t) => t === "allowed" || t === "permitted")) ||
    PERMISSION_LAST.has(tokens.at(-1) ?? "") ||
    // "Are honorary consulates protected by the host state", "why are embassies protected" ask what
    // the law gives them, now; "were embassies protected in 1979" asks what happened.
    // "Honorary consul office is protected by the host state?" asks the same, put as a statement.
    ((["is", "are"].includes(tokens[/^(why|how)$/.test(tokens[0] ?? "") ? 1 : 0] ?? "") ||
      tokens.some((t, i) => t === "protected" && /^(is|are)$/.test(tokens[i - 1] ?? ""))) &&
      tokens.includes("protected") &&
      !timeNamed &&
      signals.years.size === 0);
  // "Is a host government responsible if its police stand by while a mob attacks an embassy": a
  // question put as a case, "if…", asks what the law says whatever host response it names.
  const hypothetical =
    /^(is|are|does|do|can|could|must|would|should)$/.test(tokens[0] ?? "") &&
    tokens.includes("if") &&
    tokens.some((t) => LEGAL_CUES.has(t) && !PERMISSION_MODALS.has(t));
  // "drc v uganda", and "congo uganda embassy case": two states and their case ("a case of…",
  // "cases where…" are instances).
  const caseNamed = tokens.some(
    (t, i) =>
      /^(v|vs|case)$/.test(t) &&
      !/^(of|where|when|in|like|that|which)$/.test(tokens[i + 1] ?? "") &&
      !/^an?$/.test(tokens[i - 1] ?? ""),
  );
  const citedCase = caseNamed && signals.countries.size >= 2;
  // "Could the british police have entered the libyan embassy … in 1984", "why the police could not
  // search the embassy": what an authority could have done is the law, even of a past event.
  const couldHave = tokens.some(
    (t, i) =>
      (t === "could" || t === "couldn") &&
      tokens.slice(Math.max(0, i - 3), i + 4).some((w) => AUTHORITY_NOUNS.has(w)) &&
      tokens.slice(i + 1, i + 7).some((w) => AUTHORITY_ACTS.has(w)),
  );
  // "Why didn't british police just go in and grab assange": why an authority held back is the law
  // that held it; with a year it asks about the event.
  const whyNot =
    tokens[0] === "why" &&
    signals.years.size === 0 &&
    tokens.slice(1, 4).some((w) => /^(not|didnt|dont|doesnt|wont|cant|cannot)$/.test(w)) &&
    tokens.some((w) => AUTHORITY_NOUNS.has(w)) &&
    tokens.some((w) => AUTHORITY_ACTS.has(w));
  // "Protesters breach the british embassy in tehran - what were iran's obligations?": what a state
  // owed is the law, whatever event the question tells of.
  // "Iran's obligations after the 2011 storming…": what a state owed, named first.
  const owedAsked =
    (tokens.some((t) => t === "what" || t === "which") && tokens.some((t) => OWED_WORDS.has(t))) ||
    // ("iran's obligations were ignored in 1979" tells of the event).
    tokens
      .slice(0, 3)
      .some((t, i) => OWED_WORDS.has(t) && !/^(was|were|is|are|had|has|have)$/.test(tokens[i + 1] ?? ""));
  // "…and the police did nothing. is the host country responsible?": whether a state answers for it.
  // "Was serbia obliged to protect the us embassy in 2008": the state may be named as a country.
  const countryWords = new Set([...signals.countries.values()].flat());
  const answersForAsked = tokens.some(
    (t, i) =>
      /^(is|are|was|were)$/.test(t) &&
      tokens[i - 1] !== "who" &&
      tokens.slice(i + 1, i + 4).some((w) => AUTHORITY_NOUNS.has(w) || countryWords.has(w)) &&
      tokens.slice(i + 2, i + 5).some((w) => ANSWERS_FOR.has(w)),
  );
  const consentNeeded = tokens.some(
    (t, i) => CONSENT_WORDS.has(t) && tokens.slice(Math.max(0, i - 3), i).some((w) => NEED_WORDS.has(w)),
  );
  // "Can consular archives be seized by the host state": a question that opens with a modal asks
  // what is allowed, whatever response words it uses; "can you…" asks the bot.
  // "Who must guard the chinese consulate in karachi", "who is responsible for security outside the
  // australian embassy", "who pays if protesters trash an embassy": whose duty it is, wherever set
  // ("who is responsible for the 1983 beirut bombing" asks who did it).
  const whoseDuty =
    (tokens[0] === "who" &&
      (/^(must|should)$/.test(tokens[1] ?? "") || (tokens[1] === "pays" && tokens.includes("if")))) ||
    RESPONSIBLE_FOR_DUTY.some(has);
  // "Does a state have to pay reparation after…" ("have to" reads as "must"): whether it must.
  const mustAsked = /^(does|do)$/.test(tokens[0] ?? "") && tokens.slice(1, 5).includes("must");
  const modalFirst =
    (PERMISSION_MODALS.has(tokens[0] ?? "") && !asksTheBot(tokens, 0) && signals.years.size === 0) ||
    mustAsked;
  // "What is a protecting power, like switzerland for usa in teheran": a term of the law asked about.
  // "…crate at stansted 1984 - was it a diplomatic bag": whether something was what the law names.
  const termAsked =
    (/^(what|whats)$/.test(tokens[0] ?? "") && lawTermOpens(tokens)) ||
    LAW_PHRASES.some((p) =>
      [
        "was it a",
        "is it a",
        "was that a",
        "is that a",
        "counts as a",
        "was that",
        "is that",
        "was it",
        "is it",
      ].some((q) => has(`${q} ${p}`)),
    );
  // "Art 45 vcdr custody of premises by a third state": an article named is law, whatever else it says.
  const strongLegal =
    termAsked ||
    signals.articles.size > 0 ||
    hypothetical ||
    permissionQuestion ||
    modalFirst ||
    citedCase ||
    owedAsked ||
    answersForAsked ||
    consentNeeded ||
    whoseDuty ||
    couldHave ||
    whyNot ||
    // "Georgia waived immunity of its diplomat makharadze after the 1997 crash": a waiver is an act
    // of this law, whatever event it followed.
    (tokens.some((t) => WAIVER_WORDS.has(t)) && tokens.some((t) => IMMUNITY_WORDS.has(t))) ||
    tokens.some((t) => STRONG_LEGAL.has(t)) ||
    // "Armed activities case diplomatic premises uganda": a case of the World Court by its name.
    ICJ_CASE_NAMES.some(has) ||
    // "Freedom of communication for consulates": the law's own term of art, when no event is named.
    (LAW_PHRASES.some(has) && !OTHER_POWER.some(has) && !incidentAnchor) ||
    // "Embassy premises can be requisitioned by the host state": whether something may be done to it.
    (signals.years.size === 0 && tokens.some((t, i) => PERMISSION_MODALS.has(t) && tokens[i + 1] === "be")) ||
    has("international court") ||
    PERMISSION_ASKED.some(has) ||
    authorityAsked;
  return { incidentAnchor, legalCue, strongLegal, peopleMay: authorityAsked, citedCase };
}

/**
 * "Who protects", "who takes care of the building": who must act is a legal question; "ambassadors
 * who were assassinated" asks about events.
 */
function asksWhoMust(token: string, next: string | undefined): boolean {
  return token === "who" && !/^(was|were|had|did|died|killed|attacked|stormed)$/.test(next ?? "");
}

/** A term of the law ("protecting power", "persona non grata") among a question's first words. */
export function lawTermOpens(tokens: readonly string[]): boolean {
  const opening = ` ${tokens.slice(0, TERM_OPENING).join(" ")} `;
  return LAW_PHRASES.some((p) => hasPhrase(opening, p));
}

/** What the bot is asked to do: "can you list…". */
const REQUEST_VERBS = new Set(
  "list show tell give find name help explain summarise summarize describe remind recommend send pull get fetch bring look check dig".split(
    " ",
  ),
);

/**
 * "Can you list diplomats killed in moscow" asks the bot; "can you sue a diplomat for unpaid rent"
 * asks what anyone may do.
 */
function asksTheBot(tokens: readonly string[], modal: number): boolean {
  return (
    tokens[modal + 1] === "you" &&
    (REQUEST_VERBS.has(tokens[modal + 2] ?? "") || tokens[modal + 2] === undefined)
  );
}

const BREACH_WORDS = new Set(["breach", "breaches", "breached", "breaching"]);
const BREACHED_PLACES = new Set([
  "gate",
  "gates",
  "wall",
  "walls",
  "fence",
  "perimeter",
  "compound",
  "door",
  "doors",
]);

/** "Protesters breached a us embassy", "…breached the gates": a way forced in, not a treaty broken. */
function breachedPlace(tokens: readonly string[], i: number): boolean {
  return (
    BREACH_WORDS.has(tokens[i]!) &&
    tokens.slice(i + 1, i + 4).some((w) => MISSION_NOUNS.has(w) || BREACHED_PLACES.has(w))
  );
}
