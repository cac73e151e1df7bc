import { countryInfo } from "./countries.js";
import type { Incident } from "./dataset/schema.js";
import { HOST_RESPONSE_LABELS } from "./dataset/vocabulary.js";

/** The `stats` contract: counts by decade, region, incident type and host response. */
export interface IncidentStats {
  byDecade: Record<string, number>;
  byRegion: Record<string, number>;
  byType: Record<string, number>;
  byHostResponse: Record<string, number>;
}

/**
 * Counts for a set of incidents. Decades in order, the rest largest first; an incident counts once
 * per breakdown (its main type), so every breakdown adds up to the number of incidents.
 */
export function statsOf(incidents: readonly Incident[]): IncidentStats {
  const tally = (keys: string[], byKey = false) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    const entries = [...counts.entries()].sort(
      byKey ? (a, b) => a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    return Object.fromEntries(entries);
  };
  return {
    byDecade: tally(
      incidents.map((r) => `${r.date.slice(0, 3)}0s`),
      true,
    ),
    byRegion: tally(incidents.map((r) => countryInfo(r.hostCountry)?.continent ?? "unknown")),
    byType: tally(incidents.map((r) => r.types[0]!)),
    byHostResponse: tally(incidents.map((r) => HOST_RESPONSE_LABELS[r.hostResponse.category])),
  };
}

export const STATS_LABELS: Record<keyof IncidentStats, string> = {
  byDecade: "By decade",
  byRegion: "By region (host)",
  byType: "By type",
  byHostResponse: "By host response",
};
