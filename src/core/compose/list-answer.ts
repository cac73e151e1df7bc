import { emptyAnswer, type Action, type Answer } from "../answer.js";
import type { Command } from "../commands.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Hit } from "../search/rank.js";
import { recordAnswer, resultItemOf } from "./record-answer.js";
import { countOf } from "./count-of.js";

export const PAGE_SIZE = 5;
export const TIMELINE_PAGE_SIZE = 10;

/** Normalized score in 0..1 for display and the JSON contract: higher is more confident. */
export function displayScore(hit: Hit): number {
  return Math.round((hit.score / (hit.score + 10)) * 1000) / 1000;
}

/**
 * A page of hits: the first in full, the rest as lines. Timelines are all lines, in date order.
 * The next-page button carries the command with the page number: no server state.
 */
export function pagedAnswer(
  dataset: Dataset,
  command: Command,
  hits: Hit[],
  title: string,
  options: { asList?: boolean } = {},
): Answer {
  const isTimeline = command.name === "timeline" || options.asList === true;
  const size = isTimeline ? TIMELINE_PAGE_SIZE : PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(hits.length / size));
  const page = Math.min(Math.max(1, command.page ?? 1), pages);
  const slice = hits.slice((page - 1) * size, page * size);
  const actions: Action[] = [];
  if (page < pages) {
    actions.push({
      type: "next-page",
      label: `More results (${page + 1}/${pages})`,
      command: { ...command, page: page + 1 },
    });
  }
  const first = slice[0];
  if (isTimeline || !first) {
    return {
      ...emptyAnswer("list", title),
      summary: `${countOf(hits.length, "incident")}, oldest first.`,
      results: slice.map((h) => resultItemOf(h.doc.item, displayScore(h))),
      actions: [...actions, { type: "share", label: "Share in channel", command }],
      page: { number: page, of: pages },
    };
  }
  const detail = recordAnswer(dataset, first.doc.item);
  if (detail.related.length > 0) {
    actions.push({
      type: "related",
      label: "Related",
      command: { name: "related", query: first.doc.item.record.id },
    });
  }
  actions.push(...detail.actions, { type: "share", label: "Share in channel", command });
  return {
    ...detail,
    results: slice.slice(1).map((h) => resultItemOf(h.doc.item, displayScore(h))),
    actions,
    page: { number: page, of: pages },
  };
}
