import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { normalizeText } from "./text/normalize.js";

// world-countries ships its types as CommonJS; reading the JSON directly works the same under ESM and CJS.
const worldCountries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

/** ISO 3166-1 alpha-2 codes the design allows for states that no longer exist. */
const DISSOLVED: Record<string, { name: string; region: string; continent: string; names: string[] }> = {
  SU: {
    name: "Soviet Union",
    region: "Eastern Europe",
    continent: "Europe",
    names: ["soviet union", "ussr", "soviet", "soviets", "u.s.s.r"],
  },
  YU: {
    name: "Yugoslavia",
    region: "Southeast Europe",
    continent: "Europe",
    names: ["yugoslavia", "yugoslav", "yugoslavian"],
  },
  // CS was Czechoslovakia's code until 1993 (and Serbia and Montenegro's in 2003–2006; no incident needs that).
  CS: {
    name: "Czechoslovakia",
    region: "Central Europe",
    continent: "Europe",
    names: ["czechoslovakia", "czechoslovak", "czechoslovakian"],
  },
  DD: {
    name: "East Germany",
    region: "Central Europe",
    continent: "Europe",
    names: ["east germany", "gdr", "east german"],
  },
};

/**
 * Names people use that world-countries lacks (see data/README.md "Country aliases").
 * Keys are normalized text; values are alpha-2 codes.
 */
const EXTRA_ALIASES: Record<string, string> = {
  us: "US",
  "u s": "US",
  usa: "US",
  america: "US",
  american: "US",
  americans: "US",
  "united states": "US",
  uk: "GB",
  "u k": "GB",
  britain: "GB",
  "great britain": "GB",
  british: "GB",
  england: "GB",
  english: "GB",
  "west germany": "DE",
  "north korea": "KP",
  // Newsroom shorthand for the two states that call themselves the Korean and Chinese people's republics.
  dprk: "KP",
  nk: "KP",
  prc: "CN",
  "south korea": "KR",
  korean: "KR",
  russia: "RU",
  iran: "IR",
  persia: "IR",
  // "The persian embassy": Iran's own name before 1935, still how Britain's 1980 siege is told.
  persian: "IR",
  // "Philippine embassies": the adjective newsrooms use beside "Filipino"; and other adjectives the
  // country data leaves out.
  philippine: "PH",
  argentinian: "AR",
  bosnian: "BA",
  lao: "LA",
  uzbek: "UZ",
  tajik: "TJ",
  kyrgyz: "KG",
  kazakh: "KZ",
  azeri: "AZ",
  slovenian: "SI",
  icelandic: "IS",
  holland: "NL",
  dutch: "NL",
  // Dominica's demonym too, but in the news "the dominican embassy" is the Dominican Republic's.
  dominican: "DO",
  dominicans: "DO",
  burma: "MM",
  burmese: "MM",
  zaire: "CD",
  zairean: "CD",
  zairian: "CD",
  ceylon: "LK",
  ceylonese: "LK",
  siam: "TH",
  rhodesia: "ZW",
  rhodesian: "ZW",
  dahomey: "BJ",
  "upper volta": "BF",
  formosa: "TW",
  kampuchea: "KH",
  abyssinia: "ET",
  "east pakistan": "BD",
  "gold coast": "GH",
  tanganyika: "TZ",
  "west german": "DE",
  "ivory coast": "CI",
  congo: "CD",
  drc: "CD",
  "czech republic": "CZ",
  vatican: "VA",
  "holy see": "VA",
  turkey: "TR",
  turkiye: "TR",
  uae: "AE",
  emirati: "AE",
  saudi: "SA",
  saudis: "SA",
  israeli: "IL",
  israelis: "IL",
  chinese: "CN",
  iranian: "IR",
  iranians: "IR",
  iraqi: "IQ",
  iraqis: "IQ",
  libyan: "LY",
  mexican: "MX",
  indian: "IN",
  pakistani: "PK",
  afghan: "AF",
  syrian: "SY",
  egyptian: "EG",
  japanese: "JP",
  french: "FR",
  german: "DE",
  danish: "DK",
  swedish: "SE",
  turkish: "TR",
  russian: "RU",
  ukrainian: "UA",
  serbian: "RS",
  yemeni: "YE",
  sudanese: "SD",
  lebanese: "LB",
  kenyan: "KE",
  spanish: "ES",
  italian: "IT",
  cuban: "CU",
  peruvian: "PE",
  ecuadorian: "EC",
  thai: "TH",
  australian: "AU",
  canadian: "CA",
};

export interface CountryInfo {
  code: string;
  name: string;
  /** UN geoscheme subregion from world-countries, e.g. "Western Asia". */
  region: string;
  /** UN geoscheme region: Africa, Americas, Asia, Europe, Oceania. */
  continent: string;
}

