import type { Answer, Fact } from "../answer.js";
import type { Command } from "../commands.js";
import type { Dataset } from "../dataset/dataset.js";
import { typeLabels, type Reading } from "../query/read-question.js";
import type { Hit } from "../search/rank.js";
import { statsOf } from "../stats.js";
import { pagedAnswer } from "./list-answer.js";
import { countOf } from "./count-of.js";

/**
 * A list or a count of incidents: one line that says what was understood and how many match
 * ("Bombings · Africa · 1990–1999 · 7 incidents"), then the incidents a page at a time; a count adds
 * the breakdowns that matter and says that the dataset is not a complete record.
 */
export function readingListAnswer(
  dataset: Dataset,
  command: Command,
  hits: Hit[],
  reading: Reading,
  count: number,
  alsoOfType: Hit[] = [],
): Answer {
  const page = pagedAnswer(dataset, command, hits, command.query, { asList: true });
  const line = [...reading.understood, countOf(count, "incident")].join(" · ");
  const also = alsoOfTypeFacts(alsoOfType, reading);
  if (reading.intent !== "count")
    return { ...page, summary: `${line}, best known first.`, facts: [...page.facts, ...also], count };
  return {
    ...page,
    summary:
      `${line} in this dataset, oldest first. The dataset is a curated reference, not a complete ` +
      "record, so the real number may be higher.",
    facts: [...(count > 0 ? breakdowns(hits) : []), ...also],
    count,
  };
}

/** How many incidents of another type a type's list leaves out, and the best known of them. */
const ALSO_NAMED = 5;

/**
 * "Also involved": the incidents recorded above all as another type that included the type asked
 * (the 1979 Tehran storming, for hostage-takings), named so the reader knows they were not missed.
 */
function alsoOfTypeFacts(alsoOfType: Hit[], reading: Reading): Fact[] {
  if (alsoOfType.length === 0) return [];
  const asked = typeLabels(new Set(reading.filters.types ?? []))[0]?.toLowerCase() ?? "the type asked";
  const named = alsoOfType.slice(0, ALSO_NAMED).map((h) => `${h.doc.item.record.title} (${h.doc.fromYear})`);
  const more = alsoOfType.length - named.length;
  return [
    {
      label: "Also involved",
      value:
        `${countOf(alsoOfType.length, "incident")} recorded above all as another type included ${asked}: ` +
        `${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`,
    },
  ];
}

function breakdowns(hits: Hit[]): Fact[] {
  const stats = statsOf(hits.flatMap((h) => (h.doc.item.kind === "incident" ? [h.doc.item.record] : [])));
  const line = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(" · ");
  return [
    { label: "By decade", value: line(stats.byDecade) },
    { label: "By type", value: line(stats.byType) },
    { label: "By host response", value: line(stats.byHostResponse) },
  ];
}
