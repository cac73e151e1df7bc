import { Routes, type REST } from "discord.js";
import type { RoundPoster } from "../../quiz/round-service.js";
import { renderDiscordReply } from "./render.js";

/** Round questions and scores are channel messages, posted with the bot token; nothing in them may ping. */
export function roundPosterFor(rest: Pick<REST, "post">): RoundPoster {
  return async (post) => {
    const { embeds, components } = renderDiscordReply(post.answer, { ephemeral: false });
    await rest.post(Routes.channelMessages(post.channel), {
      body: { embeds, components, allowed_mentions: { parse: [] } },
    });
  };
}
