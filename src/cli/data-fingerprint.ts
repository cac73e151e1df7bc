import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTION_DIRS, SOURCE_POLICY_FILE, VERSION_FILE, type DataVersionFile } from "../core/index.js";

/** The files whose content the version stands for: every record file and the source policy. */
function stampedFiles(dataDir: string): string[] {
  const records = COLLECTION_DIRS.flatMap((sub) =>
    readdirSync(join(dataDir, sub))
      .filter((name) => name.endsWith(".json"))
      .map((name) => `${sub}/${name}`),
  );
  return [...records, SOURCE_POLICY_FILE].sort();
}

/** sha256 over each file's path and bytes, in path order: any edit, rename or new file changes it. */
export function fingerprintData(dataDir: string): string {
  const hash = createHash("sha256");
  for (const file of stampedFiles(dataDir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dataDir, file)));
    hash.update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}

export function readVersionFile(dataDir: string): DataVersionFile {
  return JSON.parse(readFileSync(join(dataDir, VERSION_FILE), "utf8")) as DataVersionFile;
}

/** A data change is a new minor version: 1.4.0 → 1.5.0. */
export function nextVersion(version: string): string {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return `${major}.${minor + 1}.0`;
}

export function writeVersionFile(dataDir: string, file: DataVersionFile): void {
  writeFileSync(join(dataDir, VERSION_FILE), `${JSON.stringify(file, null, 2)}\n`);
}
