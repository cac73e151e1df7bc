import { lookupCountry } from "../countries.js";
import {
  HOST_RESPONSES,
  INCIDENT_TYPES,
  type HostResponse,
  type IncidentType,
  type MissionType,
} from "../dataset/vocabulary.js";
import { fail, ok, type Result } from "../result.js";
import { RESPONSE_FILTER_ALIASES, TYPE_FILTER_ALIASES } from "./synonyms.js";

export const FILTER_KEYS = ["host", "mission", "type", "response", "year"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Hard constraints typed by the user; free words only rank, filters exclude. */
export interface QueryFilters {
  host?: string[];
  mission?: string[];
  types?: IncidentType[];
  responses?: HostResponse[];
  from?: number;
  to?: number;
  /** Countries named without saying whose: the host or the mission may be it. */
  either?: string[];
  /** Normalized city names. */
  cities?: string[];
  /** Match `types` against every type of an incident, not only the type it was above all. */
  anyType?: boolean;
  /** Kinds of mission ("consulates", "legations"), read from the words of a list. */
  missionTypes?: MissionType[];
  /** The month or day incidents began on, as the start of their date ("2012-09", "1998-08-07"). */
  datePrefix?: string;
  /** Incidents that began after / before this day, not counted (ISO): "after 9/11". */
  afterDate?: string;
  beforeDate?: string;
  /** Only incidents in which people died ("how many us diplomats have been killed"). */
  deadly?: boolean;
}

export interface ParsedQuery {
  /** The words left once the filters are taken out. */
  text: string;
  filters: QueryFilters;
}

export type QueryError =
  | { code: "unknown-filter"; filter: string }
  | { code: "bad-filter-value"; filter: FilterKey; value: string }
  | { code: "bad-range"; value: string };

const FILTER_TOKEN = /^([a-z]{2,12}):([^/\s].*)$/i;
const RANGE_TOKEN = /^(\d{1,4})?(?:\.\.|–)(\d{1,4})?$/;
const YEAR_RANGE_DASH = /^(1[89]\d\d|20\d\d)-(1[89]\d\d|20\d\d)$/;

/** Splits filters (`host:IR`, `type:storming`, `1979..2019`) from the words of a query. */
export function parseQuery(input: string): Result<ParsedQuery, QueryError> {
  const filters: QueryFilters = {};
  const words: string[] = [];
  for (const token of input.trim().split(/\s+/).filter(Boolean)) {
    const range = RANGE_TOKEN.exec(token) ?? YEAR_RANGE_DASH.exec(token);
    if (range) {
      const applied = applyRange(filters, token, range[1], range[2]);
      if (!applied.ok) return applied;
      // "Embassy attacks 1900-1919" is written, not typed as a filter: the reading sees the period
      // too, so it knows a list was asked for and says so.
      if (YEAR_RANGE_DASH.test(token)) words.push(token);
      continue;
    }
    const filter = FILTER_TOKEN.exec(token);
    if (!filter) {
      words.push(token);
      continue;
    }
    const key = filter[1]!.toLowerCase();
    const value = filter[2]!;
    if (!isFilterKey(key)) return fail({ code: "unknown-filter", filter: key });
    const applied = applyFilter(filters, key, value);
    if (!applied.ok) return applied;
  }
  return ok({ text: words.join(" "), filters });
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

function applyFilter(filters: QueryFilters, key: FilterKey, value: string): Result<true, QueryError> {
  const values = value.split(",").filter(Boolean);
  const bad = (v: string) => fail<QueryError>({ code: "bad-filter-value", filter: key, value: v });
  if (key === "year") {
    const range = RANGE_TOKEN.exec(value) ?? YEAR_RANGE_DASH.exec(value);
    if (range) return applyRange(filters, value, range[1], range[2]);
    if (!/^\d{4}$/.test(value)) return fail({ code: "bad-range", value });
    return applyRange(filters, value, value, value);
  }
  for (const v of values) {
    const plain = v.toLowerCase().replace(/_/g, "-");
    if (key === "host" || key === "mission") {
      const code = lookupCountry(plain.replace(/-/g, " "));
      if (!code) return bad(v);
      filters[key] = [...(filters[key] ?? []), code];
    } else if (key === "type") {
      const type = (INCIDENT_TYPES as readonly string[]).includes(plain)
        ? (plain as IncidentType)
        : TYPE_FILTER_ALIASES[plain];
      if (!type) return bad(v);
      filters.types = [...(filters.types ?? []), type];
    } else {
      const response = (HOST_RESPONSES as readonly string[]).includes(plain)
        ? (plain as HostResponse)
        : RESPONSE_FILTER_ALIASES[plain];
      if (!response) return bad(v);
      filters.responses = [...(filters.responses ?? []), response];
    }
  }
  return ok(true);
}

function applyRange(
  filters: QueryFilters,
  token: string,
  fromText: string | undefined,
  toText: string | undefined,
): Result<true, QueryError> {
  const from = fromText === undefined ? undefined : Number(fromText);
  const to = toText === undefined ? undefined : Number(toText);
  const isYear = (y: number | undefined) => y === undefined || (y >= 1800 && y <= 2100);
  if ((from === undefined && to === undefined) || !isYear(from) || !isYear(to)) {
    return fail({ code: "bad-range", value: token });
  }
  if (from !== undefined && to !== undefined && from > to) return fail({ code: "bad-range", value: token });
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  return ok(true);
}
