import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, type Requester } from "../../src/limits/rate-limiter.js";
import { slowDownText } from "../../src/limits/slow-down.js";
import { migrate } from "../../src/store/migrate.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { createRateLimitStore, type RateLimitStore } from "../../src/store/rate-limit-store.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";

let db: SqlDatabase;
let store: RateLimitStore;
beforeAll(async () => {
  db = await openPgliteDatabase();
  await migrate(db);
  store = createRateLimitStore(db);
});
afterAll(async () => db.close());

const limits = { user: { perMinute: 6, burst: 2 }, workspace: { perMinute: 6, burst: 3 } };
const person = (user: string, workspace: string | null = "T1"): Requester => ({
  platform: "slack",
  workspace,
  user,
});

describe("the rate limiter", () => {
  it("refuses a person beyond their burst, then a workspace beyond its own, and reports each refusal", async () => {
    const limited: string[] = [];
    const limiter = createRateLimiter({
      openStore: async () => store,
      limits,
      onLimited: (who, decision) => limited.push(`${who.user}:${decision.scope}`),
    });
    expect(await limiter.check(person("U1"))).toEqual({ ok: true });
    expect(await limiter.check(person("U1"))).toEqual({ ok: true });
    expect(await limiter.check(person("U1"))).toEqual({ ok: false, scope: "user", retryAfterSeconds: 10 });
    // U1's refused take did not spend the workspace's third token.
    expect(await limiter.check(person("U2"))).toEqual({ ok: true });
    expect(await limiter.check(person("U3"))).toMatchObject({ ok: false, scope: "workspace" });
    expect(limited).toEqual(["U1:user", "U3:workspace"]);
  });

  it("counts a person in a DM outside any workspace by their own bucket only", async () => {
    const limiter = createRateLimiter({ openStore: async () => store, limits });
    for (let i = 0; i < 2; i++) expect((await limiter.check(person("U9", null))).ok).toBe(true);
    expect((await limiter.check(person("U9", null))).ok).toBe(false);
  });

  it("lets requests through while the database is down or slow, and logs the outage once", async () => {
    const warnings: string[] = [];
    let down = true;
    const limiter = createRateLimiter({
      openStore: async () => {
        if (down) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
        return { take: () => new Promise(() => undefined) }; // a database that never answers
      },
      limits: { user: { perMinute: 1, burst: 1 }, workspace: { perMinute: 1, burst: 1 } },
      logger: { warn: (m) => warnings.push(m) },
      timeoutMs: 50,
    });
    for (let i = 0; i < 3; i++) expect(await limiter.check(person("U1"))).toEqual({ ok: true });
    down = false;
    const started = Date.now();
    expect(await limiter.check(person("U1"))).toEqual({ ok: true });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not enforced until the database answers: connect ECONNREFUSED/);
  });

  it("tells the person how long to wait, in whole seconds", () => {
    expect(slowDownText(10)).toMatch(/slow down, and try again in 10 s\.$/);
    expect(slowDownText(0.2)).toMatch(/try again in 1 s\.$/);
  });
});
