import { join } from "node:path";
import type { Config } from "../config.js";
import { FALLBACK_FILE_NAME } from "../feedback/feedback-for-config.js";
import { importFallback } from "../feedback/import-fallback.js";
import {
  FEEDBACK_STATUSES,
  type FeedbackItem,
  type FeedbackStatus,
  type FeedbackStore,
} from "../store/feedback-store.js";
import type { CliIo } from "./io.js";

const USAGE = `Usage: npm run feedback -- <command>
  list [--status open|accepted|rejected|fixed] [--json]   the queue (JSON: one object per line)
  show N                                                   one item in full
  accept N [--note "…"] | reject N --note "…" | fixed N --note "…"
  export                                                   every item as JSON lines, for a spreadsheet or a script
  import-fallback                                          load the items kept while the database was down
`;

/** `npm run feedback -- …`: the maintainers' review queue, on the same database as `npm start`. */
export async function runFeedback(
  args: string[],
  io: CliIo,
  config: Pick<Config, "dataDir">,
  openStore: () => Promise<FeedbackStore>,
): Promise<number> {
  const [sub, ...rest] = args;
  const flag = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const id = Number(rest[0]);
  const needsId = sub === "show" || sub === "accept" || sub === "reject" || sub === "fixed";
  if (!sub || !["list", "show", "accept", "reject", "fixed", "export", "import-fallback"].includes(sub)) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (needsId && !(Number.isInteger(id) && id > 0)) {
    io.stderr.write(`"${rest[0] ?? ""}" is not an item number. ${USAGE}`);
    return 2;
  }
  const status = flag("status");
  if (status !== undefined && !(FEEDBACK_STATUSES as readonly string[]).includes(status)) {
    io.stderr.write(`--status takes one of: ${FEEDBACK_STATUSES.join(", ")}\n`);
    return 2;
  }
  const note = flag("note");
  if ((sub === "reject" || sub === "fixed") && !note) {
    io.stderr.write(`${sub} needs --note "…" saying why, for the reporter.\n`);
    return 2;
  }
  let store: FeedbackStore;
  try {
    store = await openStore();
  } catch (error) {
    io.stderr.write(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    if (sub === "list" || sub === "export") {
      const items = await store.list(status ? { status: status as FeedbackStatus } : {});
      const json = sub === "export" || rest.includes("--json");
      for (const item of items)
        io.stdout.write(json ? `${JSON.stringify(contractOf(item))}\n` : `${lineOf(item)}\n`);
      if (!json && items.length === 0) io.stdout.write("No items.\n");
      return 0;
    }
    if (sub === "import-fallback") {
      const result = await importFallback(store, join(config.dataDir, FALLBACK_FILE_NAME));
      io.stdout.write(
        result.keptAs
          ? `Imported ${result.imported.length} item(s)${result.imported.length ? ` as #${result.imported.join(", #")}` : ""}; the file is kept as ${result.keptAs}.\n`
          : "No fallback file: nothing to import.\n",
      );
      if (result.skipped.length > 0)
        io.stderr.write(`Lines not read as items: ${result.skipped.join(", ")}\n`);
      return 0;
    }
    const item =
      sub === "show"
        ? await store.get(id)
        : await store.setStatus(id, sub === "accept" ? "accepted" : (sub as FeedbackStatus), note ?? null);
    if (!item) {
      io.stderr.write(`No item #${id}.\n`);
      return 1;
    }
    io.stdout.write(
      sub === "show" ? `${JSON.stringify(contractOf(item), null, 2)}\n` : `#${id} is now ${item.status}.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** The fields other tools rely on (issue contract), then the rest of the context. */
function contractOf(item: FeedbackItem): Record<string, unknown> {
  return {
    id: item.id,
    kind: item.kind,
    recordId: item.recordId,
    reason: item.reason,
    text: item.text,
    status: item.status,
    createdAt: item.createdAt,
    platform: item.platform,
    dataVersion: item.dataVersion,
    url: item.url,
    note: item.note,
    workspace: item.workspace,
    channel: item.channel,
    reporter: item.reporter,
    question: item.question,
    shownIds: item.shownIds,
    updatedAt: item.updatedAt,
  };
}

function lineOf(item: FeedbackItem): string {
  const about = item.recordId ? `${item.recordId} (${item.reason})` : "new incident";
  const text = item.text.length > 80 ? `${item.text.slice(0, 79)}…` : item.text;
  return `#${item.id} ${item.status.padEnd(8)} ${item.kind.padEnd(10)} ${about} — ${text}`;
}
