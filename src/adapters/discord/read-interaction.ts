import type { APIEmbed } from "discord.js";

/**
 * The parts of an interaction the bot reads, as Discord sends them over both transports (the
 * gateway's INTERACTION_CREATE and the HTTP endpoint's POST body carry the same object):
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export interface RawInteraction {
  id: string;
  token: string;
  type: number;
  guild_id?: string;
  channel_id?: string;
  member?: { user?: RawUser; roles?: string[] };
  user?: RawUser;
  message?: { flags?: number; embeds?: APIEmbed[] };
  data?: RawData;
}

interface RawUser {
  id: string;
}

interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: RawOption[];
}

interface RawMessage {
  content?: string;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
}

interface RawComponent {
  type: number;
  custom_id?: string;
  value?: unknown;
  components?: RawComponent[];
  component?: RawComponent;
}

interface RawData {
  name?: string;
  type?: number;
  options?: RawOption[];
  target_id?: string;
  resolved?: { messages?: Record<string, RawMessage> };
  custom_id?: string;
  component_type?: number;
  values?: string[];
  components?: RawComponent[];
}

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type */
export const INTERACTION = {
  ping: 1,
  command: 2,
  component: 3,
  autocomplete: 4,
  modalSubmit: 5,
} as const;

/** Application command and option types the bot uses. */
const COMMAND_TYPE = { chatInput: 1, message: 3 } as const;
const OPTION_TYPE = { subcommand: 1, string: 3, boolean: 5, user: 6 } as const;
const COMPONENT_TYPE = { button: 2, stringSelect: 3 } as const;
const EPHEMERAL_FLAG = 1 << 6;

/** A shape check for JSON that claims to be an interaction; the fields read later are each checked where read. */
export function isRawInteraction(value: unknown): value is RawInteraction {
  const v = value as Partial<RawInteraction> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.id === "string" &&
    typeof v.token === "string" &&
    typeof v.type === "number"
  );
}

export const isChatInput = (i: RawInteraction) =>
  i.type === INTERACTION.command && i.data?.type === COMMAND_TYPE.chatInput;
export const isMessageCommand = (i: RawInteraction) =>
  i.type === INTERACTION.command && i.data?.type === COMMAND_TYPE.message;
export const isButton = (i: RawInteraction) =>
  i.type === INTERACTION.component && i.data?.component_type === COMPONENT_TYPE.button;
export const isStringSelect = (i: RawInteraction) =>
  i.type === INTERACTION.component && i.data?.component_type === COMPONENT_TYPE.stringSelect;

export const commandNameOf = (i: RawInteraction) => i.data?.name;
export const customIdOf = (i: RawInteraction) => String(i.data?.custom_id ?? "");
export const selectedValuesOf = (i: RawInteraction) => i.data?.values ?? [];

/** The person who acted: `member.user` in a server, `user` in a DM. */
export function userIdOf(i: RawInteraction): string {
  return i.member?.user?.id ?? i.user?.id ?? "";
}

/** A slash command's subcommand and its options, flattened one level as Discord nests them. */
export function slashOptionsOf(i: RawInteraction): { subcommand: string | null; options: RawOption[] } {
  const sub = i.data?.options?.find((o) => o.type === OPTION_TYPE.subcommand);
  return sub ? { subcommand: sub.name, options: sub.options ?? [] } : { subcommand: null, options: [] };
}

export function stringOption(options: RawOption[], name: string): string | null {
  const found = options.find((o) => o.name === name && o.type === OPTION_TYPE.string);
  return typeof found?.value === "string" ? found.value : null;
}

export function booleanOption(options: RawOption[], name: string): boolean {
  return options.some((o) => o.name === name && o.type === OPTION_TYPE.boolean && o.value === true);
}

/** A user option's value is the user's id (the user object itself is in data.resolved). */
export function userOption(options: RawOption[], name: string): string | null {
  const found = options.find((o) => o.name === name && o.type === OPTION_TYPE.user);
  return typeof found?.value === "string" ? found.value : null;
}

/** What autocomplete is asking about: the option the person is typing in. */
export function focusedValueOf(options: RawOption[]): string {
  const focused = options.find((o) => o.focused);
  return focused?.value === undefined ? "" : String(focused.value);
}

/** The message a message command was used on. */
export function targetMessageOf(i: RawInteraction): RawMessage {
  const id = i.data?.target_id;
  return (id && i.data?.resolved?.messages?.[id]) || {};
}

/** Whether the clicked message is private to the clicker. */
export function isEphemeralMessage(i: RawInteraction): boolean {
  return ((i.message?.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
}

/** A modal's text inputs by custom id: in action rows (type 1) or, in newer modals, labels (type 18). */
export function modalFieldsOf(i: RawInteraction): Map<string, string> {
  const fields = new Map<string, string>();
  const visit = (c: RawComponent | undefined) => {
    if (!c) return;
    if (typeof c.custom_id === "string" && typeof c.value === "string") fields.set(c.custom_id, c.value);
    c.components?.forEach(visit);
    visit(c.component);
  };
  i.data?.components?.forEach(visit);
  return fields;
}

export function memberRolesOf(i: RawInteraction): string[] {
  return i.member?.roles ?? [];
}
