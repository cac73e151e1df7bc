import { emptyAnswer, type Answer } from "../core/index.js";

/** What a person who asked too often is told, privately, instead of silence. */
export function slowDownText(retryAfterSeconds: number): string {
  return `You're asking faster than I can keep up with: slow down, and try again in ${Math.max(1, Math.ceil(retryAfterSeconds))} s.`;
}

export function slowDownAnswer(retryAfterSeconds: number): Answer {
  return { ...emptyAnswer("notice", "Slow down"), summary: slowDownText(retryAfterSeconds) };
}
