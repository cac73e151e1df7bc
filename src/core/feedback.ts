import { emptyAnswer, type Answer } from "./answer.js";
import type { Command } from "./commands.js";
import type { Dataset } from "./dataset/dataset.js";
import { checkUrl, describeUrlProblem } from "./dataset/source-policy.js";
import { fail, ok, type Result } from "./result.js";
import { countCharacters } from "./text/graphemes.js";

/** Why a record is reported; the Slack and Discord forms offer these. */
export const REPORT_REASONS = [
  "wrong-date",
  "wrong-place",
  "wrong-toll",
  "wrong-host-response",
  "bad-source",
  "missing-fact",
  "other",
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  "wrong-date": "Wrong date",
  "wrong-place": "Wrong place",
  "wrong-toll": "Wrong toll",
  "wrong-host-response": "Wrong host response",
  "bad-source": "Bad source",
  "missing-fact": "Missing fact",
  other: "Other",
};

/** Longest report or suggestion kept, in characters (code points); longer is refused with a message, never cut. */
export const MAX_FEEDBACK_TEXT = 2000;

/** A report or suggestion as read from a person, before it is stored. */
export interface FeedbackDraft {
  kind: "report" | "suggestion";
  recordId: string | null;
  reason: ReportReason;
  text: string;
  url: string | null;
}

export type FeedbackError =
  | { code: "no-record"; id: string }
  | { code: "no-text"; kind: FeedbackDraft["kind"] }
  | { code: "too-long"; length: number }
  | { code: "bad-url"; problem: string };

/**
 * `report <record id> <text>` and `suggest <text>` (a source link anywhere in the text), or the
 * fields of a form: checked against the data and the source policy, nothing stored yet.
 */
export function readFeedback(
  dataset: Dataset,
  input: {
    kind: FeedbackDraft["kind"];
    recordId?: string;
    reason?: ReportReason;
    text: string;
    url?: string;
  },
): Result<FeedbackDraft, FeedbackError> {
  const text = input.text.trim();
  const length = countCharacters(text);
  if (length > MAX_FEEDBACK_TEXT) return fail({ code: "too-long", length });
  if (text === "") return fail({ code: "no-text", kind: input.kind });
  if (input.kind === "report") {
    const id = (input.recordId ?? "").trim();
    if (!dataset.incidentById.has(id) && !dataset.dutyById.has(id)) return fail({ code: "no-record", id });
    return ok({ kind: "report", recordId: id, reason: input.reason ?? "other", text, url: null });
  }
  const url = input.url?.trim() || (/https?:\/\/\S+/i.exec(text)?.[0] ?? null);
  if (url !== null) {
    const problem = checkUrl(url, dataset.sourcePolicy);
    if (problem) return fail({ code: "bad-url", problem: describeUrlProblem(problem) });
  }
  return ok({ kind: "suggestion", recordId: null, reason: "other", text, url });
}

/** A typed `report …` / `suggest …` command, read into the same input as a form's. */
export function feedbackInputOf(command: Command): Parameters<typeof readFeedback>[1] | undefined {
  if (command.name === "suggest") return { kind: "suggestion", text: command.query };
  if (command.name !== "report") return undefined;
  const [recordId = "", ...rest] = command.query.trim().split(/\s+/);
  return { kind: "report", recordId, text: rest.join(" ") };
}

export function describeFeedbackError(error: FeedbackError): string {
  switch (error.code) {
    case "no-record":
      return `I have no record "${error.id}". Use the Report button under an answer, or "report <record id> <what is wrong>".`;
    case "no-text":
      return error.kind === "report"
        ? 'Say what is wrong after the record id, for example "report tehran-us-1979 the seizure began on 4 November".'
        : 'Say what happened, when and where, with a link to a report, for example "suggest Embassy of X in Y stormed, March 2025 https://…".';
    case "too-long":
      return `That is ${error.length} characters; a report or suggestion can have at most ${MAX_FEEDBACK_TEXT}. Keep the essentials and a link.`;
    case "bad-url":
      return `That link cannot be a source: ${error.problem}. Link to the original publisher's page.`;
  }
}

/** Said only once the item is stored. */
export function feedbackThanksAnswer(kind: FeedbackDraft["kind"], id: number): Answer {
  return {
    ...emptyAnswer("notice", kind === "report" ? `Thank you: report #${id}` : `Thank you: suggestion #${id}`),
    summary: `Stored as #${id}. A maintainer reviews every ${kind}, and the data is corrected where you are right.`,
  };
}

export function feedbackRefusedAnswer(message: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary: message };
}

export const FEEDBACK_MESSAGES = {
  rateLimited: (limit: number) =>
    `Thanks, that's enough for now: at most ${limit} reports or suggestions an hour. Try again later.`,
  storeUnreadable: (reference: string) =>
    `The database is not answering just now; try again in a moment (reference ${reference}).`,
  storeDown: (kind: FeedbackDraft["kind"], reference: string) =>
    `The database is not answering, so I kept your ${kind} in a local file for the maintainers to load later (reference ${reference}). Nothing is lost.`,
} as const;
