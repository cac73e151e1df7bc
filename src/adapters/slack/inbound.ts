import { commandFromText, decodeCommand, type Action, type Command } from "../../core/index.js";
import { unescapeMrkdwn } from "./mrkdwn.js";

/** The slash command the manifest registers; help text in the core uses the same word. */
export const SLASH_COMMAND = "/embassy";
/** The message shortcut's callback id (manifest: shortcuts[].callback_id). */
export const CONTEXT_SHORTCUT = "embassy_context";
/** Every button we render has an action id `embassy:<action type>:<index>`. */
export const ACTION_ID_PATTERN = /^embassy:([a-z-]+):\d+$/;

const ACTION_TYPES: readonly Action["type"][] = [
  "next-page",
  "related",
  "show",
  "cite",
  "report",
  "suggest",
  "review",
  "share",
  "quiz-answer",
  "quiz-next",
];

export function actionIdFor(type: Action["type"], index: number): string {
  return `embassy:${type}:${index}`;
}

/**
 * Slash command text as Slack sends it (`&`, `<`, `>` escaped) to a core command. Quiz questions
 * get a fresh seed here, so the core stays deterministic.
 */
export function commandFromSlash(text: string, randomSeed: () => number): Command {
  const command = commandFromText(unescapeMrkdwn(text));
  return command.name === "quiz" ? { ...command, seed: randomSeed() } : command;
}

export interface ButtonClick {
  type: Action["type"];
  command: Command;
}

/** A button's action id and value back to what to do; undefined for anything we did not render. */
export function clickFromAction(actionId: string, value: string | undefined): ButtonClick | undefined {
  const type = ACTION_ID_PATTERN.exec(actionId)?.[1] as Action["type"] | undefined;
  if (!type || !ACTION_TYPES.includes(type) || value === undefined) return undefined;
  const command = decodeCommand(value);
  return command ? { type, command } : undefined;
}

/**
 * A message's text, as Slack stores it, to the words a reader sees: link labels instead of
 * `<url|label>`, channel names instead of ids, mentions and broadcasts dropped.
 * https://docs.slack.dev/messaging/formatting-message-text
 */
export function plainTextOfMessage(text: string): string {
  const readable = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = "", label] = inner.split("|");
    if (target.startsWith("@") || target.startsWith("!")) return "";
    if (target.startsWith("#")) return label ?? "";
    return label ?? target;
  });
  return unescapeMrkdwn(readable)
    .replace(/[ \t]+/g, " ")
    .trim();
}

export function contextCommand(messageText: string): Command {
  return { name: "context", query: plainTextOfMessage(messageText) };
}
