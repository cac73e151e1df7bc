import type { DataVersion } from "./dataset/data-version.js";
import { HOST_RESPONSES, INCIDENT_TYPES } from "./dataset/vocabulary.js";
import { FILTER_KEYS, type QueryError } from "./query/parse-query.js";

/** The words for each error code; identical on every platform, so they live in the core. */
export function describeQueryError(error: QueryError): string {
  switch (error.code) {
    case "unknown-filter":
      return `"${error.filter}:" is not a filter I know. Filters: ${FILTER_KEYS.map((k) => `${k}:`).join(", ")}.`;
    case "bad-range":
      return `"${error.value}" is not a year range I can read. Try 1979..2019 (earlier year first), 1979.. or ..2019.`;
    case "bad-filter-value":
      if (error.filter === "type")
        return `"${error.value}" is not an incident type. Types: ${INCIDENT_TYPES.join(", ")}.`;
      if (error.filter === "response") {
        return `"${error.value}" is not a host response. Responses: ${HOST_RESPONSES.join(", ")}.`;
      }
      return `"${error.value}" is not a country I know. Use a name (iran) or a two-letter code (IR).`;
  }
}

export const MESSAGES = {
  emptyQuery: (command: string) =>
    `Ask me something after "${command}", for example: ${command} tehran 1979.`,
  tooLong: (max: number, length: number) =>
    `That is ${length} characters; I read at most ${max}. Paste only the paragraph that matters.`,
  partlyRead: (read: number, of: number) =>
    `${read.toLocaleString("en-US")} of ${of.toLocaleString("en-US")} characters: the message is longer than I read, so I searched its paragraphs that name people, places or years, in order, as far as they fit.`,
  closestElsewhere:
    "Nothing in the data matches the place or the time you named; this is the incident the rest of your words describe, somewhere or some time else.",
  precedentsAlike:
    "No earlier incident in the data matches everything you describe; these are the ones most like it: the same kind of attack, at the same country's missions or in the same place (or, failing those, anywhere).",
  noMatch:
    "I found no confident match in the data. I only know attacks on embassies and the law that protects them.",
  unknownRecord: (id: string) => `I have no record "${id}". It may have been renamed; search for it by name.`,
  timelineNotUnderstood: (q: string) =>
    `I can't read "${q}" as a country or a period. Try a country (iran, IR), a year (1979), a decade (1980s) or a range (1979..1989).`,
  badQuizAnswer: "That quiz answer is out of date. Start a new one with quiz.",
  statsNotUnderstood: (q: string) =>
    `I can't read "${q}" as something to count. Try a type (bombings), a place (africa, iran), a period (since 2010, 1980s) or a response (stood by).`,
  compareNeedsTwo:
    'Name two incidents with "vs" between them, for example: compare tehran 1979 vs tehran 2011.',
  compareSideNotFound: (side: string) =>
    `I found no incident for "${side}". Try a city and a year, for example: compare tehran 1979 vs baghdad 2019.`,
  noStore: "Reports and suggestions are not available here. Use the bot in Slack, Discord or the console.",
  nothingToCite: (q: string) =>
    `I found no record "${q}" to cite. Use the Cite button under an answer, or cite a record id such as tehran-us-1979.`,
} as const;

/** The line under every answer, on every front end: which data it comes from. */
export function dataFooter(version: DataVersion): string {
  return `Embassy Desk data ${version.version} · as of ${version.asOf}`;
}
