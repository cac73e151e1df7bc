import type { Command } from "../commands.js";
import { fail, ok, type Result } from "../result.js";
import type { QuizLevel } from "./quiz-item.js";

/** A round's size when none is given, and the most one may ask (a class period, not a marathon). */
export const ROUND_SIZE = { default: 10, max: 20 } as const;

/** The words after `quiz` that belong to rounds; any other quiz text is a single question. */
const ROUND_WORDS = new Set(["round", "scores", "stop"]);

/** What a person (or a round's button) asks of a quiz round. */
export type RoundRequest =
  | { kind: "start"; size: number; topic?: string; level?: QuizLevel }
  | { kind: "scores" }
  /** `quiz stop` names no round: the one running in the channel. A Stop button names its round. */
  | { kind: "stop"; roundId?: number }
  | { kind: "answer"; roundId: number; index: number; choice: number }
  | { kind: "next"; roundId: number; index: number };

export type RoundRequestError = { code: "bad-size"; max: number } | { code: "bad-button" };

/**
 * `quiz round [n] [easy|hard] [topic…]`, `quiz scores`, `quiz stop`, and what round buttons carry
 * (`quiz round answer <round> <question> <choice>`, `quiz round next <round> <question>`,
 * `quiz round stop <round>`). Undefined when the command is not about rounds.
 */
export function readRoundRequest(command: Command): Result<RoundRequest, RoundRequestError> | undefined {
  if (command.name !== "quiz") return undefined;
  const words = command.query.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? "";
  if (!ROUND_WORDS.has(first)) return undefined;
  if (first === "scores") return ok({ kind: "scores" });
  if (first === "stop") return ok({ kind: "stop" });
  const rest = words.slice(1);
  const verb = rest[0]?.toLowerCase();
  if (verb === "answer" || verb === "next" || (verb === "stop" && rest.length > 1))
    return readButton(verb, rest.slice(1));
  return readStart(rest);
}

function readStart(words: string[]): Result<RoundRequest, RoundRequestError> {
  let size: number = ROUND_SIZE.default;
  let rest = words;
  if (rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    size = Number(rest[0]);
    if (size < 1 || size > ROUND_SIZE.max) return fail({ code: "bad-size", max: ROUND_SIZE.max });
    rest = rest.slice(1);
  }
  const levels = rest.map((w) => w.toLowerCase()).filter((w): w is QuizLevel => w === "easy" || w === "hard");
  const topic = rest
    .filter((w) => !["easy", "hard"].includes(w.toLowerCase()))
    .join(" ")
    .trim();
  return ok({
    kind: "start",
    size,
    ...(topic ? { topic } : {}),
    ...(levels.length > 0 ? { level: levels.at(-1)! } : {}),
  });
}

function readButton(verb: string, args: string[]): Result<RoundRequest, RoundRequestError> {
  const numbers = args.map((a) => (/^\d{1,15}$/.test(a) ? Number(a) : Number.NaN));
  if (numbers.some((n) => !Number.isSafeInteger(n))) return fail({ code: "bad-button" });
  const [roundId, index, choice] = numbers;
  if (verb === "answer" && numbers.length === 3)
    return ok({ kind: "answer", roundId: roundId!, index: index!, choice: choice! });
  if (verb === "next" && numbers.length === 2) return ok({ kind: "next", roundId: roundId!, index: index! });
  if (verb === "stop" && numbers.length === 1) return ok({ kind: "stop", roundId: roundId! });
  return fail({ code: "bad-button" });
}

/** What a round's buttons carry: the round, the question and the choice, so any replica can serve a click. */
export const roundCommands = {
  answer: (roundId: number, index: number, choice: number): Command => ({
    name: "quiz",
    query: `round answer ${roundId} ${index} ${choice}`,
  }),
  next: (roundId: number, index: number): Command => ({
    name: "quiz",
    query: `round next ${roundId} ${index}`,
  }),
  stop: (roundId: number): Command => ({ name: "quiz", query: `round stop ${roundId}` }),
};
