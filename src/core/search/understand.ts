import { countryPhrases } from "../countries.js";
import type { IncidentType, Instrument } from "../dataset/vocabulary.js";
import {
  ARTICLE_WORDS,
  INSTRUMENT_PHRASES,
  KILL_WORDS,
  PEACEFUL_WORDS,
  PRECEDENT_WORDS,
  typesOfWord,
  VIOLENT_WORDS,
} from "../query/synonyms.js";
import { GENERIC_WORDS, STOPWORDS } from "../text/stopwords.js";
import { tokenize } from "../text/normalize.js";
import { MISSION_PEOPLE } from "../query/cue-words.js";
import { COUNTED_UNITS, fullYear } from "../query/time-words.js";

/** Whose a named country is: the host's ("in iran"), the mission's ("iranian embassy"), or either. */
export type CountryRole = "host" | "mission" | "either";

/** What a question is about, read from its words: the structured half of ranking. */
export interface QuerySignals {
  /** Content words (no stop words), normalized, in order; what lexical matching and coverage use. */
  words: string[];
  /** Country code → the words that named it ("uk", "british"). */
  countries: Map<string, string[]>;
  /** Normalized city → the words that named it. */
  cities: Map<string, string[]>;
  years: Set<number>;
  decades: Set<number>;
  types: Set<IncidentType>;
  instruments: Set<Instrument>;
  articles: Set<string>;
  /** Words already explained by a structured signal (a country, a year, "article"), for coverage. */
  explained: Set<string>;
  /** The question asks for precedents ("has this happened before?"). */
  precedent: boolean;
  /** Words asking for deaths ("killed", "deadly"): any incident with deaths explains them. */
  deathWords: string[];
}

const DEATH_WORDS = new Set(
  "killed kill killing killings dead death deaths died die deadly deadliest fatal fatalities lethal casualties".split(
    " ",
  ),
);

/** The longest phrase read as one name: "vienna convention on diplomatic relations" (5), lest "vienna" read as the city. */
const MAX_PHRASE = Math.max(4, ...INSTRUMENT_PHRASES.map(([p]) => p.split(" ").length));
/** After "breach", these make it one of the law: "a breach of", "breached international law", "breaches the convention". */
const LAW_AFTER_BREACH = new Set(
  "of international law laws vienna convention treaty article obligations duty duties".split(" "),
);
/** Words between "breach" and what was breached: "a breach of", "breaches the convention". */
const ARTICLES = new Set(["a", "an", "the", "its", "their"]);
/** Words before a year that make it a bound of a period ("since 1980"), not a year asked about. */
const OPEN_BOUNDS = new Set(["since", "after", "before", "until", "till"]);
/** Who attacked, armed: a kind of attack only when no other is named ("armed men take staff hostage"). */
const ARMED_WORDS = new Set(["armed", "gunmen", "gunman"]);
/** Words for who attacked that also name a kind of attack, but only when nothing else does. */
const CROWD_WORDS = new Set("mob mobs crowd crowds protesters protestors demonstrators rioters".split(" "));
/** A mission's person and a word for killing, in either order: "ambassador killed", "killing diplomats". */
const PERSON_KILLED = new Set(
  [...MISSION_PEOPLE].flatMap((person) =>
    [...KILL_WORDS].flatMap((kill) => [`${person} ${kill}`, `${kill} ${person}`]),
  ),
);
/** Who drops bombs from the air: "bombed by nato warplanes" is an airstrike, not a planted bomb. */
const AIR_WORDS = new Set(
  "nato warplanes warplane jets jet aircraft planes plane bombers military air".split(" "),
);

/** Words before "10s" that make it a school year's pupils: "my yr 10s", "year 10s". */
const SCHOOL_YEAR = new Set(["yr", "year", "grade", "form"]);

