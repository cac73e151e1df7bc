import { countryName } from "../countries.js";
import {
  HOST_RESPONSE_LABELS,
  type HostResponse,
  type IncidentType,
  type Instrument,
} from "../dataset/vocabulary.js";
import type { Region } from "../regions.js";
import type { CountryRole as Role, QuerySignals } from "../search/understand.js";
import { hasPhrase, normalizeText, tokenize } from "../text/normalize.js";
import { FOREIGN_FUNCTION_WORDS, GENERIC_WORDS, nearStopword, STOPWORDS } from "../text/stopwords.js";
import { KILL_WORDS, PEACEFUL_WORDS, PRECEDENT_WORDS, typesOfWord, VIOLENT_WORDS } from "./synonyms.js";
import type { QueryFilters } from "./parse-query.js";
import { RESPONSE_PHRASES } from "./response-words.js";
import { asksNewest, readTimeWords, type YearSpan } from "./time-words.js";
import { harmToProtectedPerson, steeredInstruments } from "./instrument-words.js";
import { setAside } from "./set-aside.js";
import { lawTermOpens, readLegalCues } from "./legal-cues.js";
import {
  ADJECTIVE,
  AUTHORITY_NOUNS,
  BUILDING_NOUNS,
  COUNT_CUES,
  DEFINITION_CUES,
  DOMAIN_WORDS,
  HARM_WORDS,
  ICJ_PHRASES,
  LAW_LIST_NOUNS,
  LAW_PHRASES,
  LAW_TERMS,
  OTHER_POWER,
  LIST_CUES,
  MISSION_NOUNS,
  MISSION_PEOPLE,
  MISSION_TYPE_LABELS,
  MISSION_TYPE_WORDS,
  PERPETRATOR_NOUNS,
  PERMISSION_MODALS,
  PLURAL_EVENTS,
  SECURITY_NOUNS,
  STRONG_LEGAL,
  TREATY_WORDS,
} from "./cue-words.js";

/**
 * What a question asks for. A lookup wants one incident or one rule; a legal question wants the
 * law first; a list wants every incident that fits; a count wants how many there are.
 */
export type Intent = "lookup" | "legal" | "list" | "count" | "off-topic";

export interface Reading {
  intent: Intent;
  /** Constraints the words imply; lists and counts apply them as filters. */
  filters: QueryFilters;
  /** Instruments the words steer to ("court" → ICJ, "consular" → VCCR). */
  instruments: Set<Instrument>;
  /** Article numbers the words name ("article 22", "art. 29"). */
  articles: ReadonlySet<string>;
  /** The constraints understood, for summary lines: "Bombings · Africa · 1990–1999". */
  understood: string[];
  /** Whose each named country is, for ranking lookups too. */
  roles: ReadonlyMap<string, Role>;
  /** A list of law ("which articles…", "list of icj cases"): duties only, no illustrations. */
  lawList: boolean;
  /** The question asks for precedents of what it tells ("…has this happened before?"). */
  precedents: boolean;
  /** The words are about missions, diplomats or their law at all: "who won eurovision" is not. */
  aboutMissions: boolean;
  /**
   * "What must the host do", "what must greece do as host": the host state named as the one
   * obliged, whose duties to missions are this law ("can i host a dinner", "the host of a party" are not).
   */
  hostObliged: boolean;
  /** "What does inviolability mean?": the plain-language notes on a concept answer before the articles. */
  definition: boolean;
  /** An embassy or a diplomat is named and no consulate: the consular convention is not the answer. */
  diplomaticOnly: boolean;
  /** "The latest…", "last time…", "the most recent…": a list answers newest first. */
  newest: boolean;
  /**
   * The words no filter or cue explained ("set on fire by mobs" → "mobs" once "fire" is arson):
   * what a list ranks its matches by. Empty: the filters said it all, and the best known lead.
   */
  residue: string[];
}

export interface ReadContext {
  today: string;
  regions: ReadonlyMap<string, Region>;
  /** Whether the data knows a word, near spellings included; absent, every word counts as known. */
  known?: (word: string) => boolean;
  /** Whether the World Court's cases use a word ("tehran hostages case", not "harry dunn case"); absent, any. */
  courtKnows?: (word: string) => boolean;
  /** Whether these words name what incidents name ("red guards", "asala"); absent, none does. */
  namesIncidents?: (words: readonly string[]) => boolean;
  /** Whether a word is the name of one of the law's few records ("avena", "lagrand"); absent, none is. */
  namesLaw?: (word: string) => boolean;
  /** Whether the data holds a siege of a mission in this city; absent, every city has one. */
  siegeIn?: (city: string) => boolean;
}

/** Taxes are this law's only when a mission or its people pay them: "tax exemption for charities" is not. */
const TAX_WORDS = new Set(["tax", "taxes", "taxed", "taxation"]);
/** Words for who died in an attack on a mission, and words that say an attack was deadly. */
const THE_DEAD = new Set([...MISSION_PEOPLE, "people", "staff", "guards", "employees", "anyone", "hostages"]);
const DEADLY = new Set(["deadly", "deadliest", "fatal", "lethal"]);
const DIED = new Set(["killed", "died", "dead", "murdered", "slain"]);

