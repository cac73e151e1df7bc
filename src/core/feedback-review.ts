/** A reader's own items (`my reports`) and the maintainers' review posts. */
import { emptyAnswer, type Answer } from "./answer.js";
import type { Command } from "./commands.js";

/** One of a person's reports, as the store gives it back. */
export interface FiledItem {
  id: number;
  kind: "report" | "suggestion";
  recordId: string | null;
  text: string;
  status: "open" | "accepted" | "rejected" | "fixed";
  note: string | null;
  createdAt: string;
}

const STATUS_WORDS: Record<FiledItem["status"], string> = {
  open: "waiting for review",
  accepted: "accepted",
  rejected: "not accepted",
  fixed: "fixed",
};

/** `my reports`: what a person filed, newest first, with what the maintainers did and said. */
export function myReportsAnswer(items: readonly FiledItem[]): Answer {
  const newest = [...items].sort((a, b) => b.id - a.id).slice(0, MY_REPORTS_SHOWN);
  return {
    ...emptyAnswer("notice", "Your reports and suggestions"),
    summary:
      items.length === 0
        ? "You have not reported anything yet. Every answer has a Report a problem button."
        : `${items.length} filed; the newest ${newest.length} below.`,
    facts: newest.map((item) => ({
      label: `#${item.id} ${item.kind}${item.recordId ? ` on ${item.recordId}` : ""} (${item.createdAt.slice(0, 10)})`,
      value: `${STATUS_WORDS[item.status]}${item.note ? `: ${item.note}` : ""}`,
    })),
  };
}

/** The newest this many are listed (the platforms cap fields). */
const MY_REPORTS_SHOWN = 10;

/** An item as the review channel shows it: everything a maintainer needs to decide. */
export interface ReviewedItem extends FiledItem {
  reason: string;
  url: string | null;
  platform: string;
  question: string | null;
  dataVersion: string;
}

export const REVIEW_DECISIONS = ["accepted", "rejected", "fixed"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The review channel's post for one item, with Accept / Reject / Fixed buttons that carry its number. */
export function reviewAnswer(item: ReviewedItem): Answer {
  const about = item.recordId ? ` on ${item.recordId}` : "";
  const facts = [
    { label: "Status", value: `${STATUS_WORDS[item.status]}${item.note ? `: ${item.note}` : ""}` },
    ...(item.kind === "report" ? [{ label: "Kind of problem", value: item.reason }] : []),
    ...(item.url ? [{ label: "Source link", value: item.url }] : []),
    {
      label: "From",
      value: `${item.platform}, ${item.createdAt.slice(0, 16).replace("T", " ")} UTC, data ${item.dataVersion}`,
    },
    ...(item.question ? [{ label: "Question asked", value: item.question }] : []),
  ];
  const decide = (decision: ReviewDecision, label: string) => ({
    type: "review" as const,
    label,
    command: { name: "review" as const, query: `${item.id} ${decision}` },
  });
  return {
    ...emptyAnswer("notice", `${item.kind === "report" ? "Report" : "Suggestion"} #${item.id}${about}`),
    summary: item.text,
    facts,
    actions: [decide("accepted", "Accept"), decide("rejected", "Reject"), decide("fixed", "Fixed")],
  };
}

/** A review button's value back to the item and the decision. */
export function readReviewCommand(command: Command): { id: number; decision: ReviewDecision } | undefined {
  const [id, decision] = command.query.trim().split(/\s+/);
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0 || !(REVIEW_DECISIONS as readonly string[]).includes(decision ?? ""))
    return undefined;
  return { id: n, decision: decision as ReviewDecision };
}

export const REVIEW_MESSAGES = {
  notMaintainer: "Only the maintainers can review reports here.",
  noSuchItem: (id: number) => `There is no item #${id} any more.`,
} as const;
