import { lookupCountry } from "./countries.js";
import type { Desk } from "./desk.js";
import type { FindError, Found } from "./find-records.js";
import type { ParsedQuery, QueryFilters } from "./query/parse-query.js";
import { fail, ok, type Result } from "./result.js";
import { hasFilters, passes } from "./search/filters.js";
import { readText } from "./read-text.js";
import { search } from "./search/rank.js";
import type { Doc } from "./search/search-index.js";

/**
 * A timeline reads its words as a country (host or mission), a year or a decade; other words are
 * read as a list reads them (type, region, whose missions, period), or else searched; the incidents
 * found are put in date order.
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
  let docs = desk.index.docs.filter((doc) => {
    if (!passes(doc, ["incident"], filters) || doc.item.kind !== "incident") return false;
    const r = doc.item.record;
    return !country || r.hostCountry === country || r.missionCountry === country;
  });
  // "Timeline of attacks on us embassies", "bombings in africa in the 90s": what the words name,
  // read as a list reads them.
  const named = understood ? {} : readText(desk, words).reading.filters;
  if (hasFilters(named)) {
    docs = desk.index.docs.filter((doc) => passes(doc, ["incident"], { ...filters, ...named }));
  } else if (!understood) {
    const found = search(desk.index, words, { kinds: ["incident"], filters });
    if (found.hits.length === 0) return fail({ code: "timeline-not-understood", query: words });
    const ids = new Set(found.hits.map((h) => h.doc.index));
    docs = docs.filter((doc) => ids.has(doc.index));
  }
  const hits = docs
    // Same-day incidents keep a stable order by id, so paging never repeats or skips one.
    .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.item.record.id.localeCompare(b.item.record.id))
    .map((doc) => ({ doc, score: 1, coverage: 1 }));
  return ok({ hits, suggestions: [] });
}

function dateOf(doc: Doc): string {
  return doc.item.kind === "incident" ? doc.item.record.date : String(doc.item.record.year);
}
