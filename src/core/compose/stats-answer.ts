import { emptyAnswer, type Answer } from "../answer.js";
import type { Command } from "../commands.js";
import type { Desk } from "../desk.js";
import { parseQuery, type QueryError } from "../query/parse-query.js";
import { matchingDocs } from "../reading-hits.js";
import { readText } from "../read-text.js";
import { statsOf, STATS_LABELS, type IncidentStats } from "../stats.js";
import { hasFilters } from "../search/filters.js";
import { countOf } from "./count-of.js";

/**
 * `stats [filter]`: counts for whatever the words select, as the search reads them (the same words
 * as a list: "bombings in africa", "since 2010"). Words it cannot read as a filter are said so,
 * never silently ignored.
 */
export function statsAnswer(desk: Desk, command: Command): Answer | { error: QueryError | "not-understood" } {
  const parsed = parseQuery(command.query);
  if (!parsed.ok) return { error: parsed.error };
  const text = parsed.value.text;
  const { reading } = readText(desk, text);
  if (text.trim() !== "" && !hasFilters(reading.filters) && !hasFilters(parsed.value.filters))
    return { error: "not-understood" };
  const incidents = matchingDocs(desk, reading, parsed.value).flatMap((d) =>
    d.item.kind === "incident" ? [d.item.record] : [],
  );
  const stats = statsOf(incidents);
  const scope =
    reading.understood.length > 0
      ? reading.understood.join(" · ")
      : hasFilters(parsed.value.filters)
        ? command.query.trim()
        : "All incidents";
  return {
    ...emptyAnswer(
      "list",
      command.query.trim() === "" ? "Stats: all incidents" : `Stats: ${command.query.trim()}`,
    ),
    summary: `${scope} · ${countOf(incidents.length, "incident")} in this dataset.`,
    facts: (Object.keys(STATS_LABELS) as (keyof IncidentStats)[]).map((key) => ({
      label: STATS_LABELS[key],
      value:
        Object.entries(stats[key])
          .map(([k, n]) => `${k} ${n}`)
          .join(" · ") || "none",
    })),
    stats,
    count: incidents.length,
  };
}