/** Words that take "us" as their object: "tell us", "show us", "for us". */
const TAKES_US = new Set(
  "tell tells told show shows give gives let lets help helps remind send teach brief notify inform warn contact protect to for with".split(
    " ",
  ),
);
/** What follows "us" when it is the country: "for us embassies", "protects us interests". */
const AFTER_COUNTRY_US = new Set([
  ...MISSION_PEOPLE,
  ..."embassy embassies mission missions consulate consulates diplomatic government citizens citizen nationals".split(
    " ",
  ),
  ..."interests marines troops forces military officials staff personnel state president navy army".split(
    " ",
  ),
]);

/** "Tell us when…" and "help us" are the pronoun; "tell us embassy attacks" is still the country. */
function pronounUs(tokens: readonly string[], i: number): boolean {
  return (
    tokens[i] === "us" && TAKES_US.has(tokens[i - 1] ?? "") && !AFTER_COUNTRY_US.has(tokens[i + 1] ?? "")
  );
}

export function understandQuery(text: string, cityPhrases: ReadonlyMap<string, string>): QuerySignals {
  const tokens = tokenize(text);
  const signals: QuerySignals = {
    words: [],
    countries: new Map(),
    cities: new Map(),
    years: new Set(),
    decades: new Set(),
    types: new Set(),
    instruments: new Set(),
    articles: new Set(),
    explained: new Set(),
    precedent: false,
    deathWords: [],
  };
  const countries = countryPhrases();
  const crowdTypes = new Set<IncidentType>();
  const consumed = new Set<number>();
  const namingInstrument = new Set<number>();
  // Longest phrases first, cities before countries: "mexico city" is a city, "kuwait" alone a country.
  for (let size = MAX_PHRASE; size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      if (rangeTaken(consumed, i, size)) continue;
      const phrase = tokens.slice(i, i + size).join(" ");
      const instrument = INSTRUMENT_PHRASES.find(([p]) => p === phrase)?.[1];
      const city = cityPhrases.get(phrase);
      const country = countries.get(phrase);
      const named = country && !STOPWORDS.has(phrase) && !(size === 1 && pronounUs(tokens, i));
      if (!instrument && !city && !named) continue;
      if (instrument) signals.instruments.add(instrument);
      const words = tokens.slice(i, i + size);
      if (city) signals.cities.set(city, [...(signals.cities.get(city) ?? []), ...words]);
      else if (country) signals.countries.set(country, [...(signals.countries.get(country) ?? []), ...words]);
      for (let k = i; k < i + size; k++) {
        consumed.add(k);
        if (instrument && namesTreaty(tokens, i, size)) namingInstrument.add(k);
        signals.explained.add(tokens[k]!);
      }
    }
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (ARTICLE_WORDS.has(token) && next && /^\d{1,3}[a-z]?$/.test(next)) {
      signals.articles.add(next);
      signals.explained.add(token).add(next);
    }
    const instrumentThenNumber =
      INSTRUMENT_PHRASES.some(([p]) => p === token) && next && /^\d{1,2}$/.test(next);
    if (instrumentThenNumber) {
      signals.articles.add(next);
      signals.explained.add(next);
    }
    // "Since 1980" bounds a period (the reading's time words take it); it names no year's event.
    if (/^(1[89]\d\d|20\d\d)$/.test(token)) {
      signals.explained.add(token);
      if (OPEN_BOUNDS.has(tokens[i - 1] ?? "")) return;
      signals.years.add(Number(token));
    }
    // "tehran 79", "kinshasa 98": two digits right after a place are its year, as chat writes it.
    // "The kuwait 17" are people named after a place, as "the chicago 7" are.
    let start = i;
    while (start > 0 && consumed.has(start - 1)) start--;
    const placeBefore = start < i && tokens[start - 1] !== "the" && signals.instruments.size === 0;
    // "Budapest 15 years" is how long, not 2015.
    if (/^\d\d$/.test(token) && placeBefore && !COUNTED_UNITS.has(tokens[i + 1] ?? "")) {
      const yy = Number(token);
      const year = fullYear(yy);
      signals.years.add(year);
      signals.explained.add(token).add(String(year));
      // Matched as the year it stands for, as "1979" is.
      signals.words.push(String(year));
      return;
    }
    // "My yr 10s" are a school year's pupils, not the 2010s.
    const schoolYear = SCHOOL_YEAR.has(tokens[i - 1] ?? "");
    const decade = /^(1[89]\d0|20\d0)s$/.exec(token) ?? (schoolYear ? null : /^(\d0)s$/.exec(token));
    if (decade) {
      const d = Number(decade[1]);
      signals.decades.add(d >= 100 ? d : d >= 30 ? 1900 + d : 2000 + d);
      signals.explained.add(token);
    }
    // "A breach of international law" is no storming; "breached the embassy walls" is.
    const after = ARTICLES.has(tokens[i + 1] ?? "") ? tokens[i + 2] : tokens[i + 1];
    const lawBreached = /^breach/.test(token) && LAW_AFTER_BREACH.has(after ?? "");
    if (!lawBreached)
      for (const type of typesOfWord(token))
        (CROWD_WORDS.has(token) || ARMED_WORDS.has(token) ? crowdTypes : signals.types).add(type);
    if (DEATH_WORDS.has(token)) signals.deathWords.push(token);
    if (PRECEDENT_WORDS.has(token)) signals.precedent = true;
    else if (!STOPWORDS.has(token) && !namingInstrument.has(i)) signals.words.push(token);
  });
  // "Set on fire by mobs" asks for arson, "armed men take staff hostage" for hostage-takings; the
  // mob and the armed men only say who did it.
  if (signals.types.size === 0) for (const type of crowdTypes) signals.types.add(type);
  // "Ambassador killed in libya": a mission's person killed, with no other kind of attack named, was
  // assassinated ("diplomats killed in embassy bombings" stays bombings).
  const killedAt = tokens.findIndex((t, i) => PERSON_KILLED.has(`${t} ${tokens[i + 1] ?? ""}`));
  if (signals.types.size === 0 && killedAt >= 0) {
    signals.types.add("assassination");
    for (const word of tokens.slice(killedAt, killedAt + 2)) signals.explained.add(word);
  }
  if (signals.types.has("bombing") && tokens.some((t) => AIR_WORDS.has(t))) {
    signals.types.delete("bombing");
    signals.types.add("airstrike");
  }
  // "Violent protests" are the violent ones, "peaceful protests" the others.
  if (signals.types.has("protest") && signals.types.has("violent-protest")) {
    const qualifier = (words: ReadonlySet<string>) => tokens.filter((t) => words.has(t));
    const violent = qualifier(VIOLENT_WORDS);
    const peaceful = qualifier(PEACEFUL_WORDS);
    if (violent.length > 0) signals.types.delete("protest");
    else if (peaceful.length > 0) signals.types.delete("violent-protest");
    // The qualifier is said by the type now, not a word to match.
    const said = new Set(violent.length > 0 ? violent : peaceful);
    signals.words = signals.words.filter((w) => !said.has(w));
    for (const w of said) signals.explained.add(w);
  }
  return signals;
}

/** Words that should find something on their own: not stop words, not words every record shares. */
export function salientWords(signals: QuerySignals): string[] {
  return [...new Set(signals.words.filter((w) => !GENERIC_WORDS.has(w) && !ARTICLE_WORDS.has(w)))];
}

/**
 * "The protected persons convention", "the convention on protected persons": words beside
 * "convention" only name the treaty; they say which treaty the question is about, not which of its
 * articles ("which crimes does the protected persons convention cover" asks for the crimes, not
 * for who a protected person is).
 */
function namesTreaty(tokens: readonly string[], start: number, size: number): boolean {
  return (
    TREATY_NOUNS.has(tokens[start + size] ?? "") ||
    (tokens[start - 1] === "on" && TREATY_NOUNS.has(tokens[start - 2] ?? ""))
  );
}
const TREATY_NOUNS = new Set(["convention", "treaty"]);

function rangeTaken(consumed: Set<number>, start: number, size: number): boolean {
  for (let k = start; k < start + size; k++) if (consumed.has(k)) return true;
  return false;
}
