/**
 * The one command table. Discord options, Slack help, console help and routing are all generated
 * from it: adding a command touches this file and its composer in execute.ts.
 */
export const COMMAND_NAMES = [
  "search",
  "incident",
  "duty",
  "timeline",
  "quiz",
  "help",
  "cite",
  "stats",
  "compare",
  "report",
  "suggest",
  "my",
  "review",
  "context",
  "show",
  "related",
  "answer",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface Command {
  name: CommandName;
  /** What the person typed after the command word (or an id, for internal commands). */
  query: string;
  /** 1-based page of a list answer. */
  page?: number;
  /** Chooses the quiz question; front ends pass a random number so the core stays deterministic. */
  seed?: number;
}

export interface CommandSpec {
  name: CommandName;
  description: string;
  /** Internal commands are reached through buttons and menus, never typed or registered. */
  internal?: boolean;
  /** Needs the database: front ends hand it to the feedback store instead of execute(). */
  stateful?: boolean;
  query?: { name: string; description: string; required: boolean; autocomplete: boolean };
  examples: string[];
}

/**
 * Longest text a person may send, in characters (code points: an emoji is one), so a pasted chat
 * message fits (Slack and Discord cap messages at 4,000). A typed query over it is refused with a
 * message; a message read through the shortcut or menu is searched in part, and the answer says so.
 */
export const MAX_QUERY_LENGTH = 4000;
/** A query of more words than this is read as a pasted text: ranked by its salient names, not by coverage. */
export const LONG_TEXT_WORDS = 30;

export const COMMANDS = [
  {
    name: "search",
    description: "Best answers across incidents and the law (the default)",
    query: {
      name: "query",
      description: "A question, names, places or years",
      required: true,
      autocomplete: true,
    },
    examples: [
      "us embassy baghdad 2019",
      "has an embassy in tehran been stormed before?",
      "can police enter an embassy?",
    ],
  },
  {
    name: "incident",
    description: "Attacks on embassies only; accepts filters",
    query: {
      name: "query",
      description: "Words and filters: host:IR type:storming 1979..2019",
      required: true,
      autocomplete: true,
    },
    examples: ["tehran 1979", "host:IR type:storming", "bombing 1990..2000 response:not-applicable"],
  },
  {
    name: "duty",
    description: "The law: treaty articles, court cases, concepts",
    query: {
      name: "query",
      description: "An article, a case or a concept",
      required: true,
      autocomplete: true,
    },
    examples: ["art 22", "vccr 31", "persona non grata"],
  },
  {
    name: "timeline",
    description: "Incidents in date order, for a country or a period",
    query: {
      name: "query",
      description: "A country, a year, a decade or a range like 1979..2019",
      required: true,
      autocomplete: false,
    },
    examples: ["IR", "iraq", "1970s", "1979..1989"],
  },
  {
    name: "quiz",
    description: "A classroom question on any topic, or a round for the channel with scores",
    query: {
      name: "query",
      description: "Optional: a topic (africa, hard 1980s, law), or round [n] [topic], scores, stop",
      required: false,
      autocomplete: false,
    },
    examples: ["", "africa", "hard 1980s", "law", "round 5 law", "scores"],
  },
  { name: "help", description: "How to ask, with examples", examples: [""] },
  {
    name: "cite",
    description: "A ready-to-paste citation of one record and its sources",
    query: {
      name: "query",
      description: "A record id from an answer, or a search",
      required: true,
      autocomplete: true,
    },
    examples: ["tehran-us-1979", "vcdr 22"],
  },
  {
    name: "stats",
    description: "Counts by decade, region, type and host response, with a chart",
    query: {
      name: "query",
      description: "Optional: what to count (bombings in africa, since 2010, iran)",
      required: false,
      autocomplete: false,
    },
    examples: ["", "bombings in africa", "us embassies since 2000"],
  },
  {
    name: "compare",
    description: "Two incidents side by side",
    query: {
      name: "query",
      description: "Two incidents: tehran 1979 vs tehran 2011",
      required: true,
      autocomplete: false,
    },
    examples: ["tehran 1979 vs tehran 2011", "nairobi 1998 vs benghazi 2012"],
  },
  {
    name: "report",
    description: "Report a problem with a record (a wrong date, toll, source…)",
    stateful: true,
    query: {
      name: "text",
      description: "The record id, then what is wrong",
      required: true,
      autocomplete: false,
    },
    examples: ["tehran-us-1979 the seizure began on 4 November, not 5"],
  },
  {
    name: "suggest",
    description: "Suggest an incident the bot does not know, with a source",
    stateful: true,
    query: {
      name: "text",
      description: "What happened, when, where, and a source link",
      required: true,
      autocomplete: false,
    },
    examples: ["Embassy of X in Y stormed, March 2025 https://example.org/report"],
  },
  {
    name: "my",
    description: "Your reports and suggestions, and where they stand",
    stateful: true,
    examples: ["reports"],
  },
  {
    name: "context",
    description: "Incidents and law a pasted message is about",
    internal: true,
    query: { name: "text", description: "A message or paragraph", required: true, autocomplete: false },
    examples: ["Protesters breached the gate of the embassy in Baghdad on Tuesday..."],
  },
  { name: "show", description: "One record by id", internal: true, examples: ["tehran-us-1979"] },
  { name: "related", description: "Records related to one record", internal: true, examples: ["vcdr-22"] },
  { name: "answer", description: "Answer a quiz question", internal: true, examples: [] },
  {
    name: "review",
    description: "A maintainer's decision on a report: <number> <accepted|rejected|fixed>",
    internal: true,
    stateful: true,
    examples: ["12 accepted"],
  },
] as const satisfies readonly CommandSpec[];

export const PUBLIC_COMMANDS: readonly CommandSpec[] = COMMANDS.filter((c: CommandSpec) => !c.internal);

/** Commands the front ends hand to the feedback store (they need the database). */
export function isStatefulCommand(name: CommandName): boolean {
  return (COMMANDS as readonly CommandSpec[]).some((c) => c.name === name && c.stateful === true);
}

export function isCommandName(word: string): word is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(word);
}