/** People of or at a mission died ("diplomats have been killed"), or the attacks asked for were deadly. */
function peopleDied(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      DEADLY.has(t) || (DIED.has(t) && tokens.slice(Math.max(0, i - 4), i).some((w) => THE_DEAD.has(w))),
  );
}

/** What Commonwealth countries call their embassies in each other's capitals, and their heads. */
const HIGH_COMMISSION = ["high commission", "high commissions", "high commissioner"];

/** Phrases that ask for precedents, whatever else the question says. */
const PRECEDENT_ASKED = [
  "happened before",
  "happen before",
  "precedent",
  "precedents",
  "other times",
  "last happen",
  "last happened",
  "happened previously",
  "any previous",
  "earlier cases",
  "happen once before",
  "happened once before",
  "happen earlier",
  "happened earlier",
  "happened in the past",
  "similar cases",
  "similar case",
  "similar incidents",
  "similar attacks",
  "anything similar",
  "any similar",
  "like this before",
  "seen this before",
  "anything like this before",
  "last time this",
  "last time that",
  "comparable cases",
  "any history",
  "history here",
  "how often does this",
  "how often has this",
  "how often does a host",
];

/**
 * Whether the question asks for precedents: "has this happened before?", "precedents?", "other
 * times?", or "has the us embassy in baghdad been attacked before?".
 */
function precedentAsked(has: (phrase: string) => boolean, tokens: readonly string[]): boolean {
  const hasBefore = /^(has|have)$/.test(tokens[0] ?? "") && tokens.includes("before");
  return hasBefore || PRECEDENT_ASKED.some(has);
}

/** "The main international rules protecting embassies": the law's chief rules, a list of law. */
const LAW_LIST_CUES = new Set("main key basic core principal".split(" "));

/** After "which", a noun in the singular asks for one: "which embassy", "which ambassador". */
const ONE_ASKED = new Set(
  "embassy consulate legation mission ambassador diplomat incident attack siege".split(" "),
);

/** Ways of asking for the one event remembered: "the time when…", "what was that thing where…". */
const ONE_EVENT = [
  "the time when",
  "that time when",
  "the time that",
  "that thing where",
  "that thing when",
  "remember when",
  "the one where",
];

/** Authorities going into a place: with police or soldiers, a question of the premises' inviolability. */
const ENTERING = new Set(["enter", "entered", "entering", "enters", "raid", "raided", "storm", "stormed"]);

/** The people an incident killed, hurt or held: "how many people died". */
const CASUALTY_NOUNS = new Set(
  "people persons deaths dead casualties victims hostages injured wounded killed died".split(" "),
);

/** A mission's people, many of them: "ambassadors assassinated". */
const PLURAL_PEOPLE = new Set("ambassadors envoys consuls attaches".split(" "));

/** Whether any did: "did anyone attack…", "has anybody…", "were there…". */
const ANY_ASKED = [
  "did anyone",
  "did anybody",
  "has anyone",
  "has anybody",
  "have there been",
  "were there",
  "has there been",
  "has an embassy",
  "has a consulate",
  "has an ambassador",
  "has a diplomat",
  "have embassies",
  "have diplomats",
];

/** A participle of an attack: "assassinated", "kidnapped", "killed", "shot", "slain". */
function doneTo(word: string): boolean {
  const attack = typesOfWord(word).length > 0 || HARM_WORDS.has(word) || KILL_WORDS.has(word);
  return attack && (word.endsWith("ed") || word === "shot" || word === "slain");
}

/** Attacks in the plural: "red guard attacks", "black september bombings". */
const ATTACKS = new Set(
  "attacks bombings stormings sieges raids kidnappings assassinations airstrikes arsons takeovers seizures protests".split(
    " ",
  ),
);

/** "How many days": a length of time, not a number of incidents. */
const DURATION_NOUNS = new Set("minutes hours days weeks months years".split(" "));

/** Words before a city taken in another event: "when the rebels took goma". */
const CITY_TAKEN = new Set(
  "take takes took taken taking capture captures captured capturing seize seizes seized seizing overran overrun".split(
    " ",
  ),
);

/** Words before a place: "in bombay", "at the", "near". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "outside"]);

/** Words that open a clause after "mean": "does immunity mean they…", "does that mean the host…". */
const CLAUSE_STARTS = new Set(
  "that they he she you we it i the a an his her their diplomats police".split(" "),
);

/** "What is persona non grata": at most this many words, so "what is the law on…" stays a question of law. */
const SHORT_DEFINITION_WORDS = 5;

