import { Client, GatewayIntentBits, Options } from "discord.js";
import { DEFAULT_DISCORD_API_URL } from "./config.js";

/**
 * A lean gateway client: interactions need only the Guilds intent (no privileged intents), and
 * nothing the bot never reads is cached, so memory stays flat however many servers it is in.
 * Intents: https://discord.com/developers/docs/events/gateway#gateway-intents
 */
export function createDiscordClient(apiUrl: string = DEFAULT_DISCORD_API_URL): Client {
  const keepSelf = {
    maxSize: 0,
    keepOverLimit: (entry: { id: string; client: Client }) => entry.id === entry.client.user?.id,
  };
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // The gateway URL is whatever this REST base's GET /gateway/bot returns, so one setting moves both.
    rest: { api: apiUrl.replace(/\/+$/, "") },
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: keepSelf,
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: keepSelf,
      VoiceStateManager: 0,
    }),
  });
}
