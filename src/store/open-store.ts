import { join } from "node:path";
import { createFeedbackStore, type FeedbackStore } from "./feedback-store.js";
import { openPgliteDatabase } from "./pglite-database.js";
import { openPostgresDatabase } from "./postgres-database.js";

export interface StoreSettings {
  /** Local state; the embedded database lives in `<dataDir>/db`. */
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
}

/** The embedded database by default, a server when DATABASE_URL is set; migrated before use. */
export async function openFeedbackStore(settings: StoreSettings): Promise<FeedbackStore> {
  const db = settings.databaseUrl
    ? await openPostgresDatabase(settings.databaseUrl)
    : await openPgliteDatabase(join(settings.dataDir, "db"));
  try {
    return await createFeedbackStore(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
