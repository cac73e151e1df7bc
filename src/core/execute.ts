import { emptyAnswer, type Answer } from "./answer.js";
import type { Command } from "./commands.js";
import { citeAnswer } from "./compose/cite-answer.js";
import { readingListAnswer } from "./compose/count-answer.js";
import { compareAnswer } from "./compose/compare-answer.js";
import { comparesLaw } from "./compare.js";
import { statsAnswer } from "./compose/stats-answer.js";
import { helpAnswer } from "./compose/help-answer.js";
import { pagedAnswer, displayScore } from "./compose/list-answer.js";
import { quizAnswer, readAnswerQuery } from "./compose/quiz-answer.js";
import { recordAnswer, relatedRefs, resultItemOf } from "./compose/record-answer.js";
import type { Desk } from "./desk.js";
import { findRecords, type FindError, type Found } from "./find-records.js";
import { describeQueryError, MESSAGES } from "./messages.js";
import type { SearchRecord } from "./search/search-index.js";

/**
 * Every front end's single entry point: a command in, a plain Answer out, stamped with the data
 * version it comes from. Never throws on user input.
 */
export function execute(desk: Desk, command: Command): Answer {
  return { ...answerFor(desk, command), data: desk.dataset.version };
}

function answerFor(desk: Desk, command: Command): Answer {
  switch (command.name) {
    case "help":
      return helpAnswer(desk.dataset);
    case "quiz":
      return quizAnswer(desk, command.query, command.seed ?? 0);
    case "answer": {
      const { chosen, quizText } = readAnswerQuery(command.query);
      if (!Number.isInteger(chosen)) return errorAnswer(MESSAGES.badQuizAnswer);
      return quizAnswer(desk, quizText, command.seed ?? 0, chosen);
    }
    case "show": {
      const item = lookup(desk, command.query);
      return item ? recordAnswer(desk.dataset, item) : errorAnswer(MESSAGES.unknownRecord(command.query));
    }
    case "related":
      return relatedAnswer(desk, command.query);
    case "cite":
      return citeRecordAnswer(desk, command);
    case "stats": {
      const answer = statsAnswer(desk, command);
      if (!("error" in answer)) return answer;
      return errorAnswer(
        answer.error === "not-understood"
          ? MESSAGES.statsNotUnderstood(command.query.trim())
          : describeQueryError(answer.error),
      );
    }
    case "compare":
      // Two rules are searched for as any question is: read once here, not again as a compare.
      return comparesLaw(desk, command.query)
        ? searchAnswer(desk, { ...command, name: "search" })
        : compareAnswer(desk, command);
    case "report":
    case "suggest":
    case "my":
    case "review":
      // Stored by the front end (it owns the database); reaching here means it has none.
      return errorAnswer(MESSAGES.noStore);
    default:
      return searchAnswer(desk, command);
  }
}

function searchAnswer(desk: Desk, command: Command): Answer {
  const found = findRecords(desk, command);
  if (!found.ok) return errorAnswer(describeFindError(found.error, command));
  const answer = answerFound(desk, command, found.value);
  const { partial, elsewhere, alike } = found.value;
  // First, so the reader sees that the answer rests on part of the message, or is not where or
  // when it was asked.
  const notes = [
    ...(partial ? [{ label: "Read", value: MESSAGES.partlyRead(partial.read, partial.of) }] : []),
    ...(elsewhere ? [{ label: "Note", value: MESSAGES.closestElsewhere }] : []),
    ...(alike ? [{ label: "Note", value: MESSAGES.precedentsAlike }] : []),
  ];
  const read = notes.length > 0 ? { ...answer, facts: [...notes, ...answer.facts] } : answer;
  return found.value.reading ? { ...read, intent: found.value.reading.intent } : read;
}

function answerFound(desk: Desk, command: Command, found: Found): Answer {
  const { hits, suggestions, reading, count, alsoOfType } = found;
  if (reading && count !== undefined && (reading.intent === "count" || hits.length > 0))
    return readingListAnswer(desk.dataset, command, hits, reading, count, alsoOfType);
  if (hits.length === 0) {
    return {
      ...emptyAnswer("no-match", "No confident match"),
      summary: MESSAGES.noMatch,
      suggestions: suggestions.map((s) => s.doc.item.record.title),
      results: suggestions.map((s) => resultItemOf(s.doc.item, displayScore(s))),
      // The button carries nothing the person typed: a value is never shown, but none travels in it.
      actions: [{ type: "suggest", label: "Suggest an incident", command: { name: "suggest", query: "" } }],
    };
  }
  const title = command.name === "timeline" ? `Timeline: ${command.query}` : command.query;
  return pagedAnswer(desk.dataset, command, hits, title);
}

/** Cite takes a record id (what the Cite button sends) or a search, whose best match is cited. */
function citeRecordAnswer(desk: Desk, command: Command): Answer {
  const byId = lookup(desk, command.query.trim());
  if (byId) return citeAnswer(byId, desk.dataset.version);
  const found = findRecords(desk, command);
  if (!found.ok) return errorAnswer(describeFindError(found.error, command));
  const best = found.value.hits[0];
  if (!best) return errorAnswer(MESSAGES.nothingToCite(command.query));
  return citeAnswer(best.doc.item, desk.dataset.version);
}

function relatedAnswer(desk: Desk, id: string): Answer {
  const item = lookup(desk, id);
  if (!item) return errorAnswer(MESSAGES.unknownRecord(id));
  const refs = relatedRefs(desk.dataset, item, 10);
  return {
    ...emptyAnswer("list", `Related to: ${item.record.title}`),
    summary:
      item.kind === "incident"
        ? "The law this incident engaged."
        : "Incidents where this was at stake, and related law.",
    results: refs.map((ref) => resultItemOf(lookup(desk, ref.id)!, 1)),
  };
}

function lookup(desk: Desk, id: string): SearchRecord | undefined {
  const incident = desk.dataset.incidentById.get(id);
  if (incident) return { kind: "incident", record: incident };
  const duty = desk.dataset.dutyById.get(id);
  return duty ? { kind: "duty", record: duty } : undefined;
}

export function describeFindError(error: FindError, command: Command): string {
  switch (error.code) {
    case "empty-query":
      return MESSAGES.emptyQuery(command.name === "search" ? "/embassy" : `/embassy ${command.name}`);
    case "too-long":
      return MESSAGES.tooLong(error.max, error.length);
    case "timeline-not-understood":
      return MESSAGES.timelineNotUnderstood(error.query);
    default:
      return describeQueryError(error);
  }
}

function errorAnswer(message: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary: message };
}