/** One reading of the question that the search, the list and the count all follow. */
export function readQuestion(text: string, signals: QuerySignals, context: ReadContext): Reading {
  const tokens = tokenize(text);
  const joined = ` ${tokens.join(" ")} `;
  const has = (phrase: string) => hasPhrase(joined, phrase);

  const time = readTimeWords(tokens, context.today);
  const newest = asksNewest(tokens);
  const responses = readResponses(has, tokens);
  const region = readRegion(tokens, context.regions);
  const { roles, filterRoles, bareNames, ofPeople } = countryRoles(
    tokens,
    signals,
    region?.used ?? [],
    responses.length > 0,
  );
  // "The cold war … in the 70s": the years named inside a period narrow it.
  const years = spanOfYears(signals);
  const narrower =
    time?.from !== undefined &&
    time.to !== undefined &&
    !time.datePrefix &&
    years !== undefined &&
    years.from >= time.from &&
    years.to <= time.to;
  const span = narrower ? years : (time ?? years);
  const filters = filtersOf({ filterRoles, region, span, responses, signals });
  // "Embassies in kinshasa when the rebels took goma": a city taken in another event tells when.
  const takenCities = [...signals.cities]
    .filter(([, words]) => CITY_TAKEN.has(tokens[tokens.indexOf(words[0]!) - 1] ?? ""))
    .map(([city]) => city);
  if (filters.cities && takenCities.length > 0 && takenCities.length < filters.cities.length)
    filters.cities = filters.cities.filter((c) => !takenCities.includes(c));
  const missionTypes = [
    ...new Set(
      Object.keys(MISSION_TYPE_WORDS)
        .filter(has)
        .map((w) => MISSION_TYPE_WORDS[w]!),
    ),
  ];

  const cues = readLegalCues(tokens, has, signals, time !== undefined, responses.length > 0);
  const { incidentAnchor, legalCue, peopleMay } = cues;
  // "The avena case was brought by which country": a case named by a word only the law's records use.
  const namedCase = tokens.some(
    (t, i) =>
      /^(case|judgment|judgement|ruling)$/.test(tokens[i + 1] ?? "") && (context.namesLaw?.(t) ?? false),
  );
  const citedCase = cues.citedCase || namedCase;
  const strongLegal = cues.strongLegal || namedCase;
  // Cue words steer the law's ranking; they do not by themselves make a question legal.
  const { instruments, diplomaticOnly } = steeredInstruments(
    tokens,
    has,
    signals,
    citedCase,
    context.courtKnows,
  );
  const named = [...filterRoles.values()].some((r) => r !== "perpetrator");
  const constrained =
    region !== undefined ||
    named ||
    signals.cities.size > 0 ||
    span !== undefined ||
    responses.length > 0 ||
    missionTypes.length > 0 ||
    signals.types.size > 0;
  // The words that named a country: "americans", "russian", "soviet".
  const countryWords = new Set([...signals.countries.values()].flat());
  // "Benghazi consulate, how many americans were killed" asks how many people, of one incident.
  const countsPeople = tokens.some((t, i) => {
    if (t !== "how" || tokens[i + 1] !== "many") return false;
    const counted = tokens.slice(i + 2, i + 5);
    // "…hostages, how many days": how long one incident lasted.
    if (DURATION_NOUNS.has(tokens[i + 2] ?? "")) return true;
    return (
      !counted.some((w) => PLURAL_EVENTS.has(w) || MISSION_NOUNS.has(w) || w === "times") &&
      counted.some((w) => CASUALTY_NOUNS.has(w) || countryWords.has(w))
    );
  });
  // "Does the garden count as part of the embassy", "does a visiting head of state count" ask what
  // something is, not how many.
  const counting =
    !countsPeople &&
    COUNT_CUES.some(
      (cue) => has(cue) && !has(`${cue} as`) && !(cue === "count" && tokens.at(-1) === "count"),
    );
  // "Which embassy…", "which american ambassador…" ask for one; "which embassies…" for every one.
  // "Name three embassy sieges": "name" first asks for some.
  const listCue =
    (tokens[0] === "name" && tokens.slice(1, 5).some((w) => PLURAL_EVENTS.has(w))) ||
    tokens.some(
      (t, i) =>
        LIST_CUES.has(t) && !(t === "which" && tokens.slice(i + 1, i + 3).some((w) => ONE_ASKED.has(w))),
    );
  // "Ambassadors who were assassinated": people of missions to whom something happened, every one.
  const whoWere = ["who were", "that were", "who have been"].some(has);
  // "Ambassadors assassinated", "envoys kidnapped": people to whom it happened, every one; in
  // "guerrillas take ambassadors hostage" they are the ones it happened to once.
  const peopleTo = tokens.some((t, i) => PLURAL_PEOPLE.has(t) && doneTo(tokens[i + 1] ?? ""));
  // "Did anyone ever attack a soviet embassy", "were there attacks in oslo": whether any did, so every one.
  const anyAsked = ANY_ASKED.some(has);
  // "Russian or soviet embassy attacked": either one's, so every one of both.
  const eitherCountry = tokens.some(
    (t, i) => t === "or" && countryWords.has(tokens[i - 1] ?? "") && countryWords.has(tokens[i + 1] ?? ""),
  );
  // "The time when boxers trapped all the foreign diplomats in peking": one event, told in the plural.
  const oneEvent = ONE_EVENT.some(has);
  const listing =
    !oneEvent &&
    (listCue || whoWere || peopleTo || anyAsked || eitherCountry || tokens.some((t) => PLURAL_EVENTS.has(t)));

  const residue = residueOf(tokens, signals, [...(time?.used ?? []), ...(region?.used ?? [])], responses);
  // "Consulates attacked in bombay", when the data knows no Bombay: a list of every consulate
  // attacked would answer a question not asked. Looked up instead, it finds nothing confident.
  // Only a word where a place would stand: "hostage dramas of the 1970s" is the asker's word for them.
  const unknownLeft =
    context.known !== undefined &&
    tokens.some(
      (t, i) => residue.includes(t) && !context.known!(t) && PLACE_PREPOSITIONS.has(tokens[i - 1] ?? ""),
    );
  // Words the data has never used cannot rank a list ("hostage dramas of the 1970s": "dramas" is
  // the asker's word for them); only the known ones make it a question about one incident.
  const nothingLeft = !residue.some((t) => context.known?.(t) ?? true);
  let intent: Intent = "lookup";
  // Nothing ties the question to missions, their people or the law, and it has a word the data has
  // never heard of: "storming of the bastille", "hostage negotiation training". A year or a country
  // does not tie it: "lockerbie bombing libya" and "munich olympics hostage crisis 1972" are about
  // something else.
  // "Convention" or "treaty" alone does not tie it either: "comic-con convention dates san diego".
  // A city the data knows with a kind of attack does tie it: "benghazi attack chris stevens".
  const harmed = tokens.some((t) => HARM_WORDS.has(t));
  // So does a case cited as courts cite them: "avena case mexico v usa".
  const anchored =
    citedCase ||
    // "Germany sued the usa over the execution of two german brothers": states before a court.
    (signals.countries.size >= 2 && tokens.some((t) => STRONG_LEGAL.has(t))) ||
    (LAW_PHRASES.some(has) && !OTHER_POWER.some(has)) ||
    // "The bombing in east africa in the late 90s": a kind of attack where the data has incidents.
    ((signals.cities.size > 0 || region !== undefined) && (signals.types.size > 0 || harmed)) ||
    // "Why didn't british police just go in and grab assange": authorities entering is this law's.
    (tokens.some((t) => AUTHORITY_NOUNS.has(t)) && tokens.some((t) => ENTERING.has(t))) ||
    signals.instruments.size > 0 ||
    signals.articles.size > 0 ||
    ICJ_PHRASES.some(has) ||
    // "Medellin v texas and the avena judgment": a word that names a rule or a case of this law.
    tokens.some((t) => context.namesLaw?.(t) ?? false) ||
    // "Best authority for the proposition that the host must act even against private attackers".
    tokens.some((t, i) => t === "host" && PERMISSION_MODALS.has(tokens[i + 1] ?? "")) ||
    HIGH_COMMISSION.some(has) ||
    tokens.some(
      (t) =>
        (DOMAIN_WORDS.has(t) && !TREATY_WORDS.has(t)) ||
        (LAW_TERMS.has(t) && !TAX_WORDS.has(t)) ||
        MISSION_NOUNS.has(t) ||
        MISSION_PEOPLE.has(t),
    );
  const known = context.known;
  // What a host did, said in words the records never use ("egged the mob on"), is understood all the same.
  const responseSaid = new Set(RESPONSE_PHRASES.filter(([p]) => has(p)).flatMap(([p]) => p.split(" ")));
  const stray =
    !anchored &&
    known !== undefined &&
    signals.words.some(
      (w) =>
        !GENERIC_WORDS.has(w) &&
        !responseSaid.has(w) &&
        !known(w) &&
        !nearStopword(w) &&
        !FOREIGN_FUNCTION_WORDS.has(w),
    );
  const officialHarmed = harmToProtectedPerson(tokens, has);
  // "Siege of sarajevo": a city besieged in a war, when no mission there was (a mission named is one).
  const citySiege =
    !tokens.some((t) => MISSION_NOUNS.has(t)) &&
    [...signals.cities].some(([city, words]) => {
      const at = tokens.indexOf(words[0]!);
      return tokens[at - 1] === "of" && tokens[at - 2] === "siege" && !(context.siegeIn?.(city) ?? true);
    });
  if (!officialHarmed && (stray || citySiege || setAside(tokens, has, signals, peopleMay)))
    intent = "off-topic";
  else if (counting && constrained) intent = "count";
  else if (strongLegal) intent = "legal";
  // "Car bomb explodes outside an embassy in kabul, at least 5 dead. precedents?": the news pasted
  // tells of an event the data may not hold yet; what is asked is every earlier one like it.
  else if (
    precedentAsked(has, tokens) &&
    (signals.types.size > 0 || named || signals.cities.size > 0 || region !== undefined)
  )
    intent = "list";
  else if (
    listing &&
    constrained &&
    !unknownLeft &&
    (region ||
      span ||
      responses.length > 0 ||
      missionTypes.length > 0 ||
      named ||
      signals.cities.size > 0 ||
      listCue)
  )
    intent = legalCue && !incidentAnchor && !region ? "legal" : "list";
  // "Red guard attacks on foreign embassies": every attack that names them.
  else if (
    listing &&
    !legalCue &&
    !oneEvent &&
    (listCue || tokens.some((t) => ATTACKS.has(t))) &&
    context.namesIncidents?.(residue)
  )
    intent = "list";
  else if (legalCue && !incidentAnchor) intent = "legal";
  else if (listing && signals.types.size > 0 && nothingLeft && !legalCue) intent = "list";
  // Nothing named but a kind of attack (or a response) and a period or region: every one that fits
  // ("hostage crisis at an embassy in the 80s"). A single year, or a month, keeps the lookup, which
  // forgives a year off by one ("beirut embassy bombing april 1983" is one incident).
  else if (
    (signals.types.size > 0 || responses.length > 0) &&
    (region || (time && !time.datePrefix) || signals.decades.size > 0) &&
    nothingLeft &&
    !legalCue
  )
    intent = "list";
  // What hosts did, with no incident named: every time they did it ("when did security forces
  // actually protect an embassy from a mob").
  else if (responses.length > 0 && !named && signals.cities.size === 0 && signals.years.size === 0)
    intent = "list";
  // "When was the last embassy bombing", "what happened last time protesters breached a us
  // embassy": every one of its kind, newest first.
  else if (
    newest &&
    !legalCue &&
    (signals.types.size > 0 ||
      named ||
      signals.cities.size > 0 ||
      region !== undefined ||
      responses.length > 0)
  )
    intent = "list";
  // "Stormed in tehran — has this happened before?": the precedents there; "precedent for
  // protesters storming an embassy": every storming.
  else if (
    signals.precedent &&
    (named || signals.cities.size > 0 || region || span || signals.types.size > 0) &&
    nothingLeft
  )
    intent = "list";

  // A kind of mission narrows lists and counts only: the one attack asked about may be recorded
  // under another kind ("the benghazi consulate" was a special mission compound).
  if ((intent === "list" || intent === "count") && missionTypes.length > 0)
    filters.missionTypes = missionTypes;
  // "Embassy attacks pakistan": a country named bare, in a list, is where they happened.
  if ((intent === "list" || intent === "count") && filters.either)
    for (const code of bareNames)
      if (filters.either.includes(code) && filterRoles.get(code) === "either") {
        filters.either = filters.either.filter((c) => c !== code);
        filters.host = [...(filters.host ?? []), code];
        filterRoles.set(code, "host");
      }
  // "Which american ambassador was killed in khartoum in 1973": he died at the Saudi embassy. One
  // incident looked up ranks by whose the person was, but is not kept to that country's buildings.
  if (intent === "lookup")
    for (const code of ofPeople) {
      filters.mission = filters.mission?.filter((c) => c !== code);
      filters.either = filters.either?.filter((c) => c !== code);
      filterRoles.delete(code);
      roles.set(code, "either");
    }
  if (filters.mission?.length === 0) delete filters.mission;
  if (filters.either?.length === 0) delete filters.either;
  // "How many us diplomats have been killed", "deadliest embassy attacks": only the incidents in
  // which people died; "attacked after a nato strike killed gaddafi's son" tells why, not who died.
  if ((intent === "list" || intent === "count") && peopleDied(tokens)) filters.deadly = true;
  const understood = [
    ...(filters.missionTypes ?? []).map((t) => MISSION_TYPE_LABELS[t]),
    ...describe(signals, responses, region, filterRoles, span, filters.cities ?? []),
    ...(filters.deadly ? ["with deaths"] : []),
    ...(newest && (intent === "list" || intent === "count") ? ["newest first"] : []),
  ];
  // "Which articles…", "all the rules on…": a list of law; "every trip outside moscow" is not.
  const lawList =
    intent === "legal" &&
    tokens.some(
      (t, i) =>
        t === "articles" ||
        t === "cases" ||
        ((LIST_CUES.has(t) || LAW_LIST_CUES.has(t)) &&
          tokens.slice(i + 1, i + 4).some((w) => LAW_LIST_NOUNS.has(w))),
    );
  const aboutMissions =
    tokens.some((t) => DOMAIN_WORDS.has(t)) || HIGH_COMMISSION.some(has) || signals.instruments.size > 0;
  const hostObliged = tokens.some(
    (t, i) => t === "host" && /^(the|as)$/.test(tokens[i - 1] ?? "") && tokens[i + 1] !== "of",
  );
  // "Tax exemption for charities in the uk": a legal question tied to nothing of this field but a
  // tax word is another field's.
  if (
    intent === "legal" &&
    !aboutMissions &&
    tokens.some((t) => TAX_WORDS.has(t)) &&
    !tokens.some(
      (t) => MISSION_PEOPLE.has(t) || MISSION_NOUNS.has(t) || (LAW_TERMS.has(t) && !TAX_WORDS.has(t)),
    ) &&
    signals.articles.size === 0
  )
    intent = "off-topic";
  // "What is inviolability", "whats persona non grata": a short question about a term.
  // "What is article 22", "what is the vcdr" name the record itself.
  // "What is a protecting power, like switzerland for usa in teheran": a term of the law asked
  // first, whatever example follows it.
  const whatIsTerm =
    (has("what is") || has("what are") || tokens[0] === "whats") &&
    (tokens.length <= SHORT_DEFINITION_WORDS || lawTermOpens(tokens)) &&
    signals.articles.size === 0 &&
    signals.instruments.size === 0;
  // "Does immunity mean they can't be prosecuted" asks what follows, not what the term means.
  const meansClause = tokens.some(
    (t, i) => (t === "mean" || t === "means") && CLAUSE_STARTS.has(tokens[i + 1] ?? ""),
  );
  // "Inviolability": a term of the law typed alone asks what it is ("diplomatic immunity" is the rule).
  const termAlone =
    tokens.length === 1 &&
    tokens.some((t) => LAW_TERMS.has(t)) &&
    signals.articles.size === 0 &&
    signals.instruments.size === 0;
  // "Explain art. 31 vcdr": the article named is the answer, not the one that defines terms.
  const definition =
    signals.articles.size === 0 &&
    (DEFINITION_CUES.some((cue) => has(cue) && !(meansClause && (cue === "mean" || cue === "means"))) ||
      whatIsTerm ||
      termAlone);
  return {
    intent,
    filters,
    instruments,
    articles: signals.articles,
    understood,
    roles,
    lawList,
    precedents: signals.precedent || precedentAsked(has, tokens),
    aboutMissions,
    hostObliged,
    definition,
    diplomaticOnly,
    newest,
    residue,
  };
}

