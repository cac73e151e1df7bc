import type { Answer } from "../../core/index.js";
import { renderStatsChartPng, STATS_CHART_FILE } from "../../chart/stats-chart-png.js";
import type { Logger } from "./config.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { DiscordReply } from "./render.js";

/**
 * A stats answer's reply carries its chart as an attachment, shown as the embed's image
 * (https://discord.com/developers/docs/reference#attachment-embed-image). If the picture cannot be
 * drawn, or would exceed the upload limit, the counts go out alone: they are all in the embed.
 */
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
      { attachment: png, name: STATS_CHART_FILE, description: `Bar charts: ${answer.title}`.slice(0, 1024) },
    ],
  };
}
