import { MIGRATIONS } from "./migrations/index.js";
import type { SqlDatabase } from "./sql-database.js";

/** Any fixed number: every process that migrates takes this advisory lock first. */
const MIGRATION_LOCK = 7_317_100;

/**
 * Applies the migrations this database lacks, in one transaction under an advisory lock, so two
 * processes starting at once never both migrate: the second waits, then finds nothing to do.
 * Returns the ids applied.
 */
export async function migrate(db: SqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [
        migration.id,
        migration.name,
      ]);
      applied.push(migration.id);
    }
    return applied;
  });
}
