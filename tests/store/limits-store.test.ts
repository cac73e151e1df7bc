import { afterAll } from "vitest";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { openPostgresDatabase } from "../../src/store/postgres-database.js";
import { describeLimitsStoreContract } from "./limits-store-contract.js";

// PGlite: always, in memory; one process owns it, so both "replicas" are the same database.
describeLimitsStoreContract("PGlite (embedded)", async () => {
  const db = await openPgliteDatabase();
  return [db, db];
});

// PostgreSQL: whenever TEST_DATABASE_URL is set, two pools on one schema of its own, dropped after.
const url = process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `test_limits_${process.pid}_${Date.now()}`;
  describeLimitsStoreContract("PostgreSQL (server, two pools)", async () => {
    const first = await openPostgresDatabase(url, { schema, max: 8 });
    const second = await openPostgresDatabase(url, { schema, max: 8 });
    return [first, second];
  });
  afterAll(async () => {
    const admin = await openPostgresDatabase(url);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });
}
