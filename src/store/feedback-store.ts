import { migrate } from "./migrate.js";
import type { SqlDatabase } from "./sql-database.js";

export const FEEDBACK_KINDS = ["report", "suggestion"] as const;
export const FEEDBACK_STATUSES = ["open", "accepted", "rejected", "fixed"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What a reader filed, and where: enough for a maintainer to act without asking back. */
export interface NewFeedback {
  kind: (typeof FEEDBACK_KINDS)[number];
  recordId: string | null;
  reason: string;
  text: string;
  url: string | null;
  platform: string;
  workspace: string | null;
  channel: string | null;
  reporter: string | null;
  question: string | null;
  shownIds: string[];
  dataVersion: string;
}

export interface FeedbackItem extends NewFeedback {
  id: number;
  status: FeedbackStatus;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export type AddOutcome = { ok: true; id: number } | { ok: false; code: "rate-limited"; limit: number };

/** The store of reports and suggestions; one implementation over any SqlDatabase. */
export interface FeedbackStore {
  /** Stores the item unless its reporter filed `perHour` or more in the last hour (counted in the database). */
  add(item: NewFeedback, perHour: number): Promise<AddOutcome>;
  list(filter?: { status?: FeedbackStatus; platform?: string; reporter?: string }): Promise<FeedbackItem[]>;
  get(id: number): Promise<FeedbackItem | undefined>;
  setStatus(id: number, status: FeedbackStatus, note: string | null): Promise<FeedbackItem | undefined>;
  /** Resolves when the database answers and is migrated. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly description: string;
}

interface Row {
  id: string | number;
  kind: NewFeedback["kind"];
  record_id: string | null;
  reason: string;
  text: string;
  url: string | null;
  status: FeedbackStatus;
  note: string | null;
  platform: string;
  workspace: string | null;
  channel: string | null;
  reporter: string | null;
  question: string | null;
  shown_ids: string[];
  data_version: string;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS =
  "id, kind, record_id, reason, text, url, status, note, platform, workspace, channel, reporter, question, shown_ids, data_version, created_at, updated_at";

/** Migrates the database, then serves the store from it. */
export async function createFeedbackStore(db: SqlDatabase): Promise<FeedbackStore> {
  await migrate(db);
  return {
    description: db.description,
    async add(item, perHour) {
      return db.transaction(async (tx) => {
        if (item.reporter !== null) {
          // Serialises one reporter's concurrent filings across replicas, so the count is exact.
          await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
            `feedback:${item.platform}:${item.reporter}`,
          ]);
          const [recent] = await tx.query<{ n: string | number }>(
            "SELECT count(*) AS n FROM feedback WHERE platform = $1 AND reporter = $2 AND created_at > now() - interval '1 hour'",
            [item.platform, item.reporter],
          );
          if (Number(recent?.n ?? 0) >= perHour)
            return { ok: false, code: "rate-limited", limit: perHour } as const;
        }
        const [row] = await tx.query<{ id: string | number }>(
          `INSERT INTO feedback (kind, record_id, reason, text, url, platform, workspace, channel, reporter, question, shown_ids, data_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [
            item.kind,
            item.recordId,
            item.reason,
            item.text,
            item.url,
            item.platform,
            item.workspace,
            item.channel,
            item.reporter,
            item.question,
            item.shownIds,
            item.dataVersion,
          ],
        );
        return { ok: true, id: Number(row!.id) } as const;
      });
    },
    async list(filter = {}) {
      const rows = await db.query<Row>(
        `SELECT ${COLUMNS} FROM feedback
         WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR platform = $2) AND ($3::text IS NULL OR reporter = $3)
         ORDER BY id`,
        [filter.status ?? null, filter.platform ?? null, filter.reporter ?? null],
      );
      return rows.map(toItem);
    },
    async get(id) {
      const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM feedback WHERE id = $1`, [id]);
      return row ? toItem(row) : undefined;
    },
    async setStatus(id, status, note) {
      const [row] = await db.query<Row>(
        `UPDATE feedback SET status = $2, note = coalesce($3, note), updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, status, note],
      );
      return row ? toItem(row) : undefined;
    },
    async ping() {
      await db.query("SELECT id FROM schema_migrations LIMIT 1");
    },
    close: () => db.close(),
  };
}

function toItem(r: Row): FeedbackItem {
  return {
    id: Number(r.id),
    kind: r.kind,
    recordId: r.record_id,
    reason: r.reason,
    text: r.text,
    url: r.url,
    status: r.status,
    note: r.note,
    platform: r.platform,
    workspace: r.workspace,
    channel: r.channel,
    reporter: r.reporter,
    question: r.question,
    shownIds: r.shown_ids,
    dataVersion: r.data_version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
