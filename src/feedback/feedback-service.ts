import { randomUUID } from "node:crypto";
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  describeFeedbackError,
  FEEDBACK_MESSAGES,
  feedbackInputOf,
  feedbackRefusedAnswer,
  feedbackThanksAnswer,
  myReportsAnswer,
  readFeedback,
  type Answer,
  type Command,
  type Desk,
  type ReviewDecision,
} from "../core/index.js";
import type { FeedbackItem, FeedbackStore, NewFeedback } from "../store/feedback-store.js";

/** Where a report was filed from: kept with it, so a maintainer can see what the reader saw. */
export interface FeedbackOrigin {
  platform: string;
  workspace?: string | null;
  channel?: string | null;
  reporter: string | null;
  question?: string | null;
  shownIds?: string[];
}

export interface FeedbackLogger {
  error(message: string): void;
}

export interface FeedbackService {
  /** A typed stateful command (`report …`, `suggest …`, `my reports`); undefined for any other. */
  handle(command: Command, origin: FeedbackOrigin): Promise<Answer> | undefined;
  submit(input: Parameters<typeof readFeedback>[1], origin: FeedbackOrigin): Promise<Answer>;
  /** `my reports`: the items this person filed on this platform. */
  mine(origin: FeedbackOrigin): Promise<Answer>;
  /** Called with every item once it is stored: the review channels post it. */
  onStored(listener: (item: FeedbackItem) => Promise<void>): void;
  /** A maintainer's decision; undefined when there is no such item. */
  review(id: number, decision: ReviewDecision, note: string | null): Promise<FeedbackItem | undefined>;
  /** The database answers within `timeoutMs` (for /readyz). */
  ready(timeoutMs: number): Promise<boolean>;
  /** The store, opened on first use; rejects when the database cannot be reached. */
  store(): Promise<FeedbackStore>;
  close(): Promise<void>;
}

export interface FeedbackServiceOptions {
  desk: Desk;
  openStore: () => Promise<FeedbackStore>;
  /** Items the database could not take are appended here (JSON lines), for `feedback -- import-fallback`. */
  fallbackFile: string;
  perHour: number;
  logger?: FeedbackLogger;
}

/**
 * Reports and suggestions from every front end: checked by the core, stored, and only then
 * thanked. A database that is down loses nothing: the item goes to the fallback file and the
 * person is told so, with a reference.
 */
export function createFeedbackService(options: FeedbackServiceOptions): FeedbackService {
  let opening: Promise<FeedbackStore> | undefined;
  const store = () => {
    opening ??= options.openStore().catch((error: unknown) => {
      opening = undefined; // try again next time: the database may be back
      throw error;
    });
    return opening;
  };
  const listeners: ((item: FeedbackItem) => Promise<void>)[] = [];
  const service: FeedbackService = {
    store,
    async ready(timeoutMs) {
      const check = store().then((s) => s.ping());
      const late = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("timeout")), timeoutMs).unref(),
      );
      return Promise.race([check, late]).then(
        () => true,
        () => false,
      );
    },
    onStored(listener) {
      listeners.push(listener);
    },
    async review(id, decision, note) {
      return (await store()).setStatus(id, decision, note);
    },
    handle(command, origin) {
      if (command.name === "my") return service.mine(origin);
      const input = feedbackInputOf(command);
      return input ? service.submit(input, origin) : undefined;
    },
    async submit(input, origin) {
      const draft = readFeedback(options.desk.dataset, input);
      if (!draft.ok) return feedbackRefusedAnswer(describeFeedbackError(draft.error));
      const item: NewFeedback = {
        ...draft.value,
        platform: origin.platform,
        workspace: origin.workspace ?? null,
        channel: origin.channel ?? null,
        reporter: origin.reporter,
        question: origin.question ?? null,
        shownIds: origin.shownIds ?? [],
        dataVersion: options.desk.dataset.version.version,
      };
      try {
        const opened = await store();
        const added = await opened.add(item, options.perHour);
        if (added.ok && listeners.length > 0) announce(opened, added.id);
        return added.ok
          ? feedbackThanksAnswer(item.kind, added.id)
          : feedbackRefusedAnswer(FEEDBACK_MESSAGES.rateLimited(added.limit));
      } catch (error) {
        const reference = randomUUID().slice(0, 8);
        options.logger?.error(`feedback store failed (ref ${reference}): ${describe(error)}`);
        mkdirSync(dirname(options.fallbackFile), { recursive: true });
        appendFileSync(
          options.fallbackFile,
          `${JSON.stringify({ ...item, reference, failedAt: new Date().toISOString() })}\n`,
        );
        return feedbackRefusedAnswer(FEEDBACK_MESSAGES.storeDown(item.kind, reference));
      }
    },
    async mine(origin) {
      if (origin.reporter === null) return myReportsAnswer([]);
      try {
        return myReportsAnswer(
          await (await store()).list({ platform: origin.platform, reporter: origin.reporter }),
        );
      } catch (error) {
        const reference = randomUUID().slice(0, 8);
        options.logger?.error(`feedback store failed (ref ${reference}): ${describe(error)}`);
        return feedbackRefusedAnswer(FEEDBACK_MESSAGES.storeUnreadable(reference));
      }
    },
    async close() {
      await Promise.allSettled(announcing);
      const opened = opening;
      opening = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
  /** Posts happen after the thank-you and never hold it up; a failure is logged, the item is stored anyway. */
  const announcing = new Set<Promise<void>>();
  function announce(opened: FeedbackStore, id: number): void {
    const posting = (async () => {
      const item = await opened.get(id);
      if (item) for (const listener of listeners) await listener(item);
    })()
      .catch((error: unknown) =>
        options.logger?.error(`review channel post failed for #${id}: ${describe(error)}`),
      )
      .finally(() => announcing.delete(posting));
    announcing.add(posting);
  }

  return service;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
