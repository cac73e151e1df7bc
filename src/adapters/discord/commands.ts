import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import { MAX_QUERY_LENGTH, PUBLIC_COMMANDS, type CommandSpec } from "../../core/index.js";
import { DISCORD_LIMITS } from "./limits.js";
import { HOST_RESPONSES, HOST_RESPONSE_LABELS, INCIDENT_TYPES } from "../../core/index.js";

export const SLASH_COMMAND_NAME = "embassy";
/** Message context-menu commands are named as shown in the menu: spaces and capitals allowed. */
export const CONTEXT_COMMAND_NAME = "Embassy context";

/** Option names the inbound side reads back; one place so registration and parsing agree. */
export const OPTION = { type: "type", response: "response", public: "public", for: "for" } as const;

/** Commands whose queries take incident filters get them as choices, since those vocabularies are fixed. */
const FILTERED = new Set<string>(["incident", "timeline"]);

/** The JSON that `discord:register` puts, generated from the core's command table. */
export function buildDiscordCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: SLASH_COMMAND_NAME,
      description: "Attacks on embassies and the host state's duty to protect them, with sources",
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: PUBLIC_COMMANDS.map(subcommandOf),
    },
    {
      type: ApplicationCommandType.Message,
      name: CONTEXT_COMMAND_NAME,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    },
  ];
}

function subcommandOf(spec: CommandSpec): APIApplicationCommandSubcommandOption {
  const options: APIApplicationCommandBasicOption[] = [];
  if (spec.query) {
    options.push({
      type: ApplicationCommandOptionType.String,
      name: spec.query.name,
      description: spec.query.description,
      required: spec.query.required,
      autocomplete: spec.query.autocomplete,
      max_length: Math.min(MAX_QUERY_LENGTH, DISCORD_LIMITS.command.stringOptionLength),
    });
  }
  if (FILTERED.has(spec.name)) {
    options.push(
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.type,
        description: "Only incidents of this type",
        choices: INCIDENT_TYPES.map((t) => ({ name: t, value: t })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.response,
        description: "Only incidents where the host state's security forces responded so",
        choices: HOST_RESPONSES.filter((r) => r !== "unknown").map((r) => ({
          name: HOST_RESPONSE_LABELS[r],
          value: r,
        })),
      },
    );
  }
  options.push(
    {
      type: ApplicationCommandOptionType.Boolean,
      name: OPTION.public,
      description: "Post the answer in the channel (default: only you see it)",
    },
    {
      type: ApplicationCommandOptionType.User,
      name: OPTION.for,
      description: "Post the answer in the channel, addressed to this person (pings only them)",
    },
  );
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: spec.name,
    description: spec.description,
    options,
  };
}

/** The name of a subcommand's free-text option, as the command table declares it. */
export function queryOptionOf(subcommand: string): string {
  return PUBLIC_COMMANDS.find((c) => c.name === subcommand)?.query?.name ?? "query";
}