/** world-countries' translations in the Latin-script languages newsrooms mix into English. */
const NEWSROOM_LANGUAGES = ["fra", "spa", "por", "ita", "deu", "nld", "tur"] as const;
/**
 * Translated names that are English words, or too short to tell from one: "chili", "suede",
 * "grenade" (Grenada in French) would turn a question about peppers, leather or a thrown grenade
 * into one about a country.
 */
const NOT_FOREIGN_NAMES = new Set([
  "chili",
  "suede",
  "grenade",
  "granada",
  "salvador",
  "gana",
  "sili",
  "gine",
  "somali",
]);
const MIN_FOREIGN_NAME = 4;

function isForeignName(name: string): boolean {
  const key = normalizeText(name);
  return key.length >= MIN_FOREIGN_NAME && !NOT_FOREIGN_NAMES.has(key);
}

function buildCountryTables(): {
  byCode: Map<string, CountryInfo>;
  byName: Map<string, string>;
  foreign: ReadonlySet<string>;
} {
  const byCode = new Map<string, CountryInfo>();
  const byName = new Map<string, string>();
  const addName = (name: string, code: string) => {
    const key = normalizeText(name);
    if (key.length >= 2 && !byName.has(key)) byName.set(key, code);
  };
  const foreign = new Set<string>();
  const addForeignName = (name: string, code: string) => {
    const key = normalizeText(name);
    if (byName.has(key)) return;
    byName.set(key, code);
    foreign.add(key);
  };
  for (const c of worldCountries) {
    byCode.set(c.cca2, {
      code: c.cca2,
      name: c.name.common,
      region: c.subregion || c.region,
      continent: c.region,
    });
    addName(c.name.common, c.cca2);
    addName(c.name.official, c.cca2);
    for (const alt of c.altSpellings) if (alt.length > 3) addName(alt, c.cca2);
    const eng = c.demonyms?.eng;
    if (eng) {
      addName(eng.m, c.cca2);
      addName(eng.f, c.cca2);
    }
  }
  for (const [code, info] of Object.entries(DISSOLVED)) {
    byCode.set(code, { code, name: info.name, region: info.region, continent: info.continent });
    for (const n of info.names) addName(n, code);
  }
  // The names an international newsroom types in its own language ("Irak", "Liban", "Russland",
  // "Suudi Arabistan") and French demonyms ("américaine"), after every English name, which wins.
  // A name two countries share ("Américain" is the Northern Mariana Islands' too) names neither.
  const foreignNames = worldCountries.map((c) => ({
    code: c.cca2,
    names: [
      ...NEWSROOM_LANGUAGES.map((language) => c.translations[language]?.common),
      c.demonyms?.fra?.m,
      c.demonyms?.fra?.f,
    ].flatMap((name) => (name && isForeignName(name) ? [normalizeText(name)] : [])),
  }));
  const owners = new Map<string, Set<string>>();
  for (const { code, names } of foreignNames)
    for (const name of names) owners.set(name, (owners.get(name) ?? new Set()).add(code));
  for (const { code, names } of foreignNames)
    for (const name of names) if (owners.get(name)!.size === 1) addForeignName(name, code);
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) byName.set(normalizeText(alias), code);
  return { byCode, byName, foreign };
}

const TABLES = buildCountryTables();

export function isCountryCode(code: string): boolean {
  return TABLES.byCode.has(code);
}

export function countryInfo(code: string): CountryInfo | undefined {
  return TABLES.byCode.get(code);
}

export function countryName(code: string): string {
  return TABLES.byCode.get(code)?.name ?? code;
}

/**
 * The name of the state a country code stood for on a date: the data records the Ottoman Empire under
 * its successor's code (TR), and "Beirut, Türkiye" in 1903 would tell a reader something false.
 */
export function countryNameOn(code: string, date: string): string {
  if (code === "TR" && date < OTTOMAN_END) return "Ottoman Empire";
  return countryName(code);
}
/** The Republic of Turkey was proclaimed on 29 October 1923. */
const OTTOMAN_END = "1923-10-29";

/** A code, a name, a demonym or an alias, in any case; undefined when none fits. */
export function lookupCountry(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && TABLES.byCode.has(upper)) return upper;
  return TABLES.byName.get(normalizeText(text));
}

/** Every country name and alias, as normalized phrases of up to three words, for scanning text. */
export function countryPhrases(): ReadonlyMap<string, string> {
  return TABLES.byName;
}

/** The English names and aliases only: what a typo may be mended to ("dramas" is no "damas"). */
export function englishCountryPhrases(): string[] {
  return [...TABLES.byName.keys()].filter((key) => !TABLES.foreign.has(key));
}

/** Every known country, dissolved states included: for region lookups. */
export function allCountries(): readonly CountryInfo[] {
  return [...TABLES.byCode.values()];
}