interface Constraints {
  filterRoles: ReadonlyMap<string, FilterRole>;
  region: { region: Region; role: Role } | undefined;
  span: Pick<YearSpan, "from" | "to" | "label" | "datePrefix" | "afterDate" | "beforeDate"> | undefined;
  responses: HostResponse[];
  signals: QuerySignals;
}

/** The incident constraints the words name; the attackers' nationality constrains nothing. */
function filtersOf({ filterRoles, region, span, responses, signals }: Constraints): QueryFilters {
  const filters: QueryFilters = {};
  for (const [code, role] of filterRoles) if (role !== "perpetrator") addCountry(filters, code, role);
  if (region) {
    const codes = [...region.region.codes];
    if (region.role === "mission") filters.mission = [...(filters.mission ?? []), ...codes];
    else filters.host = [...(filters.host ?? []), ...codes];
  }
  if (span?.from !== undefined) filters.from = span.from;
  if (span?.to !== undefined) filters.to = span.to;
  if (span?.datePrefix) filters.datePrefix = span.datePrefix;
  if (span?.afterDate) filters.afterDate = span.afterDate;
  if (span?.beforeDate) filters.beforeDate = span.beforeDate;
  if (signals.types.size > 0) filters.types = [...signals.types];
  // "Another country bombed an embassy": a state bombs another's capital from the air.
  if (responses.includes("third-state-action") && filters.types?.includes("bombing"))
    filters.types = [...new Set([...filters.types, "airstrike" as const])];
  if (responses.length > 0) filters.responses = responses;
  if (signals.cities.size > 0) filters.cities = [...signals.cities.keys()];
  return filters;
}