/** This many words after a command that takes none make the whole text a question. */
const QUESTION_AFTER_BARE_COMMAND = 3;

/**
 * Reads what a person typed after `/embassy`: a leading public command word picks the command,
 * anything else is a search. `/embassy` alone is help.
 */
export function commandFromText(text: string): Command {
  const trimmed = text.trim().replace(/^\/embassy\b\s*/i, "");
  const [first = "", ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase().replace(/:$/, "");
  if (trimmed === "") return { name: "help", query: "" };
  const command = PUBLIC_COMMANDS.find((c) => c.name === word);
  // A command that takes no words, followed by a sentence, was a question that began with its name:
  // "my brother was arrested in dubai…" is not "my", nor "help me find the 1979 hostage case" "help".
  const sentence = rest.length >= QUESTION_AFTER_BARE_COMMAND;
  // "quiz question: which ambassador was killed in kabul in 1979?" labels a question for a quiz: it
  // is not a quiz topic. Only commands whose words are optional are read so ("report:" keeps its text).
  const label = first.endsWith(":") || /^[a-z]+:$/i.test(rest[0] ?? "");
  if (command && label && !command.query?.required && rest.length > QUESTION_AFTER_BARE_COMMAND)
    return { name: "search", query: trimmed.slice(trimmed.indexOf(":") + 1).trim() };
  if (command && !first.endsWith(":") && !(command.query === undefined && sentence))
    return { name: word as CommandName, query: rest.join(" ") };
  return { name: "search", query: trimmed };
}

/** Button values and custom ids carry the whole command, so any replica can serve any click. */
export function encodeCommand(command: Command): string {
  return [command.name, command.page ?? "", command.seed ?? "", command.query].join("|");
}

export function decodeCommand(value: string): Command | undefined {
  const [name, page, seed, ...query] = value.split("|");
  if (!name || !isCommandName(name)) return undefined;
  const command: Command = { name, query: query.join("|") };
  if (page) command.page = Number(page);
  if (seed) command.seed = Number(seed);
  if (
    (command.page !== undefined && !Number.isInteger(command.page)) ||
    (command.seed !== undefined && !Number.isFinite(command.seed))
  ) {
    return undefined;
  }
  return command;
}
