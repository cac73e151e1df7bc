import { existsSync, readFileSync, renameSync } from "node:fs";
import type { FeedbackStore, NewFeedback } from "../store/feedback-store.js";
import { FEEDBACK_KINDS } from "../store/feedback-store.js";

/** No hourly limit applies to items that were already accepted from people while the database was down. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Loads the items kept while the database was down, then renames the file (kept, not deleted, so an
 * import can be checked). Lines that are not items are reported and left in the renamed file.
 */
export async function importFallback(
  store: FeedbackStore,
  file: string,
  now: () => Date = () => new Date(),
): Promise<{ imported: number[]; skipped: number[]; keptAs?: string }> {
  if (!existsSync(file)) return { imported: [], skipped: [] };
  const imported: number[] = [];
  const skipped: number[] = [];
  const lines = readFileSync(file, "utf8").split("\n");
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const item = parseItem(line);
    if (!item) {
      skipped.push(i + 1);
      continue;
    }
    const added = await store.add(item, NO_LIMIT);
    if (added.ok) imported.push(added.id);
  }
  const keptAs = `${file}.imported-${now().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(file, keptAs);
  return { imported, skipped, keptAs };
}

function parseItem(line: string): NewFeedback | undefined {
  try {
    const v = JSON.parse(line) as Partial<NewFeedback>;
    if (!v || !FEEDBACK_KINDS.includes(v.kind as NewFeedback["kind"]) || typeof v.text !== "string")
      return undefined;
    if (typeof v.platform !== "string" || typeof v.dataVersion !== "string" || typeof v.reason !== "string")
      return undefined;
    return {
      kind: v.kind!,
      recordId: v.recordId ?? null,
      reason: v.reason,
      text: v.text,
      url: v.url ?? null,
      platform: v.platform,
      workspace: v.workspace ?? null,
      channel: v.channel ?? null,
      reporter: v.reporter ?? null,
      question: v.question ?? null,
      shownIds: Array.isArray(v.shownIds) ? v.shownIds.filter((s): s is string => typeof s === "string") : [],
      dataVersion: v.dataVersion,
    };
  } catch {
    return undefined;
  }
}
