import { REST, Routes, type APIApplication, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import { buildDiscordCommands } from "./commands.js";
import { DEFAULT_DISCORD_API_URL } from "./config.js";

export interface RegisterOptions {
  token: string;
  /** When absent, read from the token's own application (GET /applications/@me). */
  applicationId?: string;
  /** Guild commands appear at once in that server; global ones everywhere, after Discord propagates them. */
  guildId?: string;
  apiUrl?: string;
}

export interface Registered {
  scope: "guild" | "global";
  applicationId: string;
  names: string[];
}

/**
 * Replaces the application's commands with ours in one bulk overwrite, so renamed or removed
 * commands disappear: https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST({ api: (options.apiUrl ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, "") }).setToken(
    options.token,
  );
  const applicationId =
    options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body: RESTPostAPIApplicationCommandsJSONBody[] = buildDiscordCommands();
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: options.guildId ? "guild" : "global", applicationId, names: saved.map((c) => c.name) };
}
