import type { SqlExecutor } from "./sql-database.js";

/** A token bucket: holds at most `capacity` tokens and gains `perSecond` of them every second. */
export interface BucketRule {
  capacity: number;
  perSecond: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Rate-limit buckets in the database, so a limit holds however many replicas serve the requests. */
export interface RateLimitStore {
  /** Takes one token from the bucket `scope`/`key` if it has one (created full on first use). */
  take(scope: string, key: string, rule: BucketRule): Promise<TakeResult>;
}

/** The bucket's level now: what it held, plus the refill since the last take, capped at capacity. */
const REFILLED =
  "least($3::float8, b.tokens + greatest(0, extract(epoch FROM now() - b.updated_at)::float8) * $4::float8)";

/**
 * One statement reads, refills and takes: the conflicting row is locked by the upsert, so concurrent
 * takes on one bucket (from any replica) queue on that row and never both spend the last token.
 * `allowed` records whether this take got a token, since `tokens` alone cannot tell.
 */
const TAKE = `
INSERT INTO rate_limit_buckets AS b (scope, key, tokens, allowed, updated_at)
VALUES ($1, $2, $3::float8 - 1, true, now())
ON CONFLICT (scope, key) DO UPDATE SET
  tokens = ${REFILLED} - CASE WHEN ${REFILLED} >= 1 THEN 1 ELSE 0 END,
  allowed = ${REFILLED} >= 1,
  updated_at = greatest(b.updated_at, now())
RETURNING tokens, allowed`;

/** Over any migrated database (migration 3 creates the table). */
export function createRateLimitStore(db: SqlExecutor): RateLimitStore {
  return {
    async take(scope, key, rule) {
      if (!(rule.capacity >= 1) || !(rule.perSecond > 0))
        throw new RangeError("a bucket needs a capacity of at least 1 and a positive refill rate");
      const [row] = await db.query<{ tokens: number | string; allowed: boolean }>(TAKE, [
        scope,
        key,
        rule.capacity,
        rule.perSecond,
      ]);
      if (!row) throw new Error("the rate-limit upsert returned no row");
      if (row.allowed) return { allowed: true };
      const missing = 1 - Number(row.tokens);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / rule.perSecond)) };
    },
  };
}
