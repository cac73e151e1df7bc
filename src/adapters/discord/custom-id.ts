import { isParked, type ParkedCommands } from "../../buttons/park-commands.js";
import { decodeCommand, encodeCommand, type Action, type Command } from "../../core/index.js";
import { DISCORD_LIMITS } from "./limits.js";

/**
 * A button's custom_id is the whole action: a one-letter kind and the encoded command, so any
 * replica can serve any click. Discord caps custom ids at 100 characters
 * (https://discord.com/developers/docs/components/reference#anatomy-of-a-component); a longer
 * command is stored in the shared database and the id carries `k:<key>` instead.
 */
const LETTER: Record<Action["type"], string> = {
  share: "s",
  "next-page": "n",
  related: "r",
  show: "o",
  cite: "c",
  report: "p",
  suggest: "g",
  review: "v",
  "quiz-answer": "a",
  "quiz-next": "q",
};
const TYPE_OF = new Map(Object.entries(LETTER).map(([type, letter]) => [letter, type as Action["type"]]));

/** The custom id of the select menu whose option values are record ids to show. */
export const OPEN_MENU_ID = "open";

export interface ClickedAction {
  type: Action["type"];
  /** Absent for a share whose command was too long to carry: the message itself is shared. */
  command?: Command;
  /** `k:<key>`: the command is in the database (button-store.ts). */
  parked?: string;
}

/** Whether an encoded command fits in a custom id after its one-letter kind. */
export function fitsCustomId(encoded: string): boolean {
  return encoded.length + 2 <= DISCORD_LIMITS.components.customId;
}

/**
 * The command itself, or its stored key; undefined when it fits neither (the database was down):
 * a share then falls back to copying the message.
 */
export function customIdOf(action: Action, parked?: ParkedCommands): string | undefined {
  const encoded = encodeCommand(action.command);
  const carried = fitsCustomId(encoded) ? encoded : parked?.get(encoded);
  return carried === undefined ? undefined : `${LETTER[action.type]}:${carried}`;
}

export const SHARE_MESSAGE_ID = `${LETTER.share}:`;

export function actionFromCustomId(customId: string): ClickedAction | undefined {
  const colon = customId.indexOf(":");
  const type = TYPE_OF.get(customId.slice(0, colon));
  if (colon < 0 || !type) return undefined;
  const rest = customId.slice(colon + 1);
  if (rest === "") return type === "share" ? { type } : undefined;
  if (isParked(rest)) return { type, parked: rest };
  const command = decodeCommand(rest);
  return command ? { type, command } : undefined;
}
