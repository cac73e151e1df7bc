import { countryName } from "../countries.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Duty, Incident } from "../dataset/schema.js";
import { CITY_EXONYMS, CITY_NAMES } from "../city-names.js";
import { INSTRUMENT_NAMES } from "../dataset/vocabulary.js";
import { notability } from "../notability.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { letterMask } from "../text/edit-distance.js";
import { stem } from "../text/stem.js";
import { STOPWORDS } from "../text/stopwords.js";

export type SearchRecord = { kind: "incident"; record: Incident } | { kind: "duty"; record: Duty };

/** The text of a record by field; the weights say where a word counts most. */
export interface DocFields {
  title: string;
  aliases: string;
  places: string;
  names: string;
  body: string;
}
export type FieldName = keyof DocFields;

export const FIELD_WEIGHTS: Record<FieldName, number> = {
  title: 3,
  aliases: 3,
  places: 2,
  names: 1.5,
  body: 1,
};
const FIELD_ORDER = Object.keys(FIELD_WEIGHTS) as FieldName[];

export interface Doc {
  index: number;
  item: SearchRecord;
  fields: DocFields;
  fromYear: number;
  toYear: number;
  /** Normalized city name (incidents only). */
  city?: string;
  /** Title, aliases and body, normalized once, for exact phrase matches. */
  phraseText: string;
  /** Title and aliases as stemmed content words, padded with spaces, for word pairs the question names. */
  nameText: string;
  /** How well known an incident is (notability.ts); for the law, how many incidents put it at stake. */
  fame: number;
}

export interface VocabularyEntry {
  word: string;
  key: string;
  /** `letterMask(word)`, to skip words too unlike a typo before measuring the distance. */
  mask: number;
}

export interface Posting {
  doc: number;
  weight: number;
}

export interface SearchIndex {
  docs: Doc[];
  /** Stemmed word → the docs holding it, each with the weight of the best field it appears in. */
  postings: Map<string, Posting[]>;
  /** Every distinct word of the data (with its stem) by first letter and length, for typo correction. */
  vocabulary: Map<string, VocabularyEntry[][]>;
  /** Normalized city names (and their aliases) → normalized city. */
  cityPhrases: Map<string, string>;
  docsByCountry: Map<string, number[]>;
  docsByCity: Map<string, number[]>;
  /** Records by each year they cover (a siege spanning years is listed under each). */
  docsByYear: Map<number, number[]>;
  dutyDocs: number[];
  /** Every article number some record of the law holds ("22", "31"), of any instrument. */
  articles: Set<string>;
  /** Record id → its doc. */
  docById: Map<string, Doc>;
  /** Incidents, best known first (ties by id): lists walk this instead of sorting per query. */
  incidentsByFame: Doc[];
  /** Incidents in date order (ties by id): counts walk this. */
  incidentsByDate: Doc[];
  /** Records of one kind, as a mask the score board takes, so a search for the law never scores incidents. */
  kindMasks: Record<Doc["item"]["kind"], Uint8Array>;
}

const MAX_YEARS_SPANNED = 30;
const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);

