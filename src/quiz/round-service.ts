import { randomUUID } from "node:crypto";
import {
  channelScoresAnswer,
  describeRoundRequestError,
  QUIZ_ROUND_MESSAGES,
  readRoundRequest,
  roundAnsweredAnswer,
  roundNote,
  roundQuestionAnswer,
  roundRefusal,
  roundRevealAnswer,
  roundScoreboardAnswer,
  roundStartedAnswer,
  SCOREBOARD_LINES,
  type Answer,
  type Command,
  type Desk,
  type RoundView,
} from "../core/index.js";
import { makeQuizItem, type QuizItem, type QuizSpec } from "../core/quiz/quiz-item.js";
import type { QuizStore, RoundPlace, StoredQuestion, StoredRound } from "../store/quiz-store.js";

/** Who acts, and where: ids for the database, the name as the platform shows it for scoreboards. */
export interface RoundPlayer extends RoundPlace {
  userId: string;
  name: string;
}

/** A message for everyone in a round's channel (a question, an answer revealed, the scores). */
export interface RoundPost extends RoundPlace {
  answer: Answer;
}

export type RoundPoster = (post: RoundPost) => Promise<void>;

export interface RoundOutcome {
  /** For the person who acted only (private); absent when the channel posts say it all. */
  reply?: Answer;
  /** Resolves once this interaction's channel posts are sent (or have failed and been logged). */
  delivered: Promise<void>;
}

export interface QuizLogger {
  error(message: string): void;
}

export interface QuizRoundService {
  /** `quiz round …`, `quiz scores`, `quiz stop` and round buttons; undefined for any other command. */
  handle(command: Command, who: RoundPlayer): Promise<RoundOutcome> | undefined;
  /** Each front end says how it posts in a channel; rounds advance only where a poster is set. */
  setPoster(platform: string, poster: RoundPoster | undefined): void;
  /** Closes every question whose time is up (on any replica's rounds) and posts what follows. */
  advanceDue(): Promise<void>;
  /** At start-up: advance what is due now, then check every `seconds`, in case a replica went away. */
  resume(): Promise<void>;
  store(): Promise<QuizStore>;
  close(): Promise<void>;
}

export interface QuizRoundOptions {
  desk: Desk;
  openStore: () => Promise<QuizStore>;
  /** How long each question stays open (QUIZ_SECONDS). */
  seconds: number;
  logger?: QuizLogger;
  /** A round's seed when the command brings none. */
  seed?: () => number;
}

/** Questions of a round are seeded apart, so each draws afresh; makeQuizItem's own retries use a smaller step. */
const SEED_STEP = 1_000_003;
/** Derived questions kept per service; they are pure functions of stored rows, so any replica agrees. */
const ITEM_CACHE = 200;

/**
 * Quiz rounds in a channel: everything lives in the database (rounds, questions by seed, answers),
 * so a round survives a restart and any replica serves any click. Timers in this process only
 * trigger a check; a question closes by one conditional UPDATE, so two replicas never both advance it.
 */
