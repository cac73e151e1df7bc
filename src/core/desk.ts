import type { Dataset } from "./dataset/dataset.js";
import type { Duty } from "./dataset/schema.js";
import { keyDuties } from "./key-duties.js";
import { countryPhrases, englishCountryPhrases } from "./countries.js";
import { CITY_EXONYMS } from "./city-names.js";
import { LAW_PHRASES, MISSION_TYPE_WORDS, READING_CUE_WORDS, SET_ASIDE_WORDS } from "./query/cue-words.js";
import { RESPONSE_PHRASES } from "./query/response-words.js";
import { INSTRUMENT_PHRASES, TYPE_WORDS } from "./query/synonyms.js";
import { EVERYDAY_PHRASES } from "./query/everyday-words.js";
import { FOREIGN_PHRASES } from "./query/foreign-words.js";
import { buildReadingLexicon, type ReadingLexicon } from "./query/spelling.js";
import { buildRegionPhrases, type Region } from "./regions.js";
import { buildProperNouns } from "./search/proper-nouns.js";
import { buildSearchIndex, type Doc, type SearchIndex } from "./search/search-index.js";
import { tokenize } from "./text/normalize.js";
import { stem } from "./text/stem.js";

/** Everything a command needs, built once at start-up and never changed afterwards. */
export interface Desk {
  dataset: Dataset;
  index: SearchIndex;
  /** Region names people type ("africa", "the gulf") → their countries. */
  regions: ReadonlyMap<string, Region>;
  /** Each rule's incidents, best known first: the ones a legal answer shows to illustrate it. */
  illustrations: ReadonlyMap<string, readonly Doc[]>;
  /** The law most often at stake first (key-duties.ts), sorted once. */
  keyDuties: readonly Duty[];
  /** The words the reading acts on, whose near misses are mended before a question is read. */
  lexicon: ReadingLexicon;
  /** Names the incidents' text uses (stem → spelling): "Hezbollah", "Quran", "Innocence of Muslims". */
  names: ReadonlyMap<string, string>;
  /** Today's date, YYYY-MM-DD, for "this year" and "last decade"; tests inject a fixed one. */
  today: () => string;
}

export interface DeskOptions {
  today?: () => string;
}

export function createDesk(dataset: Dataset, options: DeskOptions = {}): Desk {
  const index = buildSearchIndex(dataset);
  const regions = buildRegionPhrases();
  return {
    dataset,
    index,
    illustrations: illustrationsOf(dataset, index),
    keyDuties: keyDuties(dataset),
    regions,
    // Every word the reading acts on by itself: places, incident types, host responses, cue words.
    lexicon: buildReadingLexicon(
      [
        [...index.cityPhrases.keys()].filter((name) => !(name in CITY_EXONYMS)),
        regions.keys(),
        englishCountryPhrases(),
        Object.keys(TYPE_WORDS),
        RESPONSE_PHRASES.map(([phrase]) => phrase),
        ...READING_CUE_WORDS,
        EVERYDAY_PHRASES,
        INSTRUMENT_PHRASES.map(([phrase]) => phrase),
        LAW_PHRASES,
      ],
      SET_ASIDE_WORDS,
      FOREIGN_PHRASES,
    ),
    names: buildProperNouns(dataset.incidents, notEventNames(dataset, index, regions)),
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
  };
}

/**
 * Places and kinds of mission ("High Commission"), read as filters already, and the publishers the
 * notes cite ("Reuters reported…").
 */
function notEventNames(
  dataset: Dataset,
  index: SearchIndex,
  regions: ReadonlyMap<string, Region>,
): (key: string) => boolean {
  const phrases = [
    ...index.cityPhrases.keys(),
    ...countryPhrases().keys(),
    ...regions.keys(),
    ...Object.keys(MISSION_TYPE_WORDS),
    ...dataset.incidents.flatMap((r) => r.sources.map((source) => source.publisher)),
  ];
  const keys = new Set(phrases.flatMap((phrase) => tokenize(phrase).map(stem)));
  return (key) => keys.has(key);
}

function illustrationsOf(dataset: Dataset, index: SearchIndex): Map<string, Doc[]> {
  const byDuty = new Map<string, Doc[]>();
  for (const [dutyId, incidents] of dataset.incidentsByDuty)
    byDuty.set(
      dutyId,
      incidents.map((r) => index.docById.get(r.id)!).sort((a, b) => b.fame - a.fame),
    );
  return byDuty;
}
