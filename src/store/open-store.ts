import { createFeedbackStore, type FeedbackStore } from "./feedback-store.js";
import { createQuizStore, type QuizStore } from "./quiz-store.js";
import { borrowed, type DatabaseHandle } from "./database-handle.js";

export type { StoreSettings } from "./database-handle.js";

/** The feedback store on the process's shared database (the handle closes it, not the store). */
export async function openFeedbackStore(handle: DatabaseHandle): Promise<FeedbackStore> {
  return createFeedbackStore(borrowed(await handle.get()));
}

/** The quiz rounds store on the process's shared database. */
export async function openQuizStore(handle: DatabaseHandle): Promise<QuizStore> {
  return createQuizStore(borrowed(await handle.get()));
}
