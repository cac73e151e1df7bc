import type { SqlExecutor } from "./sql-database.js";

/** Signatures of requests already served, kept while a copy of them could still pass the clock check. */
export interface SeenRequestStore {
  /** Records the signature; false when it was already there (the request is a replay). */
  firstSeen(signature: string, expiresAt: Date): Promise<boolean>;
  /** Forgets signatures whose requests are too old to pass the clock check anyway. */
  deleteExpired(): Promise<number>;
}

/** Over any migrated database (migration 3 creates the table). */
export function createSeenRequestStore(db: SqlExecutor): SeenRequestStore {
  return {
    async firstSeen(signature, expiresAt) {
      // Insert-if-absent in one statement: of two replicas given the same request, exactly one inserts.
      const rows = await db.query<{ signature: string }>(
        `INSERT INTO seen_request_signatures (signature, expires_at) VALUES ($1, $2)
         ON CONFLICT (signature) DO NOTHING RETURNING signature`,
        [signature, expiresAt.toISOString()],
      );
      return rows.length === 1;
    },
    async deleteExpired() {
      const rows = await db.query<{ signature: string }>(
        "DELETE FROM seen_request_signatures WHERE expires_at < now() RETURNING signature",
      );
      return rows.length;
    },
  };
}
