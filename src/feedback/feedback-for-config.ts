import { join } from "node:path";
import type { Config } from "../config.js";
import type { Desk } from "../core/index.js";
import type { DatabaseHandle } from "../store/database-handle.js";
import { openFeedbackStore } from "../store/open-store.js";
import { createFeedbackService, type FeedbackLogger, type FeedbackService } from "./feedback-service.js";

export const FALLBACK_FILE_NAME = "feedback-fallback.jsonl";

/** The feedback service as `npm start` and `ask` configure it: DATA_DIR and the shared database. */
export function feedbackServiceFor(
  config: Pick<Config, "dataDir" | "feedbackPerHour">,
  desk: Desk,
  database: DatabaseHandle,
  logger?: FeedbackLogger,
): FeedbackService {
  return createFeedbackService({
    desk,
    openStore: () => openFeedbackStore(database),
    fallbackFile: join(config.dataDir, FALLBACK_FILE_NAME),
    perHour: config.feedbackPerHour,
    ...(logger ? { logger } : {}),
  });
}
