import type { Interaction } from "discord.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import { slowDownAnswer } from "../../limits/slow-down.js";
import { renderDiscordReply } from "./render.js";

/**
 * Commands, buttons, menus and forms count against the person's and the server's limits before the
 * core runs; autocomplete does not (Discord sends it on every keystroke, and it is never answered
 * with a message). A refused interaction gets a private "slow down, try again in N s", never
 * silence; the limiter answers within a second, inside Discord's 3 s.
 * Returns whether the interaction was answered here.
 */
export async function answeredAsLimited(interaction: Interaction, limiter: RateLimiter): Promise<boolean> {
  if (interaction.isAutocomplete() || !interaction.isRepliable()) return false;
  const decision = await limiter.check({
    platform: "discord",
    workspace: interaction.guildId,
    user: interaction.user.id,
  });
  if (decision.ok) return false;
  await interaction.reply(
    renderDiscordReply(slowDownAnswer(decision.retryAfterSeconds), { ephemeral: true }),
  );
  return true;
}
