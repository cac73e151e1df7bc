import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedbackStore, type FeedbackStore, type NewFeedback } from "../../src/store/feedback-store.js";
import { migrate } from "../../src/store/migrate.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";

export function newFeedback(overrides: Partial<NewFeedback> = {}): NewFeedback {
  return {
    kind: "report",
    recordId: "tehran-us-1979",
    reason: "wrong-date",
    text: "The embassy was seized on 4 November, not 5 November.",
    url: null,
    platform: "console",
    workspace: null,
    channel: null,
    reporter: "U1",
    question: "tehran 1979",
    shownIds: ["tehran-us-1979", "vcdr-22"],
    dataVersion: "1.4.0",
    ...overrides,
  };
}

/**
 * One contract every backend passes; each backend's test file wires a fresh database into it.
 * A server database is shared by processes: `open` is then called again, as a second process would.
 */
export function describeFeedbackStoreContract(
  name: string,
  open: () => Promise<SqlDatabase>,
  options: { sharedByProcesses: boolean },
): void {
  describe(`feedback store on ${name}`, () => {
    let db: SqlDatabase;
    let store: FeedbackStore;
    beforeAll(async () => {
      db = await open();
      store = await createFeedbackStore(db);
    });
    afterAll(async () => {
      await store?.close();
    });

    it("stores an item with all its context and gives it back", async () => {
      const added = await store.add(newFeedback(), 100);
      expect(added.ok).toBe(true);
      if (!added.ok) return;
      const item = await store.get(added.id);
      expect(item).toMatchObject({ ...newFeedback(), id: added.id, status: "open", note: null });
      expect(Date.parse(item!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    it("keeps text exactly as written: values are parameters, never SQL", async () => {
      const text = "'); DROP TABLE feedback; -- and a quote ' and $1";
      const added = await store.add(newFeedback({ text, reporter: "U-sql" }), 100);
      if (!added.ok) throw new Error("not stored");
      expect((await store.get(added.id))?.text).toBe(text);
      expect((await store.list()).length).toBeGreaterThan(0);
    });

    it("lists by status and moves an item through review with a note", async () => {
      const added = await store.add(
        newFeedback({ kind: "suggestion", recordId: null, reporter: "U-review" }),
        100,
      );
      if (!added.ok) throw new Error("not stored");
      const fixed = await store.setStatus(added.id, "fixed", "Date corrected in data 1.5.0.");
      expect(fixed).toMatchObject({ status: "fixed", note: "Date corrected in data 1.5.0." });
      expect((await store.list({ status: "fixed" })).map((i) => i.id)).toContain(added.id);
      expect((await store.list({ status: "open" })).map((i) => i.id)).not.toContain(added.id);
      expect(await store.setStatus(999_999, "accepted", null)).toBeUndefined();
    });

    it("refuses a reporter's filing beyond the hourly limit, counting in the database", async () => {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await store.add(newFeedback({ reporter: "U-limit" }), 3));
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
      expect(outcomes[3]).toEqual({ ok: false, code: "rate-limited", limit: 3 });
      expect((await store.add(newFeedback({ reporter: "U-other" }), 3)).ok).toBe(true);
    });

    it("holds the limit under concurrent filings from one reporter", async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, () => store.add(newFeedback({ reporter: "U-burst" }), 5)),
      );
      expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
      expect(await store.list({ reporter: "U-burst" })).toHaveLength(5);
    });

    it("migrates once, however often it starts", async () => {
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id");
      expect(rows.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
    });

    if (options.sharedByProcesses)
      it("migrates once when several processes start at the same time", async () => {
        const second = await open();
        const third = await open();
        try {
          const [a, b] = await Promise.all([migrate(second), migrate(third)]);
          expect([...a, ...b]).toEqual([]);
        } finally {
          await second.close();
          await third.close();
        }
      });
  });
}
