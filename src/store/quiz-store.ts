import type { QuizLevel } from "../core/quiz/quiz-item.js";
import { migrate } from "./migrate.js";
import type { SqlDatabase } from "./sql-database.js";

export type RoundState = "active" | "finished" | "stopped";

/** Where a round is played: a channel of a workspace (a Slack team, a Discord server) on a platform. */
export interface RoundPlace {
  platform: string;
  /** '' where a platform has no workspaces (the console). */
  workspace: string;
  channel: string;
}

/** A question as stored: enough to derive it again with makeQuizItem, and to mark answers. */
export interface StoredQuestion {
  index: number;
  itemKey: string;
  seed: number;
  /** Index of the right option, as the question was asked. */
  correct: number;
}

export interface StoredRound extends RoundPlace {
  id: number;
  starterId: string;
  starterName: string;
  topic: string | null;
  level: QuizLevel | null;
  size: number;
  seed: number;
  currentIndex: number;
  state: RoundState;
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewRound extends RoundPlace {
  starterId: string;
  starterName: string;
  topic: string | null;
  level: QuizLevel | null;
  size: number;
  seed: number;
  first: Omit<StoredQuestion, "index">;
  /** The first question's deadline, from now (database time, so replicas agree). */
  seconds: number;
}

export interface NewAnswer {
  roundId: number;
  index: number;
  userId: string;
  displayName: string;
  choice: number;
}

export type AnswerOutcome =
  | { ok: true; correct: boolean }
  /** One answer per person per question: a second one is refused, the first stands. */
  | { ok: false; code: "already"; choice: number }
  /** The round is over, the question is not the current one, or its time is up. */
  | { ok: false; code: "closed"; round: StoredRound | undefined };

export interface ScoreRow {
  userId: string;
  name: string;
  right: number;
  answered: number;
}

/** Quiz rounds and scores; one implementation over any SqlDatabase (PGlite or PostgreSQL). */
export interface QuizStore {
  /** Starts a round with its first question, unless one is already running in that channel. */
  startRound(round: NewRound): Promise<{ ok: true; round: StoredRound } | { ok: false; active: StoredRound }>;
  getRound(id: number): Promise<StoredRound | undefined>;
  activeRound(place: RoundPlace): Promise<StoredRound | undefined>;
  questions(roundId: number): Promise<StoredQuestion[]>;
  recordAnswer(answer: NewAnswer): Promise<AnswerOutcome>;
  /**
   * Closes question `fromIndex` and asks `next` (or finishes the round when `next` is null), only
   * if the round is still active at that question: of two replicas advancing at once, one wins.
   */
  advance(
    roundId: number,
    fromIndex: number,
    next: Omit<StoredQuestion, "index"> | null,
    seconds: number,
  ): Promise<StoredRound | undefined>;
  /** Stops an active round, only for its starter. */
  stop(roundId: number, starterId: string): Promise<StoredRound | undefined>;
  /** Active rounds on these platforms whose question's time is up (database time). */
  dueRounds(platforms: readonly string[]): Promise<StoredRound[]>;
  tally(roundId: number, index: number): Promise<{ answered: number; right: number }>;
  roundScores(roundId: number): Promise<ScoreRow[]>;
  /** Everyone who answered in this channel, over every round, best first. */
  channelScores(place: RoundPlace, limit: number): Promise<{ rows: ScoreRow[]; rounds: number }>;
  close(): Promise<void>;
  readonly description: string;
}

interface RoundRow {
  id: string | number;
  platform: string;
  workspace: string;
  channel: string;
  starter_id: string;
  starter_name: string;
  topic: string | null;
  level: QuizLevel | null;
  size: number;
  seed: string | number;
  current_index: number;
  state: RoundState;
  deadline: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const ROUND_COLUMNS =
  "id, platform, workspace, channel, starter_id, starter_name, topic, level, size, seed, current_index, state, deadline, created_at, updated_at";

/** Scores per person: the name they last answered under, right answers, answers. */
const SCORE_SELECT = `
  SELECT a.user_id, (array_agg(a.display_name ORDER BY a.answered_at DESC))[1] AS name,
         count(*) FILTER (WHERE a.correct) AS right_count, count(*) AS answered
  FROM quiz_answers a`;
const SCORE_ORDER = "ORDER BY right_count DESC, answered ASC, name ASC";

/** Migrates the database, then serves the store from it. */
export async function createQuizStore(db: SqlDatabase): Promise<QuizStore> {
  await migrate(db);
  const getRound = async (id: number) => {
    const [row] = await db.query<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM quiz_rounds WHERE id = $1`, [id]);
    return row ? toRound(row) : undefined;
  };
  const activeRound = async (place: RoundPlace) => {
    const [row] = await db.query<RoundRow>(
      `SELECT ${ROUND_COLUMNS} FROM quiz_rounds WHERE platform = $1 AND workspace = $2 AND channel = $3 AND state = 'active'`,
      [place.platform, place.workspace, place.channel],
    );
    return row ? toRound(row) : undefined;
  };
  const store: QuizStore = {
    description: db.description,
    getRound,
    activeRound,
    async startRound(round) {
      const started = await db.transaction(async (tx) => {
        const [row] = await tx.query<RoundRow>(
          `INSERT INTO quiz_rounds (platform, workspace, channel, starter_id, starter_name, topic, level, size, seed, deadline)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(secs => $10))
           ON CONFLICT (platform, workspace, channel) WHERE state = 'active' DO NOTHING
           RETURNING ${ROUND_COLUMNS}`,
          [
            round.platform,
            round.workspace,
            round.channel,
            round.starterId,
            round.starterName,
            round.topic,
            round.level,
            round.size,
            round.seed,
            round.seconds,
          ],
        );
        if (!row) return undefined;
        await tx.query(
          "INSERT INTO quiz_questions (round_id, question_index, item_key, seed, correct) VALUES ($1, 0, $2, $3, $4)",
          [row.id, round.first.itemKey, round.first.seed, round.first.correct],
        );
        return toRound(row);
      });
      if (started) return { ok: true, round: started };
      const active = await activeRound(round);
      // Finished between the two statements: the channel is free now, so try once more.
      return active ? { ok: false, active } : store.startRound(round);
    },
    async questions(roundId) {
      const rows = await db.query<{
        question_index: number;
        item_key: string;
        seed: string | number;
        correct: number;
      }>(
        "SELECT question_index, item_key, seed, correct FROM quiz_questions WHERE round_id = $1 ORDER BY question_index",
        [roundId],
      );
      return rows.map((r) => ({
        index: r.question_index,
        itemKey: r.item_key,
        seed: Number(r.seed),
        correct: r.correct,
      }));
    },
    async recordAnswer(answer) {
      // One statement: taken only while the round is active at this question and its time is not up;
      // the unique constraint refuses a second answer from the same person (the first stands).
      const [taken] = await db.query<{ correct: boolean }>(
        `INSERT INTO quiz_answers (round_id, question_index, user_id, display_name, choice, correct)
         SELECT r.id, q.question_index, $3, $4, $5, q.correct = $5
         FROM quiz_rounds r JOIN quiz_questions q ON q.round_id = r.id AND q.question_index = $2
         WHERE r.id = $1 AND r.state = 'active' AND r.current_index = $2 AND r.deadline > now()
         ON CONFLICT ON CONSTRAINT quiz_answers_once DO NOTHING
         RETURNING correct`,
        [answer.roundId, answer.index, answer.userId, answer.displayName, answer.choice],
      );
      if (taken) return { ok: true, correct: taken.correct };
      const [earlier] = await db.query<{ choice: number }>(
        "SELECT choice FROM quiz_answers WHERE round_id = $1 AND question_index = $2 AND user_id = $3",
        [answer.roundId, answer.index, answer.userId],
      );
      if (earlier) return { ok: false, code: "already", choice: earlier.choice };
      return { ok: false, code: "closed", round: await getRound(answer.roundId) };
    },
    async advance(roundId, fromIndex, next, seconds) {
      return db.transaction(async (tx) => {
        const [row] = await tx.query<RoundRow>(
          `UPDATE quiz_rounds SET
             current_index = CASE WHEN $3::boolean THEN current_index + 1 ELSE current_index END,
             state = CASE WHEN $3::boolean THEN 'active' ELSE 'finished' END,
             deadline = CASE WHEN $3::boolean THEN now() + make_interval(secs => $4) ELSE NULL END,
             updated_at = now()
           WHERE id = $1 AND current_index = $2 AND state = 'active'
           RETURNING ${ROUND_COLUMNS}`,
          [roundId, fromIndex, next !== null, seconds],
        );
        if (!row) return undefined;
        if (next)
          await tx.query(
            "INSERT INTO quiz_questions (round_id, question_index, item_key, seed, correct) VALUES ($1, $2, $3, $4, $5)",
            [roundId, fromIndex + 1, next.itemKey, next.seed, next.correct],
          );
        return toRound(row);
      });
    },
    async stop(roundId, starterId) {
      const [row] = await db.query<RoundRow>(
        `UPDATE quiz_rounds SET state = 'stopped', deadline = NULL, updated_at = now()
         WHERE id = $1 AND starter_id = $2 AND state = 'active' RETURNING ${ROUND_COLUMNS}`,
        [roundId, starterId],
      );
      return row ? toRound(row) : undefined;
    },
    async dueRounds(platforms) {
      const rows = await db.query<RoundRow>(
        `SELECT ${ROUND_COLUMNS} FROM quiz_rounds
         WHERE state = 'active' AND deadline <= now() AND platform = ANY($1::text[]) ORDER BY deadline`,
        [[...platforms]],
      );
      return rows.map(toRound);
    },
    async tally(roundId, index) {
      const [row] = await db.query<{ answered: string | number; right_count: string | number }>(
        `SELECT count(*) AS answered, count(*) FILTER (WHERE correct) AS right_count
         FROM quiz_answers WHERE round_id = $1 AND question_index = $2`,
        [roundId, index],
      );
      return { answered: Number(row?.answered ?? 0), right: Number(row?.right_count ?? 0) };
    },
    async roundScores(roundId) {
      const rows = await db.query<ScoreDbRow>(
        `${SCORE_SELECT} WHERE a.round_id = $1 GROUP BY a.user_id ${SCORE_ORDER}`,
        [roundId],
      );
      return rows.map(toScore);
    },
    async channelScores(place, limit) {
      const rows = await db.query<ScoreDbRow>(
        `${SCORE_SELECT} JOIN quiz_rounds r ON r.id = a.round_id
         WHERE r.platform = $1 AND r.workspace = $2 AND r.channel = $3
         GROUP BY a.user_id ${SCORE_ORDER} LIMIT $4`,
        [place.platform, place.workspace, place.channel, limit],
      );
      const [count] = await db.query<{ n: string | number }>(
        "SELECT count(*) AS n FROM quiz_rounds WHERE platform = $1 AND workspace = $2 AND channel = $3",
        [place.platform, place.workspace, place.channel],
      );
      return { rows: rows.map(toScore), rounds: Number(count?.n ?? 0) };
    },
    close: () => db.close(),
  };
  return store;
}

interface ScoreDbRow {
  user_id: string;
  name: string;
  right_count: string | number;
  answered: string | number;
}

function toScore(r: ScoreDbRow): ScoreRow {
  return { userId: r.user_id, name: r.name, right: Number(r.right_count), answered: Number(r.answered) };
}

function toRound(r: RoundRow): StoredRound {
  return {
    id: Number(r.id),
    platform: r.platform,
    workspace: r.workspace,
    channel: r.channel,
    starterId: r.starter_id,
    starterName: r.starter_name,
    topic: r.topic,
    level: r.level,
    size: r.size,
    seed: Number(r.seed),
    currentIndex: r.current_index,
    state: r.state,
    deadline: r.deadline === null ? null : new Date(r.deadline).toISOString(),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
