import type { types } from "@slack/bolt";
import { LIMITS } from "./limits.js";
import { truncatePlain } from "./mrkdwn.js";

export type Block = types.KnownBlock;
export type MrkdwnText = types.MrkdwnElement;
export type ButtonElement = types.Button;

/**
 * `verbatim: true` turns off Slack's auto-linking of bare URLs, channel names and @mentions, so
 * escaped text stays exactly what it says; our own `<url|label>` links still work.
 * https://docs.slack.dev/reference/block-kit/composition-objects/text-object
 */
export function mrkdwn(text: string): MrkdwnText {
  return { type: "mrkdwn", text, verbatim: true };
}

export function section(text: string): Block {
  return { type: "section", text: mrkdwn(text) };
}

export function header(text: string): Block {
  return {
    type: "header",
    text: { type: "plain_text", text: truncatePlain(text, LIMITS.headerText), emoji: false },
  };
}

export function context(texts: string[]): Block {
  return { type: "context", elements: texts.slice(0, LIMITS.contextElements).map(mrkdwn) };
}

export function button(label: string, actionId: string, value: string, style?: "primary"): ButtonElement {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: truncatePlain(label, LIMITS.buttonText), emoji: false },
    value,
    ...(style ? { style } : {}),
  };
}
