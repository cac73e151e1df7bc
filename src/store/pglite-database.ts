import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDatabase, SqlExecutor } from "./sql-database.js";

/**
 * PostgreSQL's default 128 MB of shared buffers live inside PGlite's WebAssembly heap, where they
 * were most of the process's memory (about 120 MB of RSS); the bot's few small tables need far less.
 */
export const PGLITE_SHARED_BUFFERS = "16MB";

/**
 * The embedded default: PostgreSQL compiled to WebAssembly, its files under `dir` (or in memory
 * when `dir` is undefined), so `npm start` needs no server. One process at a time may open a dir.
 */
export async function openPgliteDatabase(dir?: string): Promise<SqlDatabase> {
  if (dir) mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir, {
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const executor = (q: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
    description: dir ? `embedded (PGlite) at ${dir}` : "embedded (PGlite) in memory",
  };
}
