import { sql as feedback } from "./001-feedback.js";
import { sql as quiz } from "./002-quiz.js";
import { sql as limits } from "./003-limits.js";
import { sql as buttonQueries } from "./004-button-queries.js";

/**
 * Numbered schema changes, applied in order at start-up (migrate.ts). Append, never edit: a
 * database that ran a migration keeps it.
 */
export const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  { id: 1, name: "feedback", sql: feedback },
  { id: 2, name: "quiz", sql: quiz },
  { id: 3, name: "limits", sql: limits },
  { id: 4, name: "button-queries", sql: buttonQueries },
];
