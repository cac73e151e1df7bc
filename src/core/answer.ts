import type { Command } from "./commands.js";
import type { DataVersion } from "./dataset/data-version.js";
import type { Intent } from "./query/read-question.js";
import type { IncidentStats } from "./stats.js";

/** A neutral, serialisable answer: every front end renders it, none needs more than this. */
export interface Answer {
  kind: "record" | "list" | "help" | "quiz" | "citation" | "notice" | "no-match" | "error";
  title: string;
  /** Prose in the project's own words (a summary, an explanation, an error said kindly). */
  summary?: string;
  /** Short labelled facts ("Date", "Host response"). */
  facts: Fact[];
  /** Verbatim treaty text, when the record is a treaty article. */
  quote?: { text: string; source: string };
  citations: Citation[];
  /** The list part of a list answer, or "other matches" under a record answer. */
  results: ResultItem[];
  related: RecordRef[];
  /** "Did you mean" query suggestions for a no-match answer. */
  suggestions: string[];
  actions: Action[];
  page?: { number: number; of: number };
  quiz?: QuizQuestion;
  /** A citation answer's ready-to-paste lines: the record, then one line per source. */
  paste?: string[];
  /** Lists and counts: how many incidents in the data match (the results are a page of them). */
  count?: number;
  /** A stats answer's counts (the `stats` contract of `ask --json`), for charts. */
  stats?: IncidentStats;
  /** The data the answer comes from; every answer of execute() carries it, for the footer. */
  data?: DataVersion;
  /** How a search read the question (lookup, legal, list, count, off-topic): for the operators' logs. */
  intent?: Intent;
}

export interface Fact {
  label: string;
  value: string;
}

export interface Citation {
  title: string;
  publisher: string;
  date: string | null;
  url: string;
  archiveUrl?: string;
}

export interface RecordRef {
  kind: "incident" | "duty";
  id: string;
  title: string;
}

export interface ResultItem extends RecordRef {
  /** One line: date and place for incidents, instrument and article for duties. */
  line: string;
  score: number;
}

export interface Action {
  type:
    | "next-page"
    | "related"
    | "show"
    | "cite"
    | "report"
    | "suggest"
    | "review"
    | "share"
    | "quiz-answer"
    | "quiz-next";
  label: string;
  command: Command;
}

export interface QuizQuestion {
  question: string;
  options: string[];
  /** Set once the person has answered. */
  outcome?: { chosen: number; correct: number; explanation: string };
}

export function emptyAnswer(kind: Answer["kind"], title: string): Answer {
  return { kind, title, facts: [], citations: [], results: [], related: [], suggestions: [], actions: [] };
}