/** The summary line's parts: "Bombings · Africa · 1990–1999". */
function describe(
  signals: QuerySignals,
  responses: HostResponse[],
  region: Constraints["region"],
  filterRoles: ReadonlyMap<string, FilterRole>,
  span: Constraints["span"],
  cities: readonly string[],
): string[] {
  const parts = [...typeLabels(signals.types), ...responses.map((r) => HOST_RESPONSE_LABELS[r])];
  if (region)
    parts.push(region.role === "mission" ? `${region.region.label}'s missions` : region.region.label);
  for (const [code, role] of filterRoles) if (role !== "perpetrator") parts.push(countryLabel(code, role));
  for (const city of cities) parts.push(cityLabel(city));
  if (span) parts.push(span.label);
  return parts;
}

/** Words that only carry a type word ("set on fire", "took hostages") or frame a list ("around the world", "cases where"). */
const FRAME_WORDS = new Set(
  `set took taken held carried hit targeted struck happened occurred around world worldwide globally ever
  history crisis crises event events case cases instance instances occasion occasions other others`.split(
    /\s+/,
  ),
);

/** How a bomb was carried: "car bombs at embassies" asks for bombings, of which these are some. */
const BOMB_MEANS = new Set(["car", "cars", "truck", "trucks", "lorry", "lorries", "suicide"]);

