import { emptyAnswer, type Answer } from "../answer.js";
import type { DataVersion } from "../dataset/data-version.js";
import type { Source } from "../dataset/schema.js";
import type { SearchRecord } from "../search/search-index.js";
import { countOf } from "./count-of.js";

/**
 * A citation a journalist or teacher can paste as it is: the record (with its id and the data
 * version, so the exact wording can be found again), then each source as publisher, title, date, URL.
 */
export function citeAnswer(item: SearchRecord, version: DataVersion): Answer {
  const { record } = item;
  const what = item.kind === "incident" ? "incident record" : "law record";
  return {
    ...emptyAnswer("citation", `Cite: ${record.title}`),
    summary: `Ready to paste: the ${what} and its ${countOf(record.sources.length, "source")}.`,
    paste: [
      `Embassy Desk, "${record.title}" (record ${record.id}), data ${version.version}, as of ${version.asOf}.`,
      ...record.sources.map(sourceLine),
    ],
  };
}

export function sourceLine(source: Source): string {
  const archived = source.archiveUrl ? ` (archived: ${source.archiveUrl})` : "";
  // "n.d." (no date) already ends with its full stop.
  const date = source.date ? `${source.date}.` : "n.d.";
  return `${source.publisher}, "${source.title}", ${date} ${source.url}${archived}`;
}
