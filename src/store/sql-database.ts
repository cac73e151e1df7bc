/**
 * The one port the store needs from a database: parameterised queries and transactions. PGlite
 * (embedded) and PostgreSQL (a server, for several replicas) both implement it; every query the
 * store runs is written once, against this.
 */
export interface SqlExecutor {
  /** `$1, $2…` placeholders only: values never go into the SQL text. */
  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements with no parameters: migrations only. */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** "embedded (PGlite) at ./var/db" or "PostgreSQL at host:port/db", for logs (never a password). */
  readonly description: string;
}
