import { lookupCountry } from "./countries.js";
import type { Desk } from "./desk.js";
import type { FindError, Found } from "./find-records.js";
import type { ParsedQuery, QueryFilters } from "./query/parse-query.js";
import { fail, ok, type Result } from "./result.js";
import { search } from "./search/rank.js";

/**
 * A timeline reads its words as a country (host or mission), a year or a decade; anything else
 * is searched, and the incidents found are put in date order.
 */
export function timelineHits(desk: Desk, parsed: ParsedQuery): Result<Found, FindError> {
  const filters: QueryFilters = { ...parsed.filters };
  const words = parsed.text.trim();
  let country: string | undefined;
  if (words !== "") {
    const year = /^(1[89]\d\d|20\d\d)$/.exec(words);
    const decade = /^(1[89]\d0|20\d0)s$/.exec(words);
    if (year) filters.from = filters.to = Number(year[1]);
    else if (decade) [filters.from, filters.to] = [Number(decade[1]), Number(decade[1]) + 9];
    else country = lookupCountry(words);
  }
  const understood = words === "" || country !== undefined || filters.from !== undefined;
  let incidents = desk.dataset.incidents.filter((r) => {
    const from = Number(r.date.slice(0, 4));
    const to = r.endDate ? Number(r.endDate.slice(0, 4)) : from;
    if (country && r.hostCountry !== country && r.missionCountry !== country) return false;
    if (filters.from !== undefined && to < filters.from) return false;
    if (filters.to !== undefined && from > filters.to) return false;
    if (filters.host && !filters.host.includes(r.hostCountry)) return false;
    if (filters.mission && !filters.mission.includes(r.missionCountry)) return false;
    if (filters.types && !r.types.some((t) => filters.types!.includes(t))) return false;
    if (filters.responses && !filters.responses.includes(r.hostResponse.category)) return false;
    return true;
  });
  if (!understood) {
    const found = search(desk.index, words, { kinds: ["incident"], filters });
    if (found.hits.length === 0) return fail({ code: "timeline-not-understood", query: words });
    const ids = new Set(found.hits.map((h) => h.doc.item.record.id));
    incidents = incidents.filter((r) => ids.has(r.id));
  }
  const byId = new Map(desk.index.docs.map((d) => [d.item.record.id, d]));
  const hits = incidents
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => ({ doc: byId.get(r.id)!, score: 1, coverage: 1 }));
  return ok({ hits, suggestions: [] });
}
