import pg from "pg";
import type { SqlDatabase, SqlExecutor } from "./sql-database.js";

export interface PostgresOptions {
  /** A schema to work in (created if missing): tests give each run its own. */
  schema?: string;
  /** Pool size per process; a few suffice, every query is short. */
  max?: number;
}

/** PostgreSQL over `pg`, for several replicas sharing one database (`DATABASE_URL`). */
export async function openPostgresDatabase(url: string, options: PostgresOptions = {}): Promise<SqlDatabase> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const executor = (q: Pick<pg.Pool | pg.PoolClient, "query">): SqlExecutor => ({
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, [...params])).rows as T[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  const where = new URL(url);
  return {
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(executor(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    description: `PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}${schema ? ` (schema ${schema})` : ""}`,
  };
}
