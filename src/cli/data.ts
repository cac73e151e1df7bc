import { countryInfo, exportFields, type Desk } from "../core/index.js";
import type { CliIo } from "./io.js";
import { loadDeskOrReport } from "./load-desk.js";

const USAGE = "Usage: npm run data -- check | stats | export\n";

/** `npm run data -- check|stats|export`: the dataset's own tooling. */
export function runData(args: string[], io: CliIo, dataDir?: string): number {
  const [sub] = args;
  if (sub !== "check" && sub !== "stats" && sub !== "export") {
    io.stderr.write(USAGE);
    return 2;
  }
  const desk = loadDeskOrReport(io, dataDir);
  if (!desk) return 1;
  if (sub === "check") {
    const { incidents, duties } = desk.dataset;
    io.stdout.write(`data OK: ${incidents.length} incidents, ${duties.length} duties, every record valid\n`);
  } else if (sub === "stats") {
    io.stdout.write(formatStats(desk));
  } else {
    for (const doc of desk.index.docs) io.stdout.write(`${JSON.stringify(exportFields(doc.item))}\n`);
  }
  return 0;
}

function formatStats(desk: Desk): string {
  const { incidents, duties } = desk.dataset;
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
      "Incidents by region (host country)",
      count(incidents.map((r) => countryInfo(r.hostCountry)?.region ?? "unknown")),
    ],
    ["Incidents by type", count(incidents.flatMap((r) => r.types))],
    ["Incidents by host response", count(incidents.map((r) => r.hostResponse.category))],
    ["Duties by instrument", count(duties.map((d) => d.instrument))],
  ];
  const sources = incidents.reduce((n, r) => n + r.sources.length, 0);
  const lines = [`${incidents.length} incidents (${sources} sources), ${duties.length} duties`];
  for (const [title, counts] of sections) {
    lines.push("", `${title}:`);
    for (const [key, n] of counts) lines.push(`  ${key.padEnd(34)} ${String(n).padStart(4)}`);
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
