import { isCountryCode } from "../countries.js";
import type { DataProblem } from "./problems.js";
import type { Duty, Incident } from "./schema.js";
import type { LocatedRecord } from "./validate-records.js";

/** Checks that need more than one record: unique ids, references, codes, dates in order. */
export function checkReferences(
  incidents: LocatedRecord<Incident>[],
  duties: LocatedRecord<Duty>[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, record } of [...incidents, ...duties]) {
    const other = seen.get(record.id);
    if (other)
      problems.push({ file, id: record.id, field: "id", message: `duplicate id (also in ${other})` });
    else seen.set(record.id, file);
  }
  const dutyIds = new Set(duties.map((d) => d.record.id));
  for (const { file, record } of incidents) {
    const at = (field: string, message: string) => problems.push({ file, id: record.id, field, message });
    for (const field of ["hostCountry", "missionCountry"] as const) {
      if (!isCountryCode(record[field])) at(field, `unknown country code "${record[field]}"`);
    }
    if (record.endDate && compareDates(record.endDate, record.date) < 0) {
      at("endDate", `ends (${record.endDate}) before it starts (${record.date})`);
    }
    record.duties.forEach((ref, i) => {
      if (!dutyIds.has(ref)) at(`duties.${i}`, `no duty record with id "${ref}"`);
    });
  }
  for (const { file, record } of duties) {
    record.related.forEach((ref, i) => {
      if (!dutyIds.has(ref))
        problems.push({
          file,
          id: record.id,
          field: `related.${i}`,
          message: `no duty record with id "${ref}"`,
        });
    });
  }
  return problems;
}

/** Compares partial dates by their common precision ("1979" vs "1979-11-04" compare equal). */
export function compareDates(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  return a.slice(0, len).localeCompare(b.slice(0, len));
}
