import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { openPostgresDatabase } from "../../src/store/postgres-database.js";
import { describeQuizRoundContract } from "./round-contract.js";

// PGlite: always, with files under a temporary DATA_DIR, so a restart opens them again.
const dir = join(mkdtempSync(join(tmpdir(), "embassy-quiz-")), "db");
describeQuizRoundContract("PGlite (embedded)", {
  open: () => openPgliteDatabase(dir),
  sharedByProcesses: false,
});

// PostgreSQL: whenever TEST_DATABASE_URL is set, in a schema of its own, dropped after; every
// replica (and every restart) gets a pool of its own, as another process would.
const url = process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `test_quiz_${process.pid}_${Date.now()}`;
  describeQuizRoundContract("PostgreSQL (server)", {
    open: () => openPostgresDatabase(url, { schema }),
    sharedByProcesses: true,
  });
  afterAll(async () => {
    const admin = await openPostgresDatabase(url);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });
}
