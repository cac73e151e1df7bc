import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFeedbackStore } from "../../src/store/feedback-store.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { openPostgresDatabase } from "../../src/store/postgres-database.js";
import { describeFeedbackStoreContract, newFeedback } from "./feedback-store-contract.js";

// PGlite: always, in memory (one process owns an embedded database, so there is no second one).
describeFeedbackStoreContract("PGlite (embedded)", () => openPgliteDatabase(), { sharedByProcesses: false });

describe("PGlite files under DATA_DIR", () => {
  it("keeps items across a restart", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "embassy-store-")), "db");
    const first = await createFeedbackStore(await openPgliteDatabase(dir));
    const added = await first.add(newFeedback(), 10);
    await first.close();
    const again = await createFeedbackStore(await openPgliteDatabase(dir));
    expect(added.ok && (await again.get(added.id))?.text).toBe(newFeedback().text);
    await again.close();
  });
});

// PostgreSQL: whenever TEST_DATABASE_URL is set (.ci/run sets it), in a schema of its own, dropped after.
const url = process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `test_${process.pid}_${Date.now()}`;
  describeFeedbackStoreContract("PostgreSQL (server)", () => openPostgresDatabase(url, { schema }), {
    sharedByProcesses: true,
  });
  afterAll(async () => {
    const admin = await openPostgresDatabase(url);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });
}
