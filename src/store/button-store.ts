import { createHash } from "node:crypto";
import { borrowed, type DatabaseHandle } from "./database-handle.js";

/** How long a stored button command answers a click; older rows are deleted. */
export const BUTTON_QUERY_DAYS = 30;

/** Commands too long for a button, kept in the shared database under a short key. */
export interface ButtonStore {
  /** Stores the encoded command (again: the clock restarts) and returns its key. */
  put(command: string): Promise<string>;
  /** The encoded command, or undefined when the key is unknown or expired. */
  get(key: string): Promise<string | undefined>;
}

/**
 * The key is a hash of the command, so the same command always gets the same key (no duplicate
 * rows, stable buttons) and two different commands practically never share one (132 bits).
 */
export function buttonKeyOf(command: string): string {
  return createHash("sha256").update(command).digest("base64url").slice(0, 22);
}

export function createButtonStore(database: DatabaseHandle): ButtonStore {
  const db = async () => borrowed(await database.get());
  return {
    async put(command) {
      const key = buttonKeyOf(command);
      const conn = await db();
      const [row] = await conn.query<{ command: string }>(
        `INSERT INTO button_queries (key, command) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET created_at = now()
         RETURNING command`,
        [key, command],
      );
      if (row?.command !== command) throw new Error(`button key ${key} already holds another command`);
      // Parking is rare (only long queries), so cleaning up here needs no timer.
      await conn.query(`DELETE FROM button_queries WHERE created_at < now() - $1 * interval '1 day'`, [
        BUTTON_QUERY_DAYS,
      ]);
      return key;
    },
    async get(key) {
      const [row] = await (
        await db()
      ).query<{ command: string }>(
        `SELECT command FROM button_queries WHERE key = $1 AND created_at >= now() - $2 * interval '1 day'`,
        [key, BUTTON_QUERY_DAYS],
      );
      return row?.command;
    },
  };
}
