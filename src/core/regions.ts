import { allCountries, type CountryInfo } from "./countries.js";

/** A group of countries a question can name: "africa", "latin america", "the gulf". */
export interface Region {
  label: string;
  codes: ReadonlySet<string>;
}

const bySubregion =
  (...names: string[]) =>
  (c: CountryInfo) =>
    names.includes(c.region);
const byContinent =
  (...names: string[]) =>
  (c: CountryInfo) =>
    names.includes(c.continent);
const byCode =
  (...codes: string[]) =>
  (c: CountryInfo) =>
    codes.includes(c.code);
const except =
  (test: (c: CountryInfo) => boolean, ...codes: string[]) =>
  (c: CountryInfo) =>
    test(c) && !codes.includes(c.code);
const either =
  (...tests: ((c: CountryInfo) => boolean)[]) =>
  (c: CountryInfo) =>
    tests.some((t) => t(c));

/**
 * Regions from the UN geoscheme that world-countries maintains (continents and subregions), plus
 * the groups newsrooms use that the geoscheme lacks: the Middle East, the Gulf, the Balkans, Latin
 * America. Keys are normalized phrases; adjectives ("african", "middle eastern") name the same group.
 */
const DEFINITIONS: [string[], string, (c: CountryInfo) => boolean][] = [
  [["africa", "african"], "Africa", byContinent("Africa")],
  [["asia", "asian"], "Asia", byContinent("Asia")],
  [["europe", "european"], "Europe", byContinent("Europe")],
  [["americas"], "the Americas", byContinent("Americas")],
  [["oceania", "pacific", "south pacific"], "Oceania and the Pacific", byContinent("Oceania")],
  [["north africa", "north african", "maghreb"], "North Africa", bySubregion("Northern Africa")],
  [["west africa", "west african"], "West Africa", bySubregion("Western Africa")],
  [["east africa", "east african"], "East Africa", bySubregion("Eastern Africa")],
  [["horn of africa"], "the Horn of Africa", byCode("DJ", "ER", "ET", "SO")],
  // The G5 Sahel states; wider definitions add Senegal, Nigeria's north, Sudan.
  [["sahel", "the sahel"], "the Sahel", byCode("BF", "ML", "MR", "NE", "TD")],
  [["central africa", "central african"], "Central Africa", bySubregion("Middle Africa")],
  [["southern africa"], "Southern Africa", bySubregion("Southern Africa")],
  [
    ["sub saharan africa", "subsaharan africa", "sub saharan"],
    "Sub-Saharan Africa",
    (c) => c.continent === "Africa" && c.region !== "Northern Africa",
  ],
  [["east asia", "east asian", "far east"], "East Asia", bySubregion("Eastern Asia")],
  [
    ["southeast asia", "south east asia", "southeast asian"],
    "South-East Asia",
    bySubregion("South-Eastern Asia"),
  ],
  // The UN's Southern Asia includes Iran, which newsrooms count in the Middle East.
  [
    ["south asia", "south asian", "indian subcontinent"],
    "South Asia",
    except(bySubregion("Southern Asia"), "IR"),
  ],
  [["indochina", "indo china", "indochinese"], "Indochina", byCode("KH", "LA", "VN")],
  [["korean peninsula"], "the Korean peninsula", byCode("KP", "KR")],
  [["central asia", "central asian"], "Central Asia", bySubregion("Central Asia")],
  [["caucasus", "south caucasus", "transcaucasia"], "the South Caucasus", byCode("AM", "AZ", "GE")],
  // The UN's Western Asia also holds the South Caucasus (Armenia, Azerbaijan, Georgia), which
  // newsrooms do not count in the Middle East.
  [
    ["middle east", "middle eastern", "mideast", "near east"],
    "the Middle East",
    either(except(bySubregion("Western Asia"), "AM", "AZ", "GE"), byCode("EG", "IR")),
  ],
  [
    ["gulf", "persian gulf", "gulf states", "arabian gulf"],
    "the Gulf",
    byCode("BH", "KW", "OM", "QA", "SA", "AE"),
  ],
  [
    ["arabian peninsula", "arabia"],
    "the Arabian Peninsula",
    byCode("BH", "KW", "OM", "QA", "SA", "AE", "YE"),
  ],
  [["balkans", "balkan"], "the Balkans", byCode("AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "YU")],
  // Yugoslavia and the states that came out of it; not Albania or Bulgaria.
  [
    ["former yugoslavia", "ex yugoslavia", "yugoslav successor states"],
    "the former Yugoslavia",
    byCode("BA", "HR", "XK", "ME", "MK", "RS", "SI", "YU"),
  ],
  [["western europe", "west european"], "Western Europe", bySubregion("Western Europe")],
  [["eastern europe", "east european"], "Eastern Europe", bySubregion("Eastern Europe")],
  [["northern europe"], "Northern Europe", bySubregion("Northern Europe")],
  [["scandinavia", "scandinavian"], "Scandinavia", byCode("DK", "NO", "SE")],
  [["nordic", "nordic countries"], "the Nordic countries", byCode("DK", "FI", "IS", "NO", "SE")],
  [["baltic states", "baltics"], "the Baltic states", byCode("EE", "LT", "LV")],
  [["benelux"], "the Benelux countries", byCode("BE", "LU", "NL")],
  [["iberia", "iberian peninsula"], "the Iberian peninsula", byCode("ES", "PT")],
  [["southern europe"], "Southern Europe", bySubregion("Southern Europe")],
  [
    ["latin america", "latin american"],
    "Latin America",
    either(bySubregion("South America", "Central America"), byCode("CU", "DO", "HT", "MX", "PR")),
  ],
  [["south america", "south american"], "South America", bySubregion("South America")],
  [["central america", "central american"], "Central America", bySubregion("Central America")],
  // Argentina, Chile and Uruguay, with Paraguay, which most definitions add.
  [["southern cone"], "the Southern Cone", byCode("AR", "CL", "PY", "UY")],
  [["caribbean"], "the Caribbean", bySubregion("Caribbean")],
  [["north america", "north american"], "North America", bySubregion("North America")],
];

export function buildRegionPhrases(): ReadonlyMap<string, Region> {
  const countries = allCountries();
  const phrases = new Map<string, Region>();
  for (const [names, label, test] of DEFINITIONS) {
    const region = { label, codes: new Set(countries.filter(test).map((c) => c.code)) };
    for (const name of names) phrases.set(name, region);
  }
  return phrases;
}
