import { isCommandName, PUBLIC_COMMANDS, type Command } from "../../core/index.js";

/** What a slash command interaction carries, already read out of discord.js. */
export interface SlashInput {
  subcommand: string;
  query: string | null;
  type: string | null;
  response: string | null;
  seed: number;
}

/**
 * Options become the words a person would type after /embassy, so the core parses choices exactly
 * like typed filters (`type:storming`) and enforces the same length limit.
 */
export function commandFromSlash(input: SlashInput): Command | undefined {
  const name = input.subcommand;
  if (!isCommandName(name) || !PUBLIC_COMMANDS.some((c) => c.name === name)) return undefined;
  const words = [input.query?.trim() ?? ""];
  if (input.type) words.push(`type:${input.type}`);
  if (input.response) words.push(`response:${input.response}`);
  const query = words.filter(Boolean).join(" ");
  return name === "quiz" ? { name, query, seed: input.seed } : { name, query };
}

/** The parts of a message the "Embassy context" menu reads. */
export interface MessageInput {
  content: string;
  embeds: {
    title?: string | null;
    description?: string | null;
    fields?: { name: string; value: string }[];
  }[];
}

/** A message's text, embeds included (bots often post only embeds), for the core's long-text search. */
export function commandFromMessage(message: MessageInput): Command {
  const parts = [message.content];
  for (const embed of message.embeds) {
    parts.push(
      embed.title ?? "",
      embed.description ?? "",
      ...(embed.fields ?? []).map((f) => `${f.name} ${f.value}`),
    );
  }
  return { name: "context", query: parts.filter((p) => p.trim() !== "").join("\n") };
}
