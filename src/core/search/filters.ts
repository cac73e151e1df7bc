import type { QueryFilters } from "../query/parse-query.js";
import { normalizeText } from "../text/normalize.js";
import type { Doc } from "./search-index.js";

export type RecordKind = "incident" | "duty";

export function hasFilters(f: QueryFilters): boolean {
  return hasIncidentFilters(f) || f.from !== undefined || f.to !== undefined;
}

/** Filters on what only incidents have: every duty fails them. */
function hasIncidentFilters(f: QueryFilters): boolean {
  return Boolean(
    f.host ||
    f.mission ||
    f.either ||
    f.cities ||
    f.types ||
    f.responses ||
    f.missionTypes ||
    f.datePrefix ||
    f.afterDate ||
    f.beforeDate ||
    f.deadly,
  );
}

/** Filters exclude; a filter on incident fields excludes every duty. */
export function passes(doc: Doc, kinds: readonly RecordKind[] | undefined, f: QueryFilters): boolean {
  if (kinds && !kinds.includes(doc.item.kind)) return false;
  // A period holds the incidents that began in it: "since 2020" is not the siege that ended then.
  if (f.from !== undefined && doc.fromYear < f.from) return false;
  if (f.to !== undefined && doc.fromYear > f.to) return false;
  if (!hasIncidentFilters(f)) return true;
  if (doc.item.kind !== "incident") return false;
  const r = doc.item.record;
  if (f.host && !f.host.includes(r.hostCountry)) return false;
  if (f.mission && !f.mission.includes(r.missionCountry)) return false;
  if (f.either && !f.either.includes(r.hostCountry) && !f.either.includes(r.missionCountry)) return false;
  if (f.cities && !f.cities.includes(doc.city ?? normalizeText(r.city))) return false;
  // A list of sieges holds the incidents recorded above all as a siege (the first type), so that a
  // count of sieges and a list of them agree with the type shown on each result.
  if (f.types && !f.types.some((t) => (f.anyType ? r.types.includes(t) : r.types[0] === t))) return false;
  if (f.responses && !f.responses.includes(r.hostResponse.category)) return false;
  if (f.missionTypes && !f.missionTypes.includes(r.missionType)) return false;
  if (f.datePrefix && !r.date.startsWith(f.datePrefix)) return false;
  // Dates are ISO, so they order as strings; a month-only date ("2001-09") is not after the 11th.
  if (f.afterDate && !(r.date > f.afterDate && !f.afterDate.startsWith(r.date))) return false;
  if (f.beforeDate && !(r.date < f.beforeDate)) return false;
  if (f.deadly && !((r.casualties.deaths ?? 0) > 0)) return false;
  return true;
}
