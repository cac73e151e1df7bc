import type { App, RespondFn, types } from "@slack/bolt";
import {
  readReviewCommand,
  REVIEW_MESSAGES,
  reviewAnswer,
  type Command,
  type ReviewDecision,
} from "../../core/index.js";
import type { ReviewSettings } from "../../config.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import { section } from "./blocks.js";
import { renderSlackAnswer } from "./render.js";

/** The modal asking a maintainer why an item is rejected or fixed (the reporter sees the note). */
export const REVIEW_NOTE_VIEW = "embassy_review_note";

interface ReviewDeps {
  feedback: FeedbackService;
  review: ReviewSettings;
}

/**
 * The review channel: every stored item is posted there with Accept / Reject / Fixed; only members
 * of the maintainers' user group may decide, and the post follows the decision.
 * Needs the chat:write and usergroups:read scopes.
 */
export function registerReviewChannel(app: App, { feedback, review }: ReviewDeps): void {
  feedback.onStored(async (item) => {
    await app.client.chat.postMessage({ channel: review.channel, ...renderSlackAnswer(reviewAnswer(item)) });
  });

  app.view(REVIEW_NOTE_VIEW, async ({ ack, view, body, client }) => {
    const meta = JSON.parse(view.private_metadata || "{}") as {
      id?: number;
      decision?: ReviewDecision;
      channel?: string;
      ts?: string;
    };
    const note = view.state.values.note?.value?.value?.trim() ?? "";
    if (!meta.id || !meta.decision) return void (await ack());
    if (!(await isMaintainer(app, review, body.user.id)))
      return void (await ack({ response_action: "errors", errors: { note: REVIEW_MESSAGES.notMaintainer } }));
    const item = await feedback.review(meta.id, meta.decision, note);
    await ack();
    if (item && meta.channel && meta.ts)
      await client.chat.update({
        channel: meta.channel,
        ts: meta.ts,
        ...renderSlackAnswer(reviewAnswer(item)),
      });
  });
}

/** A click on Accept / Reject / Fixed in the review channel. */
export async function handleReviewClick(
  app: App,
  deps: ReviewDeps,
  command: Command,
  click: { userId: string; triggerId: string; channel?: string | undefined; ts?: string | undefined },
  respond: RespondFn | undefined,
): Promise<void> {
  const decision = readReviewCommand(command);
  if (!decision) return;
  if (!(await isMaintainer(app, deps.review, click.userId))) {
    await respond?.({
      response_type: "ephemeral",
      replace_original: false,
      text: REVIEW_MESSAGES.notMaintainer,
    });
    return;
  }
  if (decision.decision !== "accepted") {
    await app.client.views.open({
      trigger_id: click.triggerId,
      view: noteModal(decision, click.channel, click.ts),
    });
    return;
  }
  const item = await deps.feedback.review(decision.id, "accepted", null);
  await respond?.(
    item
      ? { replace_original: true, ...renderSlackAnswer(reviewAnswer(item)) }
      : {
          response_type: "ephemeral",
          replace_original: false,
          text: REVIEW_MESSAGES.noSuchItem(decision.id),
        },
  );
}

async function isMaintainer(app: App, review: ReviewSettings, userId: string): Promise<boolean> {
  const members = await app.client.usergroups.users.list({ usergroup: review.maintainers });
  return (members.users ?? []).includes(userId);
}

function noteModal(
  decision: { id: number; decision: ReviewDecision },
  channel: string | undefined,
  ts: string | undefined,
): types.ModalView {
  return {
    type: "modal",
    callback_id: REVIEW_NOTE_VIEW,
    title: { type: "plain_text", text: decision.decision === "fixed" ? "Mark as fixed" : "Reject" },
    submit: { type: "plain_text", text: "Save" },
    close: { type: "plain_text", text: "Cancel" },
    private_metadata: JSON.stringify({ ...decision, channel, ts }),
    blocks: [
      section(`Item #${decision.id}: the reporter sees this note.`),
      {
        type: "input",
        block_id: "note",
        label: { type: "plain_text", text: decision.decision === "fixed" ? "What was fixed" : "Why not" },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 1000 },
      },
    ],
  };
}
