import type { RespondFn, webApi } from "@slack/bolt";
import type { Answer } from "../../core/index.js";
import { renderStatsChartPng, STATS_CHART_FILE } from "../../chart/stats-chart-png.js";
import { describe, redactTokens } from "./bolt-logger.js";
import type { AdapterLogger } from "./config.js";
import { LIMITS } from "./limits.js";
import { escapeMrkdwn, truncateMrkdwn } from "./mrkdwn.js";

/** Where the chart goes and how to tell the person if it cannot. */
export interface ChartTarget {
  channel: string;
  respond: RespondFn;
  logger: AdapterLogger | undefined;
}

/** Why Slack refused, by its error code, in words the person can act on (or pass to an admin). */
const SCOPE_ERRORS = new Set(["missing_scope", "not_allowed_token_type", "no_permission", "access_denied"]);
const CHANNEL_ERRORS = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_non_threadable_channel",
]);

/**
 * Uploads a stats answer's chart into the channel it was asked in, with files upload v2
 * (files.getUploadURLExternal → the bytes to the returned URL → files.completeUploadExternal:
 * https://docs.slack.dev/messaging/working-with-files#uploading_files). Called after the ack, so the
 * text answer never waits for it. A refusal loses nothing: the counts are already in the answer,
 * and the person gets a short private note saying why the picture is missing.
 */
export async function uploadStatsChart(
  client: webApi.WebClient,
  answer: Answer,
  target: ChartTarget,
): Promise<void> {
  try {
    const png = renderStatsChartPng(answer);
    if (!png) return;
    await client.filesUploadV2({
      channel_id: target.channel,
      file: png,
      filename: STATS_CHART_FILE,
      title: answer.title,
      alt_text: `Bar charts of ${answer.summary ?? answer.title}`.slice(0, 1000),
      initial_comment: chartComment(answer),
    });
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    target.logger?.warn(redactTokens(`Slack chart upload failed: ${describe(error)}`));
    await target
      .respond({ response_type: "ephemeral", replace_original: false, text: chartNotice(code) })
      .catch((e: unknown) => target.logger?.warn(redactTokens(`Slack chart notice failed: ${describe(e)}`)));
  }
}

/** The line above the picture: what was counted. User words are escaped, so nothing pings or links. */
function chartComment(answer: Answer): string {
  const line = `Chart for *${escapeMrkdwn(answer.title)}*: ${escapeMrkdwn(answer.summary ?? "")}`;
  return truncateMrkdwn(line, LIMITS.fallbackText);
}

/** The private note when the picture could not be posted; the counts above it stand. */
export function chartNotice(code: unknown): string {
  const why = SCOPE_ERRORS.has(String(code))
    ? "this Slack app is not allowed to upload files (a workspace admin can add the `files:write` scope and reinstall it)"
    : CHANNEL_ERRORS.has(String(code))
      ? "I can't post files in this conversation (direct messages, and channels I haven't been added to): invite me, or ask in a channel I'm in"
      : "Slack did not take the upload just now; try again in a moment";
  return `The chart image could not be posted: ${why}. The counts in the answer are complete.`;
}
