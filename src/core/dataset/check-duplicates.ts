import type { DataProblem } from "./problems.js";
import type { Incident } from "./schema.js";
import type { LocatedRecord } from "./validate-records.js";

/** Two incidents at the same host and mission closer than this are probably one event written twice. */
const WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Flags two incidents with the same host and mission country whose dates lie within a week of each
 * other, unless one names the other in `distinctFrom`. A date known only to the month counts as the
 * whole month; one known only to the year is too vague to compare and is skipped.
 */
export function checkDuplicates(incidents: LocatedRecord<Incident>[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const groups = new Map<string, { file: string; record: Incident; from: number; to: number }[]>();
  for (const { file, record } of incidents) {
    const span = daySpan(record.date);
    if (!span) continue;
    const key = `${record.hostCountry}|${record.missionCountry}`;
    const group = groups.get(key) ?? [];
    for (const other of group) {
      const apart = Math.max(span.from - other.to, other.from - span.to, 0) / DAY_MS;
      if (apart > WINDOW_DAYS || namesOther(record, other.record)) continue;
      problems.push({
        file,
        id: record.id,
        field: "date",
        message:
          `same host and mission within a week of "${other.record.id}" (${other.file}): ` +
          `merge them, or list the other id in distinctFrom if they are separate events`,
      });
    }
    group.push({ file, record, ...span });
    groups.set(key, group);
  }
  return problems;
}

function namesOther(a: Incident, b: Incident): boolean {
  return (a.distinctFrom ?? []).includes(b.id) || (b.distinctFrom ?? []).includes(a.id);
}

function daySpan(date: string): { from: number; to: number } | undefined {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || m === undefined) return undefined;
  if (d !== undefined) {
    const day = Date.UTC(y, m - 1, d);
    return { from: day, to: day };
  }
  return { from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 0) };
}
