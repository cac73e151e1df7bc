import { countryName } from "../countries.js";
import {
  HOST_RESPONSE_LABELS,
  type HostResponse,
  type IncidentType,
  type Instrument,
} from "../dataset/vocabulary.js";
import type { Region } from "../regions.js";
import type { CountryRole as Role, QuerySignals } from "../search/understand.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { GENERIC_WORDS, STOPWORDS } from "../text/stopwords.js";
import { TYPE_WORDS } from "./synonyms.js";
import type { QueryFilters } from "./parse-query.js";
import { RESPONSE_PHRASES } from "./response-words.js";
import { readTimeWords } from "./time-words.js";

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
  /** The constraints understood, for summary lines: "Bombings · Africa · 1990–1999". */
  understood: string[];
  /** Whose each named country is, for ranking lookups too. */
  roles: ReadonlyMap<string, Role>;
  /** A list of law ("which articles…", "list of icj cases"): duties only, no illustrations. */
  lawList: boolean;
  /** The words are about missions, diplomats or their law at all: "who won eurovision" is not. */
  aboutMissions: boolean;
  /** "What does inviolability mean?": the plain-language notes on a concept answer before the articles. */
  definition: boolean;
  /**
   * The words no filter or cue explained ("set on fire by mobs" → "mobs" once "fire" is arson):
   * what a list ranks its matches by. Empty: the filters said it all, and the best known lead.
   */
  residue: string[];
}

/** Demonyms and regional adjectives: iraqi, british, french, chinese, african, middle eastern, nordic. */
const ADJECTIVE = /(an|ian|ese|ish|ch|i|ern|ic)$/;
const MISSION_NOUNS = new Set(
  "embassy embassies consulate consulates diplomat diplomats mission missions envoy envoys ambassador ambassadors legation legations residence chancery".split(
    " ",
  ),
);
const COUNT_CUES = [
  "how many",
  "how often",
  "number of",
  "how frequently",
  "total number",
  "count of",
  "count",
];
const LIST_CUES = new Set("which list all every examples".split(" "));
const PLURAL_EVENTS = new Set(
  "attacks incidents bombings stormings sieges raids kidnappings assassinations protests airstrikes strikes arsons fires bombs hostage-takings takeovers seizures embassies consulates missions diplomats".split(
    " ",
  ),
);
const LEGAL_CUES = new Set(
  `can may must should shall ought allowed allow permitted permission legal illegal lawful unlawful law laws obliged obligation obligations
  duty duties responsible responsibility required require requires right rights entitled immune immunity inviolable
  inviolability treaty treaties convention conventions article articles court courts icj judgment judgement judgments
  ruling ruled sued sue tribunal resolution resolutions protect protects protection who`.split(/\s+/),
);
/** Words that put a question in this desk's field, so a legal question with no rule named gets the core rules. */
const DOMAIN_WORDS = new Set(
  `embassy embassies consulate consulates consular consul diplomat diplomats diplomatic mission missions ambassador
  ambassadors envoy envoys legation legations premises chancery inviolable inviolability immunity immune asylum
  persona grata vienna convention treaty icj`.split(/\s+/),
);
/** Words that make a question legal even when it names a place or a year ("which court ruled on tehran 1979"). */
const STRONG_LEGAL = new Set(
  "court courts icj judgment judgement judgments ruling ruled sued tribunal convention conventions treaty treaties legally illegally".split(
    " ",
  ),
);
/** Nouns after a nationality that make it the attackers', not the mission's: "armenian militants". */
const PERPETRATOR_NOUNS = new Set(
  `militants militant students protesters protestors demonstrators terrorists terrorist gunmen gunman mob mobs
  forces police troops soldiers army rebels guerrillas extremists nationalists separatists crowd crowds group`.split(
    /\s+/,
  ),
);
/** Phrases that mean a state was taken to the World Court, not a diplomat before a local judge. */
const ICJ_PHRASES = [
  "international court",
  "world court",
  "taken to court",
  "take to court",
  "took to court",
  "court case",
  "court cases",
  "sued over",
];
/** Asking what a term means, rather than what the law requires in a situation. */
const DEFINITION_CUES = ["mean", "means", "meaning", "define", "definition", "what is meant", "explain"];
const TREATY_WORDS = new Set("treaty treaties convention conventions article articles".split(" "));
/** Words that steer a legal question to one instrument. */
const INSTRUMENT_CUES: Record<string, Instrument> = {
  judgment: "ICJ",
  judgement: "ICJ",
  judgments: "ICJ",
  ruling: "ICJ",
  ruled: "ICJ",
  tribunal: "ICJ",
  icj: "ICJ",
  case: "ICJ",
  cases: "ICJ",
  consulate: "VCCR",
  consulates: "VCCR",
  consular: "VCCR",
  consul: "VCCR",
  resolution: "UNGA",
  resolutions: "UNGA",
};
/**
 * Words of other errands people run at embassies: a question built on them is not about attacks
 * or the law of protection, even when it names an embassy or a city in the data.
 */
