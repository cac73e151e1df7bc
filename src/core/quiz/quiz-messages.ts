/** What the quiz says when it cannot ask: which topic, and what to try instead. */
const TRY =
  'a region (africa), a country (iran), a decade (1980s), a kind of attack (bombings, hostage crises) or "law"';

export const QUIZ_MESSAGES = {
  topicTooLong: (max: number) => `Keep a quiz topic short: ${max} characters at most. Try ${TRY}.`,
  notUnderstood: (topic: string) => `I can't read "${topic}" as a quiz topic. Try ${TRY}.`,
  tooFew: (topic: string, level: string | undefined, count: number) =>
    `Only ${count} record${count === 1 ? "" : "s"} fit${count === 1 ? "s" : ""} "${topic}"${level ? ` at the ${level} level` : ""}: too few for a quiz. ` +
    `Try a wider topic: ${TRY}${level ? `, or leave out "${level}"` : ""}.`,
  exhausted: (topic: string | undefined) =>
    `No new question is left on ${topic ? `"${topic}"` : "this data"}: every one has been asked. Try another topic.`,
} as const;
