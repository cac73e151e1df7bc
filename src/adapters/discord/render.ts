import { MessageFlags, type APIEmbed, type AttachmentPayload } from "discord.js";
import type { ParkedCommands } from "../../buttons/park-commands.js";
import type { Answer } from "../../core/index.js";
import { renderComponents, type ActionRow } from "./render-components.js";
import { renderEmbed } from "./render-embed.js";

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  /** Set on every message: nothing pings, except the `for` user when that option is used. */
  allowedMentions: { parse: []; users?: string[] };
  flags?: MessageFlags.Ephemeral;
  /** Files sent with the message (a stats chart), uploaded as multipart/form-data. */
  files?: AttachmentPayload[];
}

export interface ReplyOptions {
  /** Only the person who asked sees it; the default. */
  ephemeral: boolean;
  /** User id of the person who shared the answer into the channel. */
  sharedBy?: string;
  /** User id of the person the answer is addressed to: the only one it pings. */
  addressedTo?: string;
  /** Commands too long for a custom_id, stored beforehand: their buttons carry `k:<key>`. */
  parked?: ParkedCommands;
}

/** Pure: a core Answer to the message Discord will show. */
export function renderDiscordReply(answer: Answer, options: ReplyOptions): DiscordReply {
  const reply: DiscordReply = {
    embeds: [renderEmbed(answer)],
    components: renderComponents(answer, {
      shareable: options.ephemeral,
      ...(options.parked ? { parked: options.parked } : {}),
    }),
    allowedMentions: options.addressedTo ? { parse: [], users: [options.addressedTo] } : { parse: [] },
  };
  const lines: string[] = [];
  if (options.addressedTo) lines.push(`For <@${options.addressedTo}>`);
  if (options.sharedBy) lines.push(`Shared by <@${options.sharedBy}>`);
  if (lines.length > 0) reply.content = lines.join(" · ");
  if (options.ephemeral) reply.flags = MessageFlags.Ephemeral;
  return reply;
}
