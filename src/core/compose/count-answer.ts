import type { Answer, Fact } from "../answer.js";
import type { Command } from "../commands.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Reading } from "../query/read-question.js";
import type { Hit } from "../search/rank.js";
import { statsOf } from "../stats.js";
import { pagedAnswer } from "./list-answer.js";

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
): Answer {
  const page = pagedAnswer(dataset, command, hits, command.query, { asList: true });
  const line = [...reading.understood, `${count} incident${count === 1 ? "" : "s"}`].join(" · ");
  if (reading.intent !== "count") return { ...page, summary: `${line}, best known first.`, count };
  return {
    ...page,
    summary:
      `${line} in this dataset, oldest first. The dataset is a curated reference, not a complete ` +
      "record, so the real number may be higher.",
    facts: count > 0 ? breakdowns(hits) : [],
    count,
  };
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
