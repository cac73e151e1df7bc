import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/migrate.js";
import { createRateLimitStore, type RateLimitStore } from "../../src/store/rate-limit-store.js";
import { createSeenRequestStore } from "../../src/store/seen-request-store.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";

/**
 * The rate-limit buckets and the seen-signature table, on any backend. `open` is called twice: on a
 * server the two are separate connection pools, as two replicas would have; embedded, the same
 * database is returned again.
 */
export function describeLimitsStoreContract(name: string, open: () => Promise<SqlDatabase[]>): void {
  describe(`rate limits and seen requests on ${name}`, () => {
    let dbs: SqlDatabase[];
    let stores: RateLimitStore[];
    beforeAll(async () => {
      dbs = await open();
      await migrate(dbs[0]!);
      stores = dbs.map((db) => createRateLimitStore(db));
    });
    afterAll(async () => {
      for (const db of new Set(dbs)) await db.close();
    });
    const slow = { capacity: 5, perSecond: 1 / 600 }; // no refill to speak of during a test

    it("of N concurrent takes on a bucket of C tokens, exactly C are allowed, across replicas", async () => {
      const key = `concurrent-${Date.now()}`;
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) => stores[i % stores.length]!.take("user", key, slow)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      const refused = results.filter((r) => !r.allowed);
      expect(refused).toHaveLength(19);
      for (const r of refused) expect(r).toMatchObject({ allowed: false, retryAfterSeconds: 600 });
    });

    it("keeps buckets apart by scope and key", async () => {
      const key = `apart-${Date.now()}`;
      const one = { capacity: 1, perSecond: 1 / 600 };
      expect(await stores[0]!.take("user", key, one)).toEqual({ allowed: true });
      expect((await stores[0]!.take("user", key, one)).allowed).toBe(false);
      expect(await stores[0]!.take("workspace", key, one)).toEqual({ allowed: true });
      expect(await stores[0]!.take("user", `${key}-other`, one)).toEqual({ allowed: true });
    });

    it("refills at the rate since the last take, never above capacity, and says when to retry", async () => {
      const key = `refill-${Date.now()}`;
      const rule = { capacity: 2, perSecond: 0.1 }; // 6 a minute
      const take = () => stores[0]!.take("user", key, rule);
      expect((await take()).allowed).toBe(true);
      expect((await take()).allowed).toBe(true);
      expect(await take()).toEqual({ allowed: false, retryAfterSeconds: 10 });
      // 15 s pass: 1.5 tokens come back, so one take succeeds and the next waits 5 s.
      const age = (seconds: number) =>
        dbs[0]!.query(
          `UPDATE rate_limit_buckets SET updated_at = updated_at - make_interval(secs => $2) WHERE key = $1`,
          [key, seconds],
        );
      await age(15);
      expect((await take()).allowed).toBe(true);
      expect(await take()).toEqual({ allowed: false, retryAfterSeconds: 5 });
      // An hour passes: the bucket is full (2), not 360 tokens.
      await age(3600);
      expect((await take()).allowed).toBe(true);
      expect((await take()).allowed).toBe(true);
      expect((await take()).allowed).toBe(false);
    });

    it("refuses a rule that could never allow anything", async () => {
      await expect(stores[0]!.take("user", "x", { capacity: 0, perSecond: 1 })).rejects.toThrow(RangeError);
    });

    it("records a request signature once: of concurrent copies exactly one is first", async () => {
      const seen = dbs.map((db) => createSeenRequestStore(db));
      const signature = `v0=${Date.now().toString(16)}`;
      const expires = new Date(Date.now() + 5 * 60_000);
      const firsts = await Promise.all(
        Array.from({ length: 8 }, (_, i) => seen[i % seen.length]!.firstSeen(signature, expires)),
      );
      expect(firsts.filter(Boolean)).toHaveLength(1);
      expect(await seen[0]!.firstSeen(`${signature}-other`, expires)).toBe(true);
    });

    it("forgets only the signatures that have expired", async () => {
      const seen = createSeenRequestStore(dbs[0]!);
      const stamp = Date.now().toString(16);
      expect(await seen.firstSeen(`v0=old-${stamp}`, new Date(Date.now() - 1000))).toBe(true);
      expect(await seen.firstSeen(`v0=live-${stamp}`, new Date(Date.now() + 60_000))).toBe(true);
      expect(await seen.deleteExpired()).toBeGreaterThanOrEqual(1);
      expect(await seen.firstSeen(`v0=old-${stamp}`, new Date(Date.now() + 60_000))).toBe(true);
      expect(await seen.firstSeen(`v0=live-${stamp}`, new Date(Date.now() + 60_000))).toBe(false);
    });
  });
}
