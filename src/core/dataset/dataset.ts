import type { DataVersion } from "./data-version.js";
import type { Duty, Incident } from "./schema.js";
import type { SourcePolicy } from "./source-policy.js";

/** The validated data, with the lookups every command needs, built once at start-up. */
export interface Dataset {
  incidents: readonly Incident[];
  duties: readonly Duty[];
  incidentById: ReadonlyMap<string, Incident>;
  dutyById: ReadonlyMap<string, Duty>;
  /** Incidents that engage a duty, newest first: derived from each incident's `duties`. */
  incidentsByDuty: ReadonlyMap<string, readonly Incident[]>;
  /** The version and date of last review that every answer shows. */
  version: DataVersion;
  /** data/source-policy.json: a reader's suggested source is checked like the data's. */
  sourcePolicy: SourcePolicy;
}

export function createDataset(
  incidents: Incident[],
  duties: Duty[],
  version: DataVersion,
  sourcePolicy: SourcePolicy,
): Dataset {
  const incidentsByDuty = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const dutyId of incident.duties) {
      const list = incidentsByDuty.get(dutyId) ?? [];
      list.push(incident);
      incidentsByDuty.set(dutyId, list);
    }
  }
  for (const list of incidentsByDuty.values()) list.sort((a, b) => b.date.localeCompare(a.date));
  return {
    incidents,
    duties,
    incidentById: new Map(incidents.map((i) => [i.id, i])),
    dutyById: new Map(duties.map((d) => [d.id, d])),
    incidentsByDuty,
    version,
    sourcePolicy,
  };
}
