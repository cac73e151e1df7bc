import type { types } from "@slack/bolt";
import { emptyAnswer, type Answer } from "../../core/index.js";
import { section } from "./blocks.js";
import { SLASH_COMMAND } from "./inbound.js";
import { RESPONSE_URL_LIFETIME_MINUTES } from "./limits.js";

/** The message shortcut's name as the manifest registers it. */
export const CONTEXT_SHORTCUT_NAME = "Embassy context";

/**
 * Shown in a modal when a response_url has expired: the modal needs only the click's trigger_id,
 * so it works in every channel and DM, with no extra scope.
 */
export function renderExpiredNotice(): types.ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Embassy Desk" },
    close: { type: "plain_text", text: "Close" },
    blocks: [
      section(
        `This answer is too old to act on (Slack allows ${RESPONSE_URL_LIFETIME_MINUTES} minutes). ` +
          `Ask again with \`${SLASH_COMMAND}\`, or use *${CONTEXT_SHORTCUT_NAME}* on the message again.`,
      ),
    ],
  };
}

/** A message with no text (only files or attachments) has nothing the context search can read. */
export function noTextAnswer(): Answer {
  return {
    ...emptyAnswer("error", "Sorry"),
    summary: `That message has no text I can read. Ask with ${SLASH_COMMAND} instead.`,
  };
}
