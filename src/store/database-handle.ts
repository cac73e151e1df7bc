import { join } from "node:path";
import { migrate } from "./migrate.js";
import type { SqlDatabase } from "./sql-database.js";

export interface StoreSettings {
  /** Local state; the embedded database lives in `<dataDir>/db`. */
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
}

/**
 * The process's one database, shared by every store (reports, quiz rounds, rate limits…): PGlite
 * lets one process open a directory once, and a server needs one pool, not one per store.
 */
export interface DatabaseHandle {
  /** Opened and migrated on first use; a failure is forgotten, so the next call tries again. */
  get(): Promise<SqlDatabase>;
  /** The database answers within `timeoutMs` (for /readyz). */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function createDatabaseHandle(open: () => Promise<SqlDatabase>): DatabaseHandle {
  let opening: Promise<SqlDatabase> | undefined;
  const get = () => {
    opening ??= (async () => {
      const db = await open();
      try {
        await migrate(db);
        return db;
      } catch (error) {
        await db.close().catch(() => undefined);
        throw error;
      }
    })().catch((error: unknown) => {
      opening = undefined; // the database may be back next time
      throw error;
    });
    return opening;
  };
  return {
    get,
    async ready(timeoutMs) {
      const check = get().then((db) => db.query("SELECT 1"));
      const late = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("timeout")), timeoutMs).unref(),
      );
      return Promise.race([check, late]).then(
        () => true,
        () => false,
      );
    },
    async close() {
      const opened = opening;
      opening = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}

/**
 * The embedded database by default, a server when DATABASE_URL is set. `view` wraps the opened
 * database for every store at once (main times every query for the metrics). Each driver is loaded
 * on first use, so start-up does not pay for PGlite's WebAssembly or `pg` before a store needs them.
 */
export function databaseHandleFor(
  settings: StoreSettings,
  view: (db: SqlDatabase) => SqlDatabase = (db) => db,
): DatabaseHandle {
  const { databaseUrl } = settings;
  return createDatabaseHandle(async () =>
    view(
      databaseUrl
        ? await (await import("./postgres-database.js")).openPostgresDatabase(databaseUrl)
        : await (await import("./pglite-database.js")).openPgliteDatabase(join(settings.dataDir, "db")),
    ),
  );
}

/** A view of a shared database for a store that must not close what it does not own. */
export function borrowed(db: SqlDatabase): SqlDatabase {
  return { ...db, close: async () => undefined };
}