export function createQuizRoundService(options: QuizRoundOptions): QuizRoundService {
  const { desk, seconds } = options;
  const posters = new Map<string, RoundPoster>();
  const timers = new Set<NodeJS.Timeout>();
  const items = new Map<string, QuizItem | undefined>();
  let interval: NodeJS.Timeout | undefined;
  let opening: Promise<QuizStore> | undefined;
  let sweeping: Promise<void> | undefined;
  let delivering: Promise<void> = Promise.resolve();
  let closed = false;

  const store = () => {
    opening ??= options.openStore().catch((error: unknown) => {
      opening = undefined; // the database may be back next time
      throw error;
    });
    return opening;
  };

  const specOf = (round: StoredRound): QuizSpec => ({
    ...(round.topic ? { topic: round.topic } : {}),
    ...(round.level ? { level: round.level } : {}),
  });
  const viewOf = (round: StoredRound): RoundView => ({
    id: round.id,
    size: round.size,
    index: round.currentIndex,
    starterName: round.starterName,
    topic: round.topic,
    level: round.level,
    seconds,
  });

  /** The question asked at `index`, derived again exactly as it was first made. */
  function itemAt(round: StoredRound, questions: readonly StoredQuestion[], index: number) {
    const cacheKey = `${round.id}:${index}`;
    if (items.has(cacheKey)) return items.get(cacheKey);
    const asked = questions.find((q) => q.index === index);
    if (!asked) return undefined;
    const avoid = new Set(questions.filter((q) => q.index < index).map((q) => q.itemKey));
    const made = makeQuizItem(desk, asked.seed, specOf(round), avoid);
    const item = made.ok ? { ...made.item, correct: asked.correct } : undefined;
    if (made.ok && made.item.key !== asked.itemKey)
      options.logger?.error(`quiz round ${round.id}: question ${index + 1} derives differently now`);
    if (items.size >= ITEM_CACHE) items.delete(items.keys().next().value!);
    items.set(cacheKey, item);
    return item;
  }

  function deliver(place: RoundPlace, answers: Answer[]): Promise<void> {
    const poster = posters.get(place.platform);
    const batch = delivering.then(async () => {
      for (const answer of answers) {
        if (!poster) {
          options.logger?.error(`quiz round: no way to post on ${place.platform}`);
          return;
        }
        await poster({ ...place, answer }).catch((error: unknown) =>
          options.logger?.error(`quiz round post failed on ${place.platform}: ${describe(error)}`),
        );
      }
    });
    delivering = batch;
    return batch;
  }

  /** A trigger only: the check it runs decides, in the database, whether anything is due. */
  function arm(): void {
    if (closed) return;
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        void sweep();
      },
      seconds * 1000 + 100,
    );
    timer.unref();
    timers.add(timer);
  }

  function sweep(): Promise<void> {
    sweeping ??= (async () => {
      const platforms = [...posters.keys()];
      if (platforms.length === 0) return;
      const s = await store();
      for (const round of await s.dueRounds(platforms)) await closeQuestion(s, round, round.currentIndex);
    })()
      .catch((error: unknown) => options.logger?.error(`quiz round check failed: ${describe(error)}`))
      .finally(() => (sweeping = undefined));
    return sweeping;
  }

  /** Reveals question `fromIndex` and asks the next one, or posts the scores; undefined if someone else did. */
  async function closeQuestion(
    s: QuizStore,
    round: StoredRound,
    fromIndex: number,
  ): Promise<{ delivered: Promise<void> } | undefined> {
    const questions = await s.questions(round.id);
    let next: (Omit<StoredQuestion, "index"> & { item: QuizItem }) | null = null;
    if (fromIndex + 1 < round.size) {
      const seed = round.seed + (fromIndex + 1) * SEED_STEP;
      const made = makeQuizItem(desk, seed, specOf(round), new Set(questions.map((q) => q.itemKey)));
      // No new question left on the topic: the round ends early, with the questions it had.
      if (made.ok) next = { itemKey: made.item.key, seed, correct: made.item.correct, item: made.item };
    }
    const updated = await s.advance(round.id, fromIndex, next, seconds);
    if (!updated) return undefined;
    const posts = revealOf(s, round, questions, fromIndex);
    if (updated.state === "active" && next) {
      items.set(`${round.id}:${updated.currentIndex}`, next.item);
      arm();
      return {
        delivered: deliver(round, [...(await posts), roundQuestionAnswer(viewOf(updated), next.item)]),
      };
    }
    const scores = await s.roundScores(round.id);
    return {
      delivered: deliver(round, [
        ...(await posts),
        roundScoreboardAnswer(viewOf(updated), "finished", scores),
      ]),
    };
  }

  async function revealOf(
    s: QuizStore,
    round: StoredRound,
    questions: readonly StoredQuestion[],
    index: number,
  ): Promise<Answer[]> {
    const item = itemAt(round, questions, index);
    return item ? [roundRevealAnswer(round, index, item, await s.tally(round.id, index))] : [];
  }

  const done = (reply?: Answer, delivered: Promise<void> = Promise.resolve()): RoundOutcome =>
    reply ? { reply, delivered } : { delivered };

  async function start(
    s: QuizStore,
    request: { size: number; topic?: string; level?: QuizSpec["level"] },
    seed: number,
    who: RoundPlayer,
  ): Promise<RoundOutcome> {
    const spec: QuizSpec = {
      ...(request.topic ? { topic: request.topic } : {}),
      ...(request.level ? { level: request.level } : {}),
    };
    const first = makeQuizItem(desk, seed, spec);
    if (!first.ok) return done(roundRefusal(QUIZ_ROUND_MESSAGES.noQuestion(first.message)));
    const started = await s.startRound({
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      starterId: who.userId,
      starterName: who.name,
      topic: request.topic ?? null,
      level: request.level ?? null,
      size: request.size,
      seed,
      first: { itemKey: first.item.key, seed, correct: first.item.correct },
      seconds,
    });
    if (!started.ok) return done(roundRefusal(QUIZ_ROUND_MESSAGES.busy(viewOf(started.active))));
    items.set(`${started.round.id}:0`, first.item);
    arm();
    const view = viewOf(started.round);
    return done(roundStartedAnswer(view), deliver(who, [roundQuestionAnswer(view, first.item)]));
  }

  async function stop(
    s: QuizStore,
    round: StoredRound | undefined,
    who: RoundPlayer,
    typed: boolean,
  ): Promise<RoundOutcome> {
    if (!round) return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.nothingToStop));
    if (round.state !== "active") return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.over));
    if (round.starterId !== who.userId)
      return done(roundRefusal(QUIZ_ROUND_MESSAGES.notStarterStop(round.starterName)));
    const stopped = await s.stop(round.id, who.userId);
    if (!stopped) return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.over));
    const questions = await s.questions(round.id);
    const posts = [
      ...(await revealOf(s, round, questions, stopped.currentIndex)),
      roundScoreboardAnswer(viewOf(stopped), "stopped", await s.roundScores(round.id)),
    ];
    const reply = typed
      ? roundNote("Quiz round stopped", "The scores are posted in the channel.")
      : undefined;
    return done(reply, deliver(round, posts));
  }

  async function answer(
    s: QuizStore,
    request: { roundId: number; index: number; choice: number },
    who: RoundPlayer,
  ): Promise<RoundOutcome> {
    const taken = await s.recordAnswer({
      roundId: request.roundId,
      index: request.index,
      userId: who.userId,
      displayName: who.name,
      choice: request.choice,
    });
    const round = taken.ok ? await s.getRound(request.roundId) : undefined;
    const label = async (choice: number) => {
      const known = round ?? (await s.getRound(request.roundId));
      const item = known ? itemAt(known, await s.questions(known.id), request.index) : undefined;
      return item?.options[choice] ?? `option ${choice + 1}`;
    };
    if (taken.ok) return done(roundAnsweredAnswer(request.index, await label(request.choice)));
    if (taken.code === "already")
      return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.already(await label(taken.choice))));
    const now = taken.round;
    if (!now || now.state !== "active") return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.over));
    return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.closed(viewOf(now))));
  }

  async function next(
    s: QuizStore,
    request: { roundId: number; index: number },
    who: RoundPlayer,
  ): Promise<RoundOutcome> {
    const round = await s.getRound(request.roundId);
    if (!round || round.state !== "active") return done(roundNote("Quiz round", QUIZ_ROUND_MESSAGES.over));
    if (round.starterId !== who.userId)
      return done(roundRefusal(QUIZ_ROUND_MESSAGES.notStarterNext(round.starterName)));
    const closing =
      round.currentIndex === request.index ? await closeQuestion(s, round, request.index) : undefined;
    return closing
      ? done(undefined, closing.delivered)
      : done(
          roundNote("Quiz round", QUIZ_ROUND_MESSAGES.closed(viewOf((await s.getRound(round.id)) ?? round))),
        );
  }

  const service: QuizRoundService = {
    store,
    setPoster(platform, poster) {
      if (poster) posters.set(platform, poster);
      else posters.delete(platform);
    },
    advanceDue: sweep,
    async resume() {
      await sweep();
      if (!interval && !closed) {
        interval = setInterval(() => void sweep(), seconds * 1000);
        interval.unref();
      }
    },
    handle(command, who) {
      const read = readRoundRequest(command);
      if (!read) return undefined;
      if (!read.ok) return Promise.resolve(done(roundRefusal(describeRoundRequestError(read.error))));
      const request = read.value;
      return (async () => {
        try {
          // Every interaction is also a chance to close questions whose time is up.
          await sweep();
          const s = await store();
          switch (request.kind) {
            case "start":
              return await start(s, request, command.seed ?? options.seed?.() ?? Date.now(), who);
            case "scores": {
              const { rows, rounds } = await s.channelScores(who, SCOREBOARD_LINES);
              return done(channelScoresAnswer(rows, rounds));
            }
            case "stop":
              return request.roundId === undefined
                ? await stop(s, await s.activeRound(who), who, true)
                : await stop(s, await s.getRound(request.roundId), who, false);
            case "answer":
              return await answer(s, request, who);
            case "next":
              return await next(s, request, who);
          }
        } catch (error) {
          const reference = randomUUID().slice(0, 8);
          options.logger?.error(`quiz round failed (ref ${reference}): ${describe(error)}`);
          return done(roundRefusal(QUIZ_ROUND_MESSAGES.storeDown(reference)));
        }
      })();
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (interval) clearInterval(interval);
      await sweeping;
      await delivering;
      const opened = opening;
      opening = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
  return service;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