/** Words that only frame a list ("which", "attacks", "embassies") or are already filters. */
function residueOf(
  tokens: readonly string[],
  signals: QuerySignals,
  used: readonly number[],
  responses: readonly HostResponse[],
): string[] {
  const taken = new Set(used);
  const named = new Set([...signals.countries.values(), ...signals.cities.values()].flat());
  const responseWords = new Set(
    responses.length === 0
      ? []
      : RESPONSE_PHRASES.filter(([, r]) => r.some((x) => responses.includes(x))).flatMap(([p]) =>
          p.split(" "),
        ),
  );
  return tokens.filter(
    (t, i) =>
      !taken.has(i) &&
      !(i === 0 && t === "name") &&
      !STOPWORDS.has(t) &&
      !GENERIC_WORDS.has(t) &&
      !named.has(t) &&
      !responseWords.has(t) &&
      typesOfWord(t).length === 0 &&
      !(BOMB_MEANS.has(t) && signals.types.has("bombing")) &&
      !/^\d/.test(t) &&
      !MISSION_NOUNS.has(t) &&
      !PLURAL_EVENTS.has(t) &&
      !PRECEDENT_WORDS.has(t) &&
      !((VIOLENT_WORDS.has(t) || PEACEFUL_WORDS.has(t) || KILL_WORDS.has(t)) && signals.explained.has(t)) &&
      !LIST_CUES.has(t) &&
      !COUNT_CUES.includes(t) &&
      !PERPETRATOR_NOUNS.has(t) &&
      !FRAME_WORDS.has(t),
  );
}

