import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createButtonStore, BUTTON_QUERY_DAYS, type ButtonStore } from "../../src/store/button-store.js";
import { createDatabaseHandle, type DatabaseHandle } from "../../src/store/database-handle.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { openPostgresDatabase } from "../../src/store/postgres-database.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";

const OPEN_TIMEOUT_MS = 120_000; // PGlite takes seconds to start on a busy machine

/** One contract for the embedded database and the server; `replica` opens a second process's handle. */
function describeButtonStore(name: string, open: () => Promise<SqlDatabase>, replica: boolean): void {
  describe(`button store on ${name}`, () => {
    let handle: DatabaseHandle;
    let store: ButtonStore;
    beforeAll(async () => {
      handle = createDatabaseHandle(open);
      store = createButtonStore(handle);
      await handle.get();
    }, OPEN_TIMEOUT_MS);
    afterAll(() => handle?.close());

    it("stores a long command under a short key and gives it back", async () => {
      const command = `search|||${"protesters stormed the embassy 🔥 ".repeat(50)}`;
      const key = await store.put(command);
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(await store.get(key)).toBe(command);
      expect(await store.put(command)).toBe(key); // the same command, the same key, one row
      const rows = await (
        await handle.get()
      ).query<{ n: string }>("SELECT count(*) AS n FROM button_queries WHERE key = $1", [key]);
      expect(Number(rows[0]!.n)).toBe(1);
    });

    it("gives different commands different keys, and nothing for an unknown key", async () => {
      const a = await store.put(`context|||${"a".repeat(300)}`);
      const b = await store.put(`context|||${"a".repeat(299)}b`);
      expect(a).not.toBe(b);
      expect(await store.get("unknown-key-0000000000")).toBeUndefined();
    });

    it(`forgets commands older than ${BUTTON_QUERY_DAYS} days, and deletes them on the next store`, async () => {
      const old = await store.put(`search|||${"old ".repeat(100)}`);
      const db = await handle.get();
      await db.query(
        "UPDATE button_queries SET created_at = now() - ($1 + 1) * interval '1 day' WHERE key = $2",
        [BUTTON_QUERY_DAYS, old],
      );
      expect(await store.get(old)).toBeUndefined();
      await store.put(`search|||${"new ".repeat(100)}`);
      const left = await db.query("SELECT key FROM button_queries WHERE key = $1", [old]);
      expect(left).toEqual([]);
    });

    if (replica)
      it("answers a click on another replica (a second process's handle on the same server)", async () => {
        const command = `incident|2||${"baghdad 2019 ".repeat(40)}`;
        const key = await store.put(command);
        const other = createDatabaseHandle(open);
        try {
          expect(await createButtonStore(other).get(key)).toBe(command);
        } finally {
          await other.close();
        }
      });
  });
}

describeButtonStore("PGlite (embedded)", () => openPgliteDatabase(), false);

const url = process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `test_buttons_${process.pid}_${Date.now()}`;
  describeButtonStore("PostgreSQL (server)", () => openPostgresDatabase(url, { schema }), true);
  afterAll(async () => {
    const admin = await openPostgresDatabase(url);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });
}
