import type { IncidentStats } from "../core/index.js";

const BAR_WIDTH = 40;

/** The console's chart: the same four breakdowns as bars of █, scaled within each breakdown. */
export function statsTextChart(stats: IncidentStats): string[] {
  const lines: string[] = [];
  const titles: Record<keyof IncidentStats, string> = {
    byDecade: "By decade",
    byRegion: "By region of the host",
    byType: "By type (main)",
    byHostResponse: "By host response",
  };
  for (const key of Object.keys(titles) as (keyof IncidentStats)[]) {
    const entries = Object.entries(stats[key]);
    const max = Math.max(1, ...entries.map(([, n]) => n));
    const width = Math.max(0, ...entries.map(([k]) => k.length));
    lines.push("", `${titles[key]}:`);
    for (const [label, n] of entries)
      lines.push(
        `  ${label.padEnd(width)} ${"█".repeat(Math.max(1, Math.round((BAR_WIDTH * n) / max)))} ${n}`,
      );
  }
  return lines;
}
