import { countryInfo, DEFAULT_DATA_DIR, exportFields, formatProblem, type Desk } from "../core/index.js";
import { fingerprintData, nextVersion, readVersionFile, writeVersionFile } from "./data-fingerprint.js";
import type { CliIo } from "./io.js";
import { loadDeskOrReport } from "./load-desk.js";
import { formatCoverageMarkdown } from "./coverage-markdown.js";
import { checkWorklists, countWorklists } from "./sweep-worklist.js";

const USAGE = "Usage: npm run data -- check | stats [--markdown] | export | stamp\n";
const TOP_PUBLISHERS = 15;

export interface DataOptions {
  dataDir?: string;
  /** YYYY-MM-DD; injected by tests. */
  today?: string;
}

/** `npm run data -- check|stats|export|stamp`: the dataset's own tooling. */
export function runData(args: string[], io: CliIo, options: DataOptions = {}): number {
  const [sub] = args;
  if (sub !== "check" && sub !== "stats" && sub !== "export" && sub !== "stamp") {
    io.stderr.write(USAGE);
    return 2;
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const desk = loadDeskOrReport(io, dataDir, { today });
  if (!desk) return 1;
  if (sub === "check") return checkWorklistsAndStamp(desk, dataDir, io);
  if (sub === "stamp") return stamp(dataDir, today, io);
  if (sub === "stats")
    io.stdout.write(
      args.includes("--markdown") ? formatCoverageMarkdown(desk.dataset) : formatStats(desk, dataDir),
    );
  else for (const doc of desk.index.docs) io.stdout.write(`${JSON.stringify(exportFields(doc.item))}\n`);
  return 0;
}

/**
 * Beyond the records: the sweep worklists must be valid and point at real records, and the version
 * must change with the data (a fingerprint mismatch means someone forgot to stamp).
 */
function checkWorklistsAndStamp(desk: Desk, dataDir: string, io: CliIo): number {
  const { incidents, duties, version } = desk.dataset;
  const worklistProblems = checkWorklists(dataDir, desk.dataset);
  if (worklistProblems.length > 0) {
    io.stderr.write(`The sweep worklists have ${worklistProblems.length} problem(s):\n`);
    for (const problem of worklistProblems) io.stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
  if (readVersionFile(dataDir).fingerprint !== fingerprintData(dataDir)) {
    io.stderr.write(
      `data/version.json: the data changed since version ${version.version} (as of ${version.asOf}) was stamped.\n` +
        "  Run `npm run data -- stamp` to give the changed data a new version and date.\n",
    );
    return 1;
  }
  io.stdout.write(
    `data OK: ${incidents.length} incidents, ${duties.length} duties, every record valid, ` +
      `version ${version.version} as of ${version.asOf}\n`,
  );
  return 0;
}

function stamp(dataDir: string, today: string, io: CliIo): number {
  const current = readVersionFile(dataDir);
  const fingerprint = fingerprintData(dataDir);
  if (current.fingerprint === fingerprint) {
    io.stdout.write(`data unchanged: still version ${current.version} as of ${current.asOf}\n`);
    return 0;
  }
  const version = nextVersion(current.version);
  writeVersionFile(dataDir, { version, asOf: today, fingerprint });
  io.stdout.write(`data stamped: version ${version} as of ${today} (was ${current.version})\n`);
  return 0;
}

function formatStats(desk: Desk, dataDir: string): string {
  const { incidents, duties, version } = desk.dataset;
  const sources = [...incidents, ...duties].flatMap((r) => r.sources);
  const sections: [string, Map<string, number>][] = [
    [
      "Records by kind",
      count([...incidents.map(() => "incident"), ...duties.map((d) => `duty (${d.kind})`)]),
    ],
    [
      "Incidents by decade",
      count(
        incidents.map((r) => `${r.date.slice(0, 3)}0s`),
        true,
      ),
    ],
    [
      "Incidents by continent (host country)",
      count(incidents.map((r) => countryInfo(r.hostCountry)?.continent ?? "unknown")),
    ],
    [
      "Incidents by region (host country)",
      count(incidents.map((r) => countryInfo(r.hostCountry)?.region ?? "unknown")),
    ],
    ["Incidents by type", count(incidents.flatMap((r) => r.types))],
    ["Incidents by host response", count(incidents.map((r) => r.hostResponse.category))],
    ["Duties by instrument", count(duties.map((d) => d.instrument))],
    ["Sources by kind", count(sources.map((s) => s.kind))],
    [
      `Most cited publishers (top ${TOP_PUBLISHERS})`,
      top(count(sources.map((s) => s.publisher)), TOP_PUBLISHERS),
    ],
  ];
  const lines = [
    `Embassy Desk data ${version.version} · as of ${version.asOf}`,
    `${incidents.length} incidents, ${duties.length} duties, ${sources.length} sources`,
  ];
  for (const [title, counts] of sections) {
    lines.push("", `${title}:`);
    for (const [key, n] of counts) lines.push(`  ${key.padEnd(40)} ${String(n).padStart(4)}`);
  }
  const worklists = countWorklists(dataDir);
  if (worklists.length > 0) {
    lines.push("", "Sweep worklists (added / merged / left out):");
    for (const { file, counts } of worklists)
      lines.push(`  ${file.padEnd(40)} ${counts.added} / ${counts.merged} / ${counts["left-out"]}`);
  }
  return `${lines.join("\n")}\n`;
}

function count(keys: string[], byKey = false): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const entries = [...counts.entries()];
  entries.sort(
    byKey ? (a, b) => a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return new Map(entries);
}

function top(counts: Map<string, number>, n: number): Map<string, number> {
  return new Map([...counts.entries()].slice(0, n));
}
