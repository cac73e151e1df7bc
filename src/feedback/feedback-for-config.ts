import { join } from "node:path";
import type { Config } from "../config.js";
import type { Desk } from "../core/index.js";
import { openFeedbackStore } from "../store/open-store.js";
import { createFeedbackService, type FeedbackLogger, type FeedbackService } from "./feedback-service.js";

export const FALLBACK_FILE_NAME = "feedback-fallback.jsonl";

/** The feedback service as `npm start`, `ask` and `feedback` configure it: DATA_DIR and DATABASE_URL. */
export function feedbackServiceFor(
  config: Pick<Config, "dataDir" | "databaseUrl" | "feedbackPerHour">,
  desk: Desk,
  logger?: FeedbackLogger,
): FeedbackService {
  return createFeedbackService({
    desk,
    openStore: () =>
      openFeedbackStore({
        dataDir: config.dataDir,
        ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      }),
    fallbackFile: join(config.dataDir, FALLBACK_FILE_NAME),
    perHour: config.feedbackPerHour,
    ...(logger ? { logger } : {}),
  });
}
