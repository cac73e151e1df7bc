import { emptyAnswer, type Action, type Answer } from "../answer.js";
import type { QuizItem, QuizLevel } from "../quiz/quiz-item.js";
import { roundCommands, type RoundRequestError } from "../quiz/round-request.js";
import { cutToLength } from "../text/graphemes.js";
import { countOf } from "./count-of.js";

/** What the answers need to know of a round; the store keeps more. */
export interface RoundView {
  id: number;
  size: number;
  /** 0-based index of the question being asked (or the last one asked, once the round is over). */
  index: number;
  starterName: string;
  topic: string | null;
  level: QuizLevel | null;
  /** How long each question stays open. */
  seconds: number;
}

/** One person's line on a scoreboard. Names are shown as plain text, never as a mention. */
export interface ScoreLine {
  name: string;
  right: number;
  answered: number;
}

/** Longest name shown on a scoreboard; a display name is a label, not a paragraph. */
const MAX_NAME = 60;
/** Lines on a scoreboard: fits Slack's section fields and Discord's embed fields with room to spare. */
export const SCOREBOARD_LINES = 10;

export const QUIZ_ROUND_MESSAGES = {
  badSize: (max: number) => `A round has 1 to ${max} questions, e.g. "quiz round 5 africa".`,
  badButton: "That button is out of date. Start a round with /embassy quiz round.",
  busy: (round: RoundView) =>
    `A quiz round is already running here (question ${round.index + 1} of ${round.size}, started by ${plainName(round.starterName)}). ` +
    `Answer it, or its starter can end it with "quiz stop".`,
  noQuestion: (why: string) => `I could not start a round: ${why}`,
  notStarterNext: (starter: string) => `Only ${plainName(starter)}, who started this round, can move it on.`,
  notStarterStop: (starter: string) => `Only ${plainName(starter)}, who started this round, can stop it.`,
  nothingToStop: "No quiz round is running here.",
  over: "That round is over. Start another with /embassy quiz round.",
  closed: (round: RoundView) =>
    `That question has closed; the round is at question ${round.index + 1} of ${round.size}.`,
  already: (option: string) => `You already answered this question (${option}). One answer each.`,
  storeDown: (reference: string) =>
    `Quiz rounds need the database, which is not answering. Try again in a minute (reference ${reference}).`,
} as const;

export function describeRoundRequestError(error: RoundRequestError): string {
  return error.code === "bad-size" ? QUIZ_ROUND_MESSAGES.badSize(error.max) : QUIZ_ROUND_MESSAGES.badButton;
}

/** A name as text: one line, no longer than MAX_NAME; the renderers escape it like any other text. */
export function plainName(name: string): string {
  const line = name.replace(/\s+/g, " ").trim();
  return cutToLength(line, MAX_NAME) || "someone";
}

function describeRound(round: Pick<RoundView, "size" | "topic" | "level">): string {
  const on = round.topic ? ` on ${round.topic}` : "";
  const level = round.level ? ` (${round.level})` : "";
  return `${countOf(round.size, "question")}${on}${level}`;
}

/** The private reply to the person who started a round; the question itself goes to the channel. */
export function roundStartedAnswer(round: RoundView): Answer {
  return {
    ...emptyAnswer("notice", "Quiz round started"),
    summary:
      `A round of ${describeRound(round)} has started here. Everyone answers with the buttons, once per question. ` +
      `Each question closes after ${round.seconds} seconds, or when you press Next; Stop ends the round.`,
  };
}

/** A question as posted in the channel: answer buttons for everyone, Next and Stop for the starter. */
export function roundQuestionAnswer(round: RoundView, item: QuizItem): Answer {
  const answers: Action[] = item.options.map((label, choice) => ({
    type: "quiz-answer",
    label,
    command: roundCommands.answer(round.id, round.index, choice),
  }));
  const last = round.index + 1 >= round.size;
  return {
    ...emptyAnswer("quiz", `Quiz round: question ${round.index + 1} of ${round.size}`),
    quiz: { question: item.question, options: item.options },
    summary:
      `One answer each; the answer is shown when the question closes, after ${round.seconds} seconds ` +
      `or when its starter (${plainName(round.starterName)}) presses ${last ? "Finish" : "Next"}.`,
    actions: [
      ...answers,
      {
        type: "quiz-next",
        label: last ? "Finish" : "Next",
        command: roundCommands.next(round.id, round.index),
      },
      { type: "quiz-next", label: "Stop", command: roundCommands.stop(round.id) },
    ],
  };
}

/** Posted when a question closes: the right answer, why, and how many got it. */
export function roundRevealAnswer(
  round: Pick<RoundView, "size">,
  index: number,
  item: QuizItem,
  tally: { answered: number; right: number },
): Answer {
  const right = item.options[item.correct] ?? "";
  const who =
    tally.answered === 0 ? "Nobody answered." : `${tally.right} of ${tally.answered} answered right.`;
  return {
    ...emptyAnswer("notice", `Question ${index + 1} of ${round.size}: the answer`),
    summary: `${item.question}\nAnswer: ${right}. ${who} ${item.explanation}`,
    citations: [item.source],
  };
}

/** The scoreboard when a round ends, finished or stopped. */
export function roundScoreboardAnswer(
  round: Pick<RoundView, "size" | "index" | "topic" | "level">,
  ended: "finished" | "stopped",
  lines: readonly ScoreLine[],
): Answer {
  const asked = round.index + 1;
  const title = ended === "finished" ? "Quiz round over: scores" : "Quiz round stopped: scores";
  const what =
    ended === "finished"
      ? `The round of ${describeRound(round)} is over.`
      : `The round was stopped after question ${asked} of ${round.size}.`;
  return {
    ...emptyAnswer("notice", title),
    summary: lines.length === 0 ? `${what} Nobody answered.` : what,
    facts: scoreFacts(lines),
  };
}

/** `quiz scores`: everyone who has answered in this channel, over every round. */
export function channelScoresAnswer(lines: readonly ScoreLine[], rounds: number): Answer {
  return {
    ...emptyAnswer("notice", "Quiz scores in this channel"),
    summary:
      rounds === 0
        ? 'No quiz round has been played here yet. Start one with "quiz round 5".'
        : `All time, over ${countOf(rounds, "round")}${lines.length === 0 ? ": nobody has answered yet." : "."}`,
    facts: scoreFacts(lines),
  };
}

/** Ranked by right answers; people with the same score share a rank (1, 1, 3). */
function scoreFacts(lines: readonly ScoreLine[]) {
  const sorted = [...lines].sort(
    (a, b) => b.right - a.right || a.answered - b.answered || a.name.localeCompare(b.name),
  );
  let rank = 0;
  return sorted.slice(0, SCOREBOARD_LINES).map((line, i) => {
    if (i === 0 || sorted[i - 1]!.right !== line.right) rank = i + 1;
    return {
      label: `${rank}. ${plainName(line.name)}`,
      value: `${line.right} right of ${line.answered} answered`,
    };
  });
}

/** A private note to one person (their answer taken, a refusal said kindly). */
export function roundNote(title: string, summary: string): Answer {
  return { ...emptyAnswer("notice", title), summary };
}

export function roundRefusal(summary: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary };
}

/** The private confirmation of an answer; the result waits until the question closes. */
export function roundAnsweredAnswer(index: number, option: string): Answer {
  return roundNote(
    `Answer taken: question ${index + 1}`,
    `You chose "${option}". The right answer is shown in the channel when the question closes.`,
  );
}