/** Built once at start-up; everything a query needs afterwards is a lookup. */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const items: SearchRecord[] = [
    ...dataset.incidents.map((record) => ({ kind: "incident" as const, record })),
    ...dataset.duties.map((record) => ({ kind: "duty" as const, record })),
  ];
  const atStake = (id: string) => dataset.incidentsByDuty.get(id)?.length ?? 0;
  const docs = items.map((item, index) => toDoc(item, index, atStake));
  const postings = new Map<string, Posting[]>();
  const vocabularySet = new Set<string>();
  const docsByCountry = new Map<string, number[]>();
  const docsByCity = new Map<string, number[]>();
  const cityPhrases = new Map<string, string>();
  const docsByYear = new Map<number, number[]>();
  const dutyDocs: number[] = [];
  const articles = new Set<string>();
  const push = <K>(map: Map<K, number[]>, key: K, doc: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };
  // Records repeat most of their words: stem each distinct word once.
  const stems = new Map<string, string>();
  const stemOf = (token: string) => {
    let key = stems.get(token);
    if (key === undefined) stems.set(token, (key = stem(token)));
    return key;
  };
  for (const doc of docs) {
    const best = new Map<string, number>();
    for (const field of FIELD_ORDER) {
      const weight = FIELD_WEIGHTS[field];
      for (const token of tokenize(doc.fields[field])) {
        vocabularySet.add(token);
        const key = stemOf(token);
        if ((best.get(key) ?? 0) < weight) best.set(key, weight);
      }
    }
    for (const [key, weight] of best) {
      const list = postings.get(key) ?? [];
      list.push({ doc: doc.index, weight });
      postings.set(key, list);
    }
    for (let y = doc.fromYear; y <= Math.min(doc.toYear, doc.fromYear + MAX_YEARS_SPANNED); y++)
      push(docsByYear, y, doc.index);
    if (doc.item.kind === "duty") {
      dutyDocs.push(doc.index);
      if (doc.item.record.article) articles.add(doc.item.record.article);
    }
    if (doc.item.kind === "incident") {
      push(docsByCountry, doc.item.record.hostCountry, doc.index);
      push(docsByCountry, doc.item.record.missionCountry, doc.index);
    }
    if (doc.city) {
      cityPhrases.set(doc.city, doc.city);
      // "Sana'a" is also typed "sanaa".
      if (doc.item.kind === "incident") {
        const unbroken = normalizeText(doc.item.record.city.replace(/['’`]/g, ""));
        if (unbroken !== doc.city) cityPhrases.set(unbroken, doc.city);
      }
      push(docsByCity, doc.city, doc.index);
    }
  }
  for (const [name, city] of [...Object.entries(CITY_NAMES), ...Object.entries(CITY_EXONYMS)])
    if (docsByCity.has(city) && !cityPhrases.has(name)) cityPhrases.set(name, city);
  const vocabulary = new Map<string, VocabularyEntry[][]>();
  for (const word of vocabularySet) {
    if (word.length < 4 || /^\d/.test(word) || STOPWORDS.has(word)) continue;
    const byLength = vocabulary.get(word[0]!) ?? [];
    (byLength[word.length] ??= []).push({ word, key: stemOf(word), mask: letterMask(word) });
    vocabulary.set(word[0]!, byLength);
  }
  const docById = new Map(docs.map((doc) => [doc.item.record.id, doc]));
  const incidents = docs.filter((d) => d.item.kind === "incident");
  const byId = (a: Doc, b: Doc) => a.item.record.id.localeCompare(b.item.record.id);
  const kindMasks = { incident: new Uint8Array(docs.length), duty: new Uint8Array(docs.length) };
  for (const doc of docs) kindMasks[doc.item.kind][doc.index] = 1;
  return {
    incidentsByFame: [...incidents].sort((a, b) => b.fame - a.fame || byId(a, b)),
    incidentsByDate: [...incidents].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || byId(a, b)),
    kindMasks,
    docs,
    postings,
    vocabulary,
    cityPhrases,
    docsByCountry,
    docsByCity,
    docsByYear,
    dutyDocs,
    articles,
    docById,
  };
}

function dateOf(doc: Doc): string {
  return doc.item.kind === "incident" ? doc.item.record.date : String(doc.item.record.year);
}

/** The words of a text that carry meaning, stemmed, in order: "protect the embassies" → "protect embassy". */
export function contentStems(text: string): string {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem)
    .join(" ");
}

function toDoc(item: SearchRecord, index: number, atStake: (dutyId: string) => number): Doc {
  const doc = toDocFields(item, index);
  const f = doc.fields;
  return {
    ...doc,
    phraseText: normalizeText(`${f.title} | ${f.aliases} | ${f.body}`),
    nameText: ` ${contentStems(`${f.title} | ${f.aliases}`)} `,
    fame: item.kind === "incident" ? notability(item.record) : atStake(item.record.id),
  };
}

function toDocFields(item: SearchRecord, index: number): Omit<Doc, "phraseText" | "nameText" | "fame"> {
  if (item.kind === "incident") {
    const r = item.record;
    const fromYear = Number(r.date.slice(0, 4));
    const month = r.date.length >= 7 ? MONTHS[Number(r.date.slice(5, 7)) - 1] : "";
    return {
      index,
      item,
      fromYear,
      toYear: r.endDate ? Number(r.endDate.slice(0, 4)) : fromYear,
      city: normalizeText(r.city),
      fields: {
        title: r.title,
        aliases: r.aliases.join(" | "),
        places: [r.city, countryName(r.hostCountry), countryName(r.missionCountry)].join(" | "),
        names: [r.perpetrators ?? "", r.types.join(" "), r.missionType, month, r.date.slice(0, 4)].join(
          " | ",
        ),
        body: [r.summary, r.outcome ?? "", r.hostResponse.evidence, r.notes ?? ""].join(" "),
      },
    };
  }
  const r = item.record;
  return {
    index,
    item,
    fromYear: r.year,
    toYear: r.year,
    fields: {
      title: r.title,
      aliases: r.aliases.join(" | "),
      places: "",
      names: [
        r.instrument,
        INSTRUMENT_NAMES[r.instrument],
        r.article ? `article ${r.article}` : "",
        String(r.year),
      ].join(" | "),
      body: [r.explanation, r.text ?? ""].join(" "),
    },
  };
}