function readResponses(has: (phrase: string) => boolean, tokens: readonly string[]): HostResponse[] {
  for (const [phrase, responses] of RESPONSE_PHRASES) if (has(phrase)) return responses;
  // "Embassy raids by latin american governments": done by governments, whichever they were.
  const byGovernment = tokens.some(
    (t, i) => t === "by" && tokens.slice(i + 1, i + 5).some((w) => GOVERNMENT_NOUNS.has(w)),
  );
  return byGovernment ? ["host-state-action"] : [];
}
/** Who acts for a state: what is done "by" them is the host's own action. */
const GOVERNMENT_NOUNS = new Set(["government", "governments", "regime", "regimes"]);

function readRegion(
  tokens: readonly string[],
  regions: ReadonlyMap<string, Region>,
): { region: Region; role: Role; used: number[] } | undefined {
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const phrase = tokens.slice(i, i + size).join(" ");
      const region = regions.get(phrase);
      // "african embassies" are Africa's missions; "east africa embassy bombings" happened in East Africa.
      if (region)
        return {
          region,
          role: ADJECTIVE.test(phrase) && roleAt(tokens, i, i + size) === "mission" ? "mission" : "host",
          used: Array.from({ length: size }, (_, k) => i + k),
        };
    }
  }
  return undefined;
}

type FilterRole = Role | "perpetrator";

/**
 * Whether each named country is the host ("in iran"), the mission's ("iranian embassy"), or either.
 * Ranking trusts only a demonym ("the iraqi embassy" is Iraq's; "kenya embassy bombing" may be the one
 * in Kenya); lists also take "us embassies" as the missions' country, as headlines write it. A
 * nationality before "militants" or "students" is the attackers'; nationalities joined by "and"
 * share the role one of them states ("danish and norwegian embassies").
 */
function countryRoles(
  tokens: readonly string[],
  signals: QuerySignals,
  regionWords: readonly number[],
  askingResponse: boolean,
): {
  roles: Map<string, Role>;
  filterRoles: Map<string, FilterRole>;
  bareNames: Set<string>;
  ofPeople: Set<string>;
} {
  const roles = new Map<string, Role>();
  const filterRoles = new Map<string, FilterRole>();
  const bareNames = new Set<string>();
  const ofPeople = new Set<string>();
  const spans = new Map<string, [number, number]>();
  for (const [code, words] of signals.countries) {
    // "latin america" is a region, not the United States.
    const mentions = mentionSpans(tokens, words).filter(([first]) => !regionWords.includes(first));
    if (mentions.length === 0 && words.some((w) => tokens.includes(w))) continue;
    // Named twice ("west german militants seized the west german embassy"), a country takes the
    // part its clearest mention states.
    const [start, end] = mentions.find(([s, e]) => roleAt(tokens, s, e) !== "either") ??
      mentions[0] ?? [-1, -1];
    const role = start < 0 ? "either" : roleAt(tokens, start, end);
    if (start >= 0) spans.set(code, [start, end]);
    const named = words.join(" ");
    // "the us embassy", "uk consulate": headline abbreviations say whose building, as a demonym
    // does ("the us ambassador" may have been a guest at another country's embassy).
    const abbreviation = named.replace(/ /g, "").length <= 3 && BUILDING_NOUNS.has(tokens[end] ?? "");
    const demonym = abbreviation || (ADJECTIVE.test(named) && named !== normalizeText(countryName(code)));
    roles.set(code, role === "mission" && !demonym ? "either" : role);
    // "iraqi police stood by": when the question is what the host did, its security forces are the host's.
    const hostForces = askingResponse && SECURITY_NOUNS.has(tokens[end] ?? "");
    // "Armenian attacks on turkish diplomats" names who attacked; "us embassy iraq attacks", "in iraq
    // attacks" name where.
    const placeBeforeAttacks =
      role === "host" || (!ADJECTIVE.test(named) && /^attacks?$/.test(tokens[end] ?? ""));
    const attackers = start >= 0 && !placeBeforeAttacks && namesAttackers(tokens, start, end);
    filterRoles.set(code, hostForces ? "host" : attackers ? "perpetrator" : role);
    // "The american ambassador": whose the person was, not always whose the building was.
    if (MISSION_PEOPLE.has(tokens[end] ?? "")) ofPeople.add(code);
    // Said once, by its name ("pakistan"), with nothing saying whose: see the list rule in readQuestion.
    if (role === "either" && !attackers && named === normalizeText(countryName(code))) bareNames.add(code);
  }
  // "us and french embassies", "us, british and french embassies": countries joined to one whose
  // part is stated share it; "kuwait 1983 bombings us and french embassies" names where, apart.
  // (Commas are gone from the tokens: a country right before one that got its part through "and"
  // is in the same run.)
  const linked = new Set<string>();
  const joins = (code: string, other: string) => {
    const [a, b] = [spans.get(code)!, spans.get(other)!];
    const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
    const between = tokens.slice(first[1], second[0]);
    if (between.length === 0) return linked.has(other) && a[0] < b[0];
    return between.every((t) => t === "and" || t === "or");
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [code, role] of filterRoles) {
      if (role !== "either" || !spans.has(code)) continue;
      const partner = [...filterRoles].find(
        ([other, r]) => (r === "mission" || r === "host") && spans.has(other) && joins(code, other),
      );
      if (partner) {
        filterRoles.set(code, partner[1]);
        linked.add(code);
        changed = true;
      }
    }
  }
  return { roles, filterRoles, bareNames, ofPeople };
}

