import { countryInfo, type Dataset } from "../core/index.js";

/** Continents and the regions the coverage goals name (issue #11); others are listed under their continent. */
const CONTINENTS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
const WATCHED_REGIONS = ["Eastern Africa", "Central Asia", "Caribbean"] as const;

/**
 * The README's coverage tables, generated: `npm run data -- stats --markdown`. A test checks that
 * the README holds exactly this text, so the numbers there are never stale.
 */
export function formatCoverageMarkdown(dataset: Dataset): string {
  const { incidents, version } = dataset;
  const decades = new Map<string, number>();
  for (const r of incidents) {
    const decade = `${r.date.slice(0, 3)}0s`;
    decades.set(decade, (decades.get(decade) ?? 0) + 1);
  }
  const byContinent = new Map<string, number>(CONTINENTS.map((c) => [c, 0]));
  const byRegion = new Map<string, number>(WATCHED_REGIONS.map((r) => [r, 0]));
  for (const r of incidents) {
    const info = countryInfo(r.hostCountry);
    if (!info) continue;
    byContinent.set(info.continent, (byContinent.get(info.continent) ?? 0) + 1);
    if (byRegion.has(info.region)) byRegion.set(info.region, byRegion.get(info.region)! + 1);
  }
  const decadeRows = [...decades.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  return [
    `Data ${version.version}, as of ${version.asOf}: ${incidents.length} incidents.`,
    "",
    "| decade | incidents |",
    "|---|---:|",
    ...decadeRows.map(([d, n]) => `| ${d} | ${n} |`),
    "",
    "| host continent (region) | incidents |",
    "|---|---:|",
    ...[...byContinent.entries()].map(
      ([c, n]) => `| ${c === "Oceania" ? "Oceania and the Pacific" : c} | ${n} |`,
    ),
    ...[...byRegion.entries()].map(([r, n]) => `| ${r} | ${n} |`),
    "",
  ].join("\n");
}
