import { describe, expect, it } from "vitest";
import { borrowed, createDatabaseHandle } from "../../src/store/database-handle.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";

describe("the shared database handle", () => {
  it("opens and migrates once, however many stores ask", async () => {
    let opened = 0;
    const handle = createDatabaseHandle(async () => {
      opened += 1;
      return openPgliteDatabase();
    });
    const [a, b] = await Promise.all([handle.get(), handle.get()]);
    expect(a).toBe(b);
    expect(opened).toBe(1);
    const rows = await a.query<{ id: number }>("SELECT id FROM schema_migrations");
    expect(rows.length).toBeGreaterThan(0);
    await handle.close();
  });

  it("forgets a failure, so the next call tries again", async () => {
    let attempts = 0;
    const handle = createDatabaseHandle(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("connection refused");
      return openPgliteDatabase();
    });
    await expect(handle.get()).rejects.toThrow("connection refused");
    // Generous: creating an embedded database takes seconds on a busy shared machine, and this test
    // asks whether the handle tried again, not how fast (5 s once timed out on a loaded CI run).
    expect(await handle.ready(60_000)).toBe(true);
    expect(attempts).toBe(2);
    await handle.close();
  });

  it("a borrowed view cannot close the database it shares", async () => {
    const db: SqlDatabase = await openPgliteDatabase();
    await borrowed(db).close();
    expect(await db.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await db.close();
  });
});
