import type { z } from "zod";
import type { DataProblem } from "./problems.js";
import { dutySchema, incidentSchema, type Duty, type Incident } from "./schema.js";

export interface RawFile {
  /** Path shown in messages, relative to the project root, e.g. data/incidents/1970-1989.json. */
  file: string;
  text: string;
}

export interface LocatedRecord<T> {
  file: string;
  record: T;
}

/** Parses one collection file and validates each record on its own, so one bad record names itself. */
export function validateFile<T>(
  raw: RawFile,
  schema: z.ZodType<T>,
): { records: LocatedRecord<T>[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const records: LocatedRecord<T>[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      records,
      problems: [{ file: raw.file, id: "-", field: "-", message: `not valid JSON (${reason})` }],
    };
  }
  if (!Array.isArray(parsed)) {
    return {
      records,
      problems: [{ file: raw.file, id: "-", field: "-", message: "expected a JSON array of records" }],
    };
  }
  parsed.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push({ file: raw.file, record: result.data });
      return;
    }
    const id = recordId(item, index);
    for (const issue of result.error.issues) {
      problems.push({ file: raw.file, id, field: issue.path.join(".") || "-", message: issue.message });
    }
  });
  return { records, problems };
}

export const validateIncidentFile = (raw: RawFile) => validateFile<Incident>(raw, incidentSchema);
export const validateDutyFile = (raw: RawFile) => validateFile<Duty>(raw, dutySchema);

function recordId(item: unknown, index: number): string {
  if (item && typeof item === "object" && "id" in item && typeof item.id === "string") return item.id;
  return `record #${index + 1}`;
}
