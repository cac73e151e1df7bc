import type { InteractionReplyOptions } from "discord.js";
import type { Answer } from "../../core/index.js";
import { renderStatsChartPng, STATS_CHART_FILE } from "../../chart/stats-chart-png.js";
import type { Logger } from "./config.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { DiscordReply } from "./render.js";

/** Said above the counts when Discord refused the reply with the picture and took it without. */
export const CHART_REFUSED =
  "The chart image could not be attached this time; the counts below are complete.";

/** The part of a discord.js interaction this needs. */
export interface Repliable {
  reply(options: InteractionReplyOptions): Promise<unknown>;
  readonly replied: boolean;
}

/**
 * Replies with a stats answer's chart attached (the embed shows it as its image:
 * https://discord.com/developers/docs/reference#attachment-embed-image). If Discord refuses the
 * upload, the same reply goes again without the file and says so: the counts are all in the embed,
 * so nothing is lost. Any other answer is sent as it is.
 */
export async function replyWithStatsChart(
  interaction: Repliable,
  reply: DiscordReply,
  answer: Answer,
  logger?: Logger,
): Promise<void> {
  const charted = attachStatsChart(reply, answer, logger);
  if (charted === reply) return void (await interaction.reply(reply));
  try {
    await interaction.reply(charted);
  } catch (error) {
    if (interaction.replied) throw error;
    logger?.warn({ err: error }, "discord stats chart refused; replying without it");
    const lines = [reply.content, CHART_REFUSED].filter(Boolean);
    await interaction.reply({ ...reply, content: lines.join("\n") });
  }
}

/** The reply with the chart as `stats.png`, shown as the embed's image; unchanged when there is no chart to send. */
export function attachStatsChart(reply: DiscordReply, answer: Answer, logger?: Logger): DiscordReply {
  if (!answer.stats) return reply;
  let png: Buffer | undefined;
  try {
    png = renderStatsChartPng(answer);
  } catch (error) {
    logger?.warn({ err: error }, "discord stats chart not drawn");
  }
  const [embed, ...rest] = reply.embeds;
  if (!png || !embed || png.length > DISCORD_LIMITS.message.fileBytes) return reply;
  return {
    ...reply,
    embeds: [{ ...embed, image: { url: `attachment://${STATS_CHART_FILE}` } }, ...rest],
    files: [
      {
        attachment: png,
        name: STATS_CHART_FILE,
        description: `Bar charts: ${answer.title}`.slice(0, 1024),
      },
    ],
  };
}
