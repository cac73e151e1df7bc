import type { SqlDatabase, SqlExecutor } from "../store/sql-database.js";

export type DatabaseTimer = (seconds: number, failed: boolean) => void;

/** The same database, every statement and transaction timed for the database latency histogram. */
export function timedDatabase(db: SqlDatabase, observe: DatabaseTimer): SqlDatabase {
  const time = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      const result = await work();
      observe((performance.now() - started) / 1000, false);
      return result;
    } catch (error) {
      observe((performance.now() - started) / 1000, true);
      throw error;
    }
  };
  const timedExecutor = (q: SqlExecutor): SqlExecutor => ({
    query: <T extends object>(sql: string, params?: readonly unknown[]) =>
      time(() => q.query<T>(sql, params)),
    exec: (sql) => time(() => q.exec(sql)),
  });
  return {
    ...timedExecutor(db),
    // Statements inside a transaction are not timed again: the transaction is one observation.
    transaction: (work) => time(() => db.transaction(work)),
    close: () => db.close(),
    description: db.description,
  };
}
