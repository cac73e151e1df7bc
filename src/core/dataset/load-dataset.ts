import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { fail, ok, type Result } from "../result.js";
import { checkReferences } from "./check-references.js";
import { createDataset, type Dataset } from "./dataset.js";
import type { DataProblem } from "./problems.js";
import { validateDutyFile, validateIncidentFile, type RawFile } from "./validate-records.js";

/**
 * The data folder that ships with the project: data/ at the package root, found by walking up from
 * this module, so it resolves the same from src/ (tsx) and from dist/src/ (the compiled image).
 */
export const DEFAULT_DATA_DIR = findDataDir(dirname(fileURLToPath(import.meta.url)));

function findDataDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return join(dir, "data");
    if (dirname(dir) === dir) return join(start, "data");
  }
}

/** Reads and validates every collection file; any problem fails the whole load, listing them all. */
export function loadDataset(dataDir: string = DEFAULT_DATA_DIR): Result<Dataset, DataProblem[]> {
  const read = (sub: string): RawFile[] | DataProblem => {
    const dir = join(dataDir, sub);
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => ({
          file: displayPath(dataDir, join(dir, name)),
          text: readFileSync(join(dir, name), "utf8"),
        }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        file: displayPath(dataDir, dir),
        id: "-",
        field: "-",
        message: `cannot read folder (${reason})`,
      };
    }
  };
  const incidentFiles = read("incidents");
  const dutyFiles = read("duties");
  const folderProblems = [incidentFiles, dutyFiles].filter((x): x is DataProblem => !Array.isArray(x));
  if (folderProblems.length > 0) return fail(folderProblems);
  return validateDataset(incidentFiles as RawFile[], dutyFiles as RawFile[]);
}

export function validateDataset(
  incidentFiles: RawFile[],
  dutyFiles: RawFile[],
): Result<Dataset, DataProblem[]> {
  const incidents = incidentFiles.map(validateIncidentFile);
  const duties = dutyFiles.map(validateDutyFile);
  const incidentRecords = incidents.flatMap((f) => f.records);
  const dutyRecords = duties.flatMap((f) => f.records);
  const problems = [
    ...incidents.flatMap((f) => f.problems),
    ...duties.flatMap((f) => f.problems),
    ...checkReferences(incidentRecords, dutyRecords),
  ];
  if (problems.length > 0) return fail(problems);
  return ok(
    createDataset(
      incidentRecords.map((r) => r.record),
      dutyRecords.map((r) => r.record),
    ),
  );
}

function displayPath(dataDir: string, path: string): string {
  return join("data", relative(dataDir, path));
}
