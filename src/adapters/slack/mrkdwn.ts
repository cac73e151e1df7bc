import { cutToLength } from "../../core/index.js";
/**
 * Text for Slack's mrkdwn. Every piece of text that is not our own markup goes through
 * `escapeMrkdwn`, so `<!channel>`, `<@U123>` or `<https://evil|x>` arrive as inert characters.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping-text
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** What a person typed, as Slack escaped it in a slash command or message: back to plain text. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** A link we build ourselves from a dataset URL (already validated as http(s) at load). */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
  return `<${safeUrl}|${escapeMrkdwn(label)}>`;
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

/**
 * Cuts escaped text to `max` characters, ending in "…" and, when given, a link to the full text.
 * Never leaves half an entity (`&am`) at the cut.
 */
export function truncateMrkdwn(escaped: string, max: number, moreUrl?: string): string {
  if (escaped.length <= max) return escaped;
  const suffix = moreUrl ? `… ${mrkdwnLink(moreUrl, "read more")}` : "…";
  const room = Math.max(0, max - suffix.length);
  const cut = cutToLength(escaped, room).replace(/&[a-z]{0,4}$/, "");
  return `${cut.trimEnd()}${suffix}`;
}

/** Plain text (headers, buttons) is never parsed for mentions or links; it only has to fit. */
export function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${cutToLength(text, max - 1).trimEnd()}…`;
}