const OFF_TOPIC = new Set(
  `visa visas passport passports hotel hotels travel travelling traveling tourist tourists tourism appointment appointments
  opening hours restaurant restaurants weather job jobs career careers internship vacancy vacancies address phone email
  renew renewal ticket tickets opera concert flight flights booking wedding parking directions nearest near apply application
  citizenship notary legalisation legalization apostille visit visiting translate translation thanks thank hello hi
  currency salary`.split(/\s+/),
);

export interface ReadContext {
  today: string;
  regions: ReadonlyMap<string, Region>;
}

/** One reading of the question that the search, the list and the count all follow. */
export function readQuestion(text: string, signals: QuerySignals, context: ReadContext): Reading {
  const tokens = tokenize(text);
  const joined = ` ${tokens.join(" ")} `;
  const has = (phrase: string) => joined.includes(` ${phrase} `);
  const instruments = new Set<Instrument>(signals.instruments);

  const time = readTimeWords(tokens, context.today);
  const responses = readResponses(has);
  const region = readRegion(tokens, context.regions);
  const { roles, filterRoles } = countryRoles(tokens, signals, region?.used ?? []);
  const span = time ?? spanOfYears(signals);
  const filters = filtersOf({ filterRoles, region, span, responses, signals });

  const incidentAnchor =
    signals.years.size > 0 || signals.decades.size > 0 || signals.cities.size > 0 || time !== undefined;
  const legalCue =
    (tokens.some((t) => LEGAL_CUES.has(t)) || signals.articles.size > 0 || instruments.size > 0) &&
    responses.length === 0;
  const strongLegal = tokens.some((t) => STRONG_LEGAL.has(t)) || has("international court");
  // An errand word sets the question aside unless something names an incident or a rule:
  // "geneva convention center parking" is an errand, "a minister's visit … the 1973 convention" is law.
  const offTopic =
    tokens.some((t) => OFF_TOPIC.has(t)) &&
    signals.types.size === 0 &&
    instruments.size === 0 &&
    signals.articles.size === 0 &&
    signals.years.size === 0 &&
    signals.decades.size === 0 &&
    !has("asylum");
  // Cue words steer the law's ranking; they do not by themselves make a question legal.
  for (const t of tokens) if (INSTRUMENT_CUES[t]) instruments.add(INSTRUMENT_CUES[t]);
  // "Which treaty…", "the convention", "what article…": the treaties' texts, not the notes about them.
  if (instruments.size === 0 && tokens.some((t) => TREATY_WORDS.has(t)))
    for (const treaty of ["VCDR", "VCCR", "IPP"] as const) instruments.add(treaty);
  if (ICJ_PHRASES.some(has)) instruments.add("ICJ");
  const named = [...filterRoles.values()].some((r) => r !== "perpetrator");
  const constrained =
    region !== undefined ||
    named ||
    signals.cities.size > 0 ||
    span !== undefined ||
    responses.length > 0 ||
    signals.types.size > 0;
  const counting = COUNT_CUES.some(has);
  const listCue = tokens.some((t) => LIST_CUES.has(t));
  const listing = listCue || tokens.some((t) => PLURAL_EVENTS.has(t));

  const residue = residueOf(tokens, signals, [...(time?.used ?? []), ...(region?.used ?? [])], responses);
  let intent: Intent = "lookup";
  if (offTopic) intent = "off-topic";
  else if (counting && constrained) intent = "count";
  else if (strongLegal) intent = "legal";
  else if (listing && constrained && (region || span || responses.length > 0 || named || listCue))
    intent = legalCue && !incidentAnchor && !region ? "legal" : "list";
  else if (legalCue && !incidentAnchor) intent = "legal";
  else if (listing && signals.types.size > 0 && residue.length === 0 && !legalCue) intent = "list";

  const understood = describe(signals, responses, region, filterRoles, span);
  const lawList =
    intent === "legal" && tokens.some((t) => LIST_CUES.has(t) || t === "articles" || t === "cases");
  const aboutMissions = tokens.some((t) => DOMAIN_WORDS.has(t)) || signals.instruments.size > 0;
  const definition = DEFINITION_CUES.some(has);
  return { intent, filters, instruments, understood, roles, lawList, aboutMissions, definition, residue };
}

