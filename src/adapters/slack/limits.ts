/**
 * Slack's Block Kit and messaging limits, as data. Payloads over a limit are rejected by Slack
 * (`invalid_blocks`), so the renderer trims to these numbers instead.
 */
export const LIMITS = {
  /** https://docs.slack.dev/reference/block-kit/blocks ("up to 50 blocks in each message") */
  messageBlocks: 50,
  /** https://docs.slack.dev/reference/block-kit/blocks ("up to 100 blocks in modals or Home tabs") */
  viewBlocks: 100,
  /** https://docs.slack.dev/reference/block-kit/blocks/section-block */
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  /** https://docs.slack.dev/reference/block-kit/blocks/header-block */
  headerText: 150,
  /** https://docs.slack.dev/reference/block-kit/blocks/context-block */
  contextElements: 10,
  contextText: 3000,
  /** https://docs.slack.dev/reference/block-kit/blocks/actions-block */
  actionsElements: 25,
  /** https://docs.slack.dev/reference/block-kit/block-elements/button-element */
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** https://docs.slack.dev/reference/views ("title": plain text, max 24 characters) */
  viewTitle: 24,
  /**
   * https://docs.slack.dev/reference/methods/chat.postMessage: `text` is truncated past 40,000
   * characters and should stay under 4,000; with blocks it is only the notification line.
   */
  fallbackText: 4000,
} as const;

/** Answering over a response_url: https://docs.slack.dev/interactivity/handling-user-interaction (5 uses in 30 minutes). */
export const RESPONSE_URL_LIFETIME_MINUTES = 30;
