import { randomInt } from "node:crypto";

/** Payload factories shaped like Slack's, each taking overrides (as bolt-js's own tests do). */

/**
 * Slack gives every slash command, click and submission its own trigger id and timestamp, so no two
 * requests have the same body (and signature): a copy is a replay, which the app refuses.
 */
function unique(prefix: string): string {
  return `${prefix}.${Date.now()}${randomInt(1_000_000)}`;
}

export const TEAM = { id: "T0TEST", domain: "newsroom" };
export const USER = { id: "U0ASKER", name: "reporter", username: "reporter", team_id: "T0TEST" };

export function createDummySlashCommand(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: "C0NEWS",
    channel_name: "foreign-desk",
    user_id: USER.id,
    user_name: USER.name,
    command: "/embassy",
    text,
    api_app_id: "A0EMBASSY",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: unique("111.222"),
    ...overrides,
  };
}

export function createDummyBlockAction(
  actionId: string,
  value: string,
  responseUrl: string,
  user: typeof USER = USER,
): Record<string, unknown> {
  return {
    type: "block_actions",
    team: TEAM,
    user,
    api_app_id: "A0EMBASSY",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0NEWS", is_ephemeral: true },
    trigger_id: "333.444.button",
    channel: { id: "C0NEWS", name: "foreign-desk" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button" },
        value,
        action_ts: unique("1700000001"),
      },
    ],
  };
}

export function createDummyMessageShortcut(
  text: string,
  responseUrl: string,
  message: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: "message_action",
    callback_id: "embassy_context",
    trigger_id: "555.666.shortcut",
    message_ts: "1700000000.000300",
    response_url: responseUrl,
    team: TEAM,
    user: USER,
    channel: { id: "C0NEWS", name: "foreign-desk" },
    token: "legacy-verification-token",
    action_ts: unique("1700000002"),
    message: { type: "message", user: "U0OTHER", ts: "1700000000.000300", text, ...message },
  };
}

export function createDummyHomeOpened(userId = USER.id): Record<string, unknown> {
  return {
    token: "legacy-verification-token",
    team_id: TEAM.id,
    api_app_id: "A0EMBASSY",
    type: "event_callback",
    event_id: "Ev0HOME",
    event_time: 1700000000,
    event: {
      type: "app_home_opened",
      user: userId,
      channel: "D0HOME",
      tab: "home",
      event_ts: "1700000000.000500",
    },
    authorizations: [{ team_id: TEAM.id, user_id: "UBOT", is_bot: true, enterprise_id: null }],
  };
}

/** A submitted modal: `values` as Slack sends them, block id → action id → value. */
export function createDummyViewSubmission(
  callbackId: string,
  privateMetadata: string,
  values: Record<string, Record<string, unknown>>,
): Record<string, unknown> {
  return {
    type: "view_submission",
    team: TEAM,
    user: USER,
    api_app_id: "A0EMBASSY",
    token: "legacy-verification-token",
    trigger_id: unique("555.666"),
    view: {
      id: "V0FORM",
      type: "modal",
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values },
      hash: "1700000000.abc",
    },
  };
}