interface Constraints {
  filterRoles: ReadonlyMap<string, FilterRole>;
  region: { region: Region; role: Role } | undefined;
  span: { from?: number; to?: number; label: string } | undefined;
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
  if (signals.types.size > 0) filters.types = [...signals.types];
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
): string[] {
  const parts = [...typeLabels(signals.types), ...responses.map((r) => HOST_RESPONSE_LABELS[r])];
  if (region)
    parts.push(region.role === "mission" ? `${region.region.label}'s missions` : region.region.label);
  for (const [code, role] of filterRoles) {
    if (role === "mission") parts.push(`${countryName(code)}'s missions`);
    else if (role === "host") parts.push(`in ${countryName(code)}`);
    else if (role === "either") parts.push(countryName(code));
  }
  for (const city of signals.cities.keys()) parts.push(titleCase(city));
  if (span) parts.push(span.label);
  return parts;
}

/** Verbs that only carry a type word ("set on fire", "took hostages"). */
const FRAME_WORDS = new Set("set took taken held carried".split(" "));

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
      !STOPWORDS.has(t) &&
      !GENERIC_WORDS.has(t) &&
      !named.has(t) &&
      !responseWords.has(t) &&
      !TYPE_WORDS[t] &&
      !/^\d/.test(t) &&
      !MISSION_NOUNS.has(t) &&
      !PLURAL_EVENTS.has(t) &&
      !LIST_CUES.has(t) &&
      !COUNT_CUES.includes(t) &&
      !PERPETRATOR_NOUNS.has(t) &&
      !FRAME_WORDS.has(t),
  );
}

function readResponses(has: (phrase: string) => boolean): HostResponse[] {
  for (const [phrase, responses] of RESPONSE_PHRASES) if (has(phrase)) return responses;
  return [];
}

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
): { roles: Map<string, Role>; filterRoles: Map<string, FilterRole> } {
  const roles = new Map<string, Role>();
  const filterRoles = new Map<string, FilterRole>();
  for (const [code, words] of signals.countries) {
    const start = tokens.indexOf(words[0]!);
    const end = start + words.length;
    // "latin america" is a region, not the United States.
    if (start >= 0 && regionWords.includes(start)) continue;
    const role = start < 0 ? "either" : roleAt(tokens, start, end);
    const named = words.join(" ");
    const demonym = ADJECTIVE.test(named) && named !== normalizeText(countryName(code));
    roles.set(code, role === "mission" && !demonym ? "either" : role);
    filterRoles.set(code, PERPETRATOR_NOUNS.has(tokens[end] ?? "") ? "perpetrator" : role);
  }
  const stated = [...filterRoles.values()].find((r) => r === "mission" || r === "host");
  if (stated && tokens.includes("and"))
    for (const [code, role] of filterRoles) if (role === "either") filterRoles.set(code, stated);
  return { roles, filterRoles };
}

function roleAt(tokens: readonly string[], start: number, end: number): Role {
  const before = tokens[start - 1] ?? "";
  const after = tokens[end] ?? "";
  if (MISSION_NOUNS.has(after) || (after === "high" && tokens[end + 1] === "commission")) return "mission";
  if (before === "of" && MISSION_NOUNS.has(tokens[start - 2] ?? "")) return "mission";
  if (["in", "at", "inside", "across", "throughout"].includes(before)) return "host";
  return "either";
}

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

function typeLabels(types: ReadonlySet<IncidentType>): string[] {
  return types.size === 0 ? [] : [[...types].map((t) => TYPE_PLURALS[t]).join(" or ")];
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