/** Where each mention of a country stands: the runs of its words that follow one another. */
function mentionSpans(tokens: readonly string[], words: readonly string[]): [number, number][] {
  const named = new Set(words);
  const spans: [number, number][] = [];
  tokens.forEach((token, i) => {
    if (!named.has(token)) return;
    const last = spans.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else spans.push([i, i + 1]);
  });
  return spans;
}

/** What a people did to a city or a mission: "when the japanese took the city", "the americans bombed…". */
const PEOPLE_DID = new Set(
  "took take captured invaded occupied seized bombed shelled attacked stormed raided besieged".split(" "),
);

/**
 * "armenian militants", or a group named in two words after it: "japanese red army", "iranian
 * revolutionary guards"; or a people that did it: "when the japanese took the city in 1937".
 */
function namesAttackers(tokens: readonly string[], start: number, end: number): boolean {
  const next = tokens[end] ?? "";
  if (PERPETRATOR_NOUNS.has(next)) return true;
  if (tokens[start - 1] === "the" && PEOPLE_DID.has(next)) return true;
  return !MISSION_NOUNS.has(next) && PERPETRATOR_NOUNS.has(tokens[end + 1] ?? "");
}

function roleAt(tokens: readonly string[], start: number, end: number): Role {
  // "In the us", "inside the netherlands": the article of such a name says nothing of whose ("in the
  // danish cartoon riots" is not in Denmark).
  const named = tokens.slice(start, end).join(" ");
  const takesThe = tokens[start - 1] === "the" && NAMES_WITH_THE.test(named);
  const before = (takesThe ? tokens[start - 2] : tokens[start - 1]) ?? "";
  const after = tokens[end] ?? "";
  if (MISSION_NOUNS.has(after) || (after === "high" && tokens[end + 1] === "commission")) return "mission";
  // "chinese diplomatic missions", "the french consular post"
  if ((after === "diplomatic" || after === "consular") && MISSION_NOUNS.has(tokens[end + 1] ?? ""))
    return "mission";
  if (before === "of" && MISSION_NOUNS.has(tokens[start - 2] ?? "")) return "mission";
  if (["in", "at", "inside", "across", "throughout"].includes(before)) return "host";
  return "either";
}

/** Country names said with "the": "the us", "the netherlands", "the soviet union", "the dominican republic". */
const NAMES_WITH_THE =
  /^(us|usa|uk|uae|ussr|netherlands|philippines|gambia|bahamas|maldives|vatican|congo|sudan|holy see|ivory coast|(united|soviet) .+|.+ (republic|islands|emirates|union|kingdom|states))$/;

function addCountry(filters: QueryFilters, code: string, role: Role): void {
  if (role === "host") filters.host = [...(filters.host ?? []), code];
  else if (role === "mission") filters.mission = [...(filters.mission ?? []), code];
  else filters.either = [...(filters.either ?? []), code];
}

function spanOfYears(signals: QuerySignals): { from: number; to: number; label: string } | undefined {
  const starts = [...signals.years, ...signals.decades];
  if (starts.length === 0) return undefined;
  const ends = [...signals.years, ...[...signals.decades].map((d) => d + 9)];
  const from = Math.min(...starts);
  const to = Math.max(...ends);
  return { from, to, label: from === to ? String(from) : `${from}–${to}` };
}

const TYPE_PLURALS: Record<IncidentType, string> = {
  storming: "Stormings",
  siege: "Sieges",
  "hostage-taking": "Hostage-takings",
  bombing: "Bombings",
  "armed-attack": "Armed attacks",
  arson: "Arson attacks",
  "violent-protest": "Violent protests",
  protest: "Protests",
  raid: "Raids",
  airstrike: "Airstrikes",
  assassination: "Assassinations",
};

/** "Sieges or Hostage-takings": how a summary names the types a question asked for. */
export function typeLabels(types: ReadonlySet<IncidentType>): string[] {
  return types.size === 0 ? [] : [[...types].map((t) => TYPE_PLURALS[t]).join(" or ")];
}

/** A country as the summary line names it in the part it plays: "France's missions", "in Iraq", "Iran". */
export function countryLabel(code: string, role: Role): string {
  if (role === "mission") return `${countryName(code)}'s missions`;
  return role === "host" ? `in ${countryName(code)}` : countryName(code);
}

/** A city as the summary line names it: "Mexico City". */
export function cityLabel(city: string): string {
  return city.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
