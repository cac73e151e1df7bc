import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { fail, ok, type Result } from "../result.js";
import { checkDuplicates } from "./check-duplicates.js";
import { checkReferences } from "./check-references.js";
import { checkSources } from "./check-sources.js";
import { dataVersionFileSchema, type DataVersionFile } from "./data-version.js";
import { createDataset, type Dataset } from "./dataset.js";
import type { DataProblem } from "./problems.js";
import { sourcePolicySchema, type SourcePolicy } from "./source-policy.js";
import { validateDutyFile, validateIncidentFile, type RawFile } from "./validate-records.js";

/**
 * The data folder that ships with the project: data/ at the package root, found by walking up from
 * this module, so it resolves the same from src/ (tsx) and from dist/src/ (the compiled image).
 */
export const DEFAULT_DATA_DIR = findDataDir(dirname(fileURLToPath(import.meta.url)));

export const SOURCE_POLICY_FILE = "source-policy.json";
export const VERSION_FILE = "version.json";
/** The folders of record files; each holds JSON arrays of records. */
export const COLLECTION_DIRS = ["incidents", "duties"] as const;

function findDataDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return join(dir, "data");
    if (dirname(dir) === dir) return join(start, "data");
  }
}

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD), for "no source dated in the future"; injected so tests are stable. */
  today?: string;
}

/** Reads and validates every file of the data folder; any problem fails the whole load, listing them all. */
export function loadDataset(
  dataDir: string = DEFAULT_DATA_DIR,
  options: LoadOptions = {},
): Result<Dataset, DataProblem[]> {
  const shown = (path: string) => join("data", relative(dataDir, path));
  const readFolder = (sub: string): RawFile[] | DataProblem => {
    const dir = join(dataDir, sub);
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => ({ file: shown(join(dir, name)), text: readFileSync(join(dir, name), "utf8") }));
    } catch (error) {
      return { file: shown(dir), id: "-", field: "-", message: `cannot read folder (${reasonOf(error)})` };
    }
  };
  const readOne = (name: string): RawFile | DataProblem => {
    const path = join(dataDir, name);
    try {
      return { file: shown(path), text: readFileSync(path, "utf8") };
    } catch (error) {
      return { file: shown(path), id: "-", field: "-", message: `cannot read file (${reasonOf(error)})` };
    }
  };
  const incidentFiles = readFolder("incidents");
  const dutyFiles = readFolder("duties");
  const policyFile = readOne(SOURCE_POLICY_FILE);
  const versionFile = readOne(VERSION_FILE);
  const unread = [incidentFiles, dutyFiles, policyFile, versionFile].filter(isProblem);
  if (unread.length > 0) return fail(unread);
  return validateDataset({
    incidentFiles: incidentFiles as RawFile[],
    dutyFiles: dutyFiles as RawFile[],
    policyFile: policyFile as RawFile,
    versionFile: versionFile as RawFile,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
}

export interface RawDataFolder {
  incidentFiles: RawFile[];
  dutyFiles: RawFile[];
  policyFile: RawFile;
  versionFile: RawFile;
  today: string;
}

export function validateDataset(raw: RawDataFolder): Result<Dataset, DataProblem[]> {
  const policy = parseSingle<SourcePolicy>(raw.policyFile, sourcePolicySchema);
  const version = parseSingle<DataVersionFile>(raw.versionFile, dataVersionFileSchema);
  const incidents = raw.incidentFiles.map(validateIncidentFile);
  const duties = raw.dutyFiles.map(validateDutyFile);
  const incidentRecords = incidents.flatMap((f) => f.records);
  const dutyRecords = duties.flatMap((f) => f.records);
  const problems = [
    ...policy.problems,
    ...version.problems,
    ...incidents.flatMap((f) => f.problems),
    ...duties.flatMap((f) => f.problems),
    ...checkReferences(incidentRecords, dutyRecords),
    ...checkDuplicates(incidentRecords),
    ...(policy.value ? checkSources(incidentRecords, dutyRecords, policy.value, raw.today) : []),
  ];
  if (problems.length > 0 || !version.value || !policy.value) return fail(problems);
  return ok(
    createDataset(
      incidentRecords.map((r) => r.record),
      dutyRecords.map((r) => r.record),
      { version: version.value.version, asOf: version.value.asOf },
      policy.value!,
    ),
  );
}

/** A file holding one JSON object (the policy, the version), validated as a whole. */
function parseSingle<T>(raw: RawFile, schema: z.ZodType<T>): { value?: T; problems: DataProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.text);
  } catch (error) {
    return {
      problems: [{ file: raw.file, id: "-", field: "-", message: `not valid JSON (${reasonOf(error)})` }],
    };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: raw.file,
      id: "-",
      field: issue.path.join(".") || "-",
      message: issue.message,
    })),
  };
}

function isProblem(x: RawFile[] | RawFile | DataProblem): x is DataProblem {
  return !Array.isArray(x) && "message" in x;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
