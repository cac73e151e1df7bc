import type { Config } from "../config.js";
import type { Desk } from "../core/index.js";
import type { DatabaseHandle } from "../store/database-handle.js";
import { openQuizStore } from "../store/open-store.js";
import { createQuizRoundService, type QuizLogger, type QuizRoundService } from "./round-service.js";

/** Quiz rounds as `npm start` configures them: QUIZ_SECONDS and the shared database. */
export function quizServiceFor(
  config: Pick<Config, "quizSeconds">,
  desk: Desk,
  database: DatabaseHandle,
  logger?: QuizLogger,
): QuizRoundService {
  return createQuizRoundService({
    desk,
    openStore: () => openQuizStore(database),
    seconds: config.quizSeconds,
    ...(logger ? { logger } : {}),
  });
}
