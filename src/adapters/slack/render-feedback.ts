import type { types } from "@slack/bolt";
import {
  MAX_FEEDBACK_TEXT,
  REPORT_REASON_LABELS,
  REPORT_REASONS,
  type Answer,
  type ReportReason,
} from "../../core/index.js";
import { section } from "./blocks.js";
import { LIMITS } from "./limits.js";
import { escapeMrkdwn, truncateMrkdwn, truncatePlain } from "./mrkdwn.js";

/** The modal's callback id (app.view). */
export const FEEDBACK_VIEW = "embassy_feedback";

/** What the modal carries from the click to the submission (private_metadata, ≤ 3,000 characters). */
export interface FeedbackMetadata {
  kind: "report" | "suggestion";
  recordId?: string;
  question?: string;
  channel?: string;
  shown?: string[];
}

const METADATA_LIMIT = 3000;

/** A form: for a report, the reason and what is wrong; for a suggestion, the event and a source link. */
export function renderFeedbackModal(meta: FeedbackMetadata, recordTitle?: string): types.ModalView {
  const textInput = (label: string, placeholder: string): types.InputBlock => ({
    type: "input",
    block_id: "text",
    label: { type: "plain_text", text: label },
    element: {
      type: "plain_text_input",
      action_id: "value",
      multiline: true,
      max_length: MAX_FEEDBACK_TEXT,
      placeholder: { type: "plain_text", text: placeholder },
    },
  });
  const blocks: types.KnownBlock[] =
    meta.kind === "report"
      ? [
          section(
            truncateMrkdwn(
              `Reporting a problem with *${escapeMrkdwn(recordTitle ?? meta.recordId ?? "")}*`,
              LIMITS.sectionText,
            ),
          ),
          {
            type: "input",
            block_id: "reason",
            label: { type: "plain_text", text: "What kind of problem" },
            element: {
              type: "static_select",
              action_id: "value",
              options: REPORT_REASONS.map((r) => ({
                text: { type: "plain_text", text: REPORT_REASON_LABELS[r] },
                value: r,
              })),
            },
          },
          textInput("What is wrong", "The seizure began on 4 November, not 5 (source: …)"),
        ]
      : [
          textInput("What happened, when and where", "Embassy of X in Y stormed by protesters, March 2025"),
          {
            type: "input",
            block_id: "url",
            optional: true,
            label: { type: "plain_text", text: "Source link (the original publisher's page)" },
            element: { type: "url_text_input", action_id: "value" },
          },
        ];
  return {
    type: "modal",
    callback_id: FEEDBACK_VIEW,
    title: { type: "plain_text", text: meta.kind === "report" ? "Report a problem" : "Suggest an incident" },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Cancel" },
    private_metadata: metadataOf(meta),
    blocks,
  };
}

/** The thank-you (or the reason nothing was stored), in place of the form. */
export function renderFeedbackOutcome(answer: Answer): types.ModalView {
  return {
    type: "modal",
    title: {
      type: "plain_text",
      text: truncatePlain(answer.kind === "notice" ? "Thank you" : "Not sent", LIMITS.viewTitle),
    },
    close: { type: "plain_text", text: "Close" },
    blocks: [
      section(truncateMrkdwn(escapeMrkdwn(`${answer.title}. ${answer.summary ?? ""}`), LIMITS.sectionText)),
    ],
  };
}

interface SubmittedView {
  private_metadata?: string;
  state?: {
    values?: Record<
      string,
      Record<string, { value?: string | null; selected_option?: { value?: string } | null }>
    >;
  };
}

/** The submitted form back to what the reader said; undefined when the payload is not ours. */
export function readFeedbackSubmission(
  view: SubmittedView,
): { meta: FeedbackMetadata; text: string; reason?: ReportReason; url?: string } | undefined {
  let meta: FeedbackMetadata;
  try {
    meta = JSON.parse(view.private_metadata ?? "") as FeedbackMetadata;
  } catch {
    return undefined;
  }
  if (meta?.kind !== "report" && meta?.kind !== "suggestion") return undefined;
  const values = view.state?.values ?? {};
  const text = values.text?.value?.value ?? "";
  const reason = values.reason?.value?.selected_option?.value;
  const url = values.url?.value?.value ?? undefined;
  return {
    meta,
    text,
    ...(reason && (REPORT_REASONS as readonly string[]).includes(reason)
      ? { reason: reason as ReportReason }
      : {}),
    ...(url ? { url } : {}),
  };
}

/** Keeps the question short enough that the metadata always fits. */
function metadataOf(meta: FeedbackMetadata): string {
  const text = JSON.stringify(meta);
  if (text.length <= METADATA_LIMIT) return text;
  return JSON.stringify({ ...meta, question: meta.question?.slice(0, 500), shown: meta.shown?.slice(0, 20) });
}
