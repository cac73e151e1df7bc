import {
  dataFooter,
  encodeCommand,
  type Action,
  type Answer,
  type Citation,
  type Command,
} from "../../core/index.js";
import { button, context, header, mrkdwn, section, type Block, type ButtonElement } from "./blocks.js";
import { actionIdFor } from "./inbound.js";
import { LIMITS } from "./limits.js";
import type { ParkedCommands } from "../../buttons/park-commands.js";
import { escapeMrkdwn as esc, isHttpUrl, mrkdwnLink, truncateMrkdwn } from "./mrkdwn.js";

export interface SlackMessage {
  /** Notification and screen-reader text; Slack asks for it with every `blocks` payload. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** A public copy: attributed to this Slack user id, and without buttons (they are the asker's). */
  sharedBy?: string;
  /** Commands too long for a button value, stored beforehand: their buttons carry `k:<key>`. */
  parked?: ParkedCommands;
}

/** How much of the answer the notification line carries. */
const FALLBACK_LENGTH = 300;

/** The Slack renderer: a core Answer to Block Kit, always within Slack's limits (see limits.ts). */
export function renderSlackAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const more = answer.citations.find((c) => isHttpUrl(c.url))?.url;
  const body: Block[] = [header(answer.title)];
  if (answer.quiz) body.push(...quizBlocks(answer.quiz));
  if (answer.summary) body.push(section(truncateMrkdwn(esc(answer.summary), LIMITS.sectionText, more)));
  if (answer.quote) body.push(...quoteBlocks(answer.quote));
  if (answer.paste) body.push(...pasteBlocks(answer.paste));
  body.push(...(answer.kind === "help" ? helpBlocks(answer) : factBlocks(answer)));
  // Action ids are numbered across the whole message, so no two buttons share one.
  let buttons = 0;
  const nextId = (type: Action["type"]) => actionIdFor(type, buttons++);
  body.push(...resultBlocks(answer, nextId));
  if (answer.related.length > 0) {
    body.push(
      context([
        truncateMrkdwn(
          `*Related:* ${answer.related.map((r) => esc(r.title)).join(" · ")}`,
          LIMITS.contextText,
        ),
      ]),
    );
  }
  if (answer.citations.length > 0) body.push(citationBlock(answer.citations));
  const tail: Block[] = [];
  if (answer.page && answer.page.of > 1)
    tail.push(context([`Page ${answer.page.number} of ${answer.page.of}`]));
  if (options.sharedBy !== undefined) tail.push(context([`Shared by ${mention(options.sharedBy)}`]));
  else if (answer.actions.length > 0) tail.push(actionsBlock(answer.actions, nextId, options.parked));
  if (answer.data) tail.push(context([esc(dataFooter(answer.data))]));
  return { text: fallbackText(answer), blocks: fitBlocks(body, tail, LIMITS.messageBlocks, more) };
}

function quizBlocks(quiz: NonNullable<Answer["quiz"]>): Block[] {
  const blocks = [section(truncateMrkdwn(`*${esc(quiz.question)}*`, LIMITS.sectionText))];
  const outcome = quiz.outcome;
  if (outcome) {
    const lines = quiz.options.map((option, i) => {
      const mark =
        i === outcome.correct ? ":white_check_mark:" : i === outcome.chosen ? ":x:" : ":white_small_square:";
      return `${mark} ${esc(option)}${i === outcome.chosen ? " _(your answer)_" : ""}`;
    });
    blocks.push(section(truncateMrkdwn(lines.join("\n"), LIMITS.sectionText)));
    blocks.push(context([truncateMrkdwn(esc(outcome.explanation), LIMITS.contextText)]));
  } else {
    // Buttons cut long options (an incident's title, a treaty article's) at 75 characters: listed in full here.
    const lines = quiz.options.map((option, i) => `${i + 1}. ${esc(option)}`);
    blocks.push(section(truncateMrkdwn(lines.join("\n"), LIMITS.sectionText)));
  }
  return blocks;
}

function quoteBlocks(quote: NonNullable<Answer["quote"]>): Block[] {
  const link = isHttpUrl(quote.source) ? quote.source : undefined;
  // The quote marker is our markup; the treaty text itself is escaped line by line.
  const quoted = quote.text
    .split("\n")
    .map((line) => `> ${esc(line)}`)
    .join("\n");
  const source = link ? mrkdwnLink(link, "Official text") : `Text: ${esc(quote.source)}`;
  return [
    section(truncateMrkdwn(quoted, LIMITS.sectionText, link)),
    context([truncateMrkdwn(source, LIMITS.contextText)]),
  ];
}

/**
 * Paste-ready lines in code blocks, so they copy exactly as written (no link unfurls, no
 * formatting); lines are grouped into as few sections as the section limit allows.
 */
function pasteBlocks(lines: readonly string[]): Block[] {
  const fence = "```";
  const room = LIMITS.sectionText - 2 * (fence.length + 1);
  const groups: string[][] = [[]];
  let length = 0;
  for (const line of lines.map((l) => truncateMrkdwn(esc(l.replace(/`+/g, "'")), room))) {
    if (length + line.length + 1 > room && groups.at(-1)!.length > 0) {
      groups.push([]);
      length = 0;
    }
    groups.at(-1)!.push(line);
    length += line.length + 1;
  }
  return groups.map((group) => section(`${fence}\n${group.join("\n")}\n${fence}`));
}

function factBlocks(answer: Answer): Block[] {
  const fields = answer.facts.map((f) =>
    mrkdwn(truncateMrkdwn(`*${esc(f.label)}*\n${esc(f.value)}`, LIMITS.fieldText)),
  );
  const blocks: Block[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    blocks.push({ type: "section", fields: fields.slice(i, i + LIMITS.sectionFields) });
  }
  return blocks;
}

/** Help reads as a list (long examples do not fit two narrow columns). */
function helpBlocks(answer: Answer): Block[] {
  return answer.facts.map((f) =>
    section(truncateMrkdwn(`*${esc(f.label)}*\n${esc(f.value)}`, LIMITS.sectionText)),
  );
}

type NextId = (type: Action["type"]) => string;

function resultBlocks(answer: Answer, nextId: NextId): Block[] {
  if (answer.results.length === 0) return [];
  const label =
    answer.kind === "no-match"
      ? "Did you mean one of these?"
      : answer.kind === "list"
        ? "Results"
        : "Other matches";
  const blocks: Block[] = [context([`*${label}*`])];
  answer.results.forEach((r) => {
    const show: Command = { name: "show", query: r.id };
    blocks.push({
      type: "section",
      text: mrkdwn(truncateMrkdwn(`*${esc(r.title)}*\n${esc(r.line)}`, LIMITS.sectionText)),
      accessory: button("Open", nextId("show"), commandValue(show)),
    });
  });
  return blocks;
}

function citationBlock(citations: Citation[]): Block {
  const room = LIMITS.contextElements - 1;
  const shown = citations.length > room ? citations.slice(0, room - 1) : citations;
  const items = shown.map((c) => {
    const label = isHttpUrl(c.url) ? mrkdwnLink(c.url, c.title) : esc(c.title);
    return truncateMrkdwn(
      `${label} — ${esc(c.publisher)}${c.date ? `, ${esc(c.date)}` : ""}`,
      LIMITS.contextText,
    );
  });
  if (shown.length < citations.length) items.push(`and ${citations.length - shown.length} more`);
  return context(["*Sources:*", ...items]);
}

function actionsBlock(actions: Action[], nextId: NextId, parked: ParkedCommands | undefined): Block {
  const elements: ButtonElement[] = actions
    .slice(0, LIMITS.actionsElements)
    .map((a) =>
      button(
        a.label,
        nextId(a.type),
        parked?.get(encodeCommand(a.command)) ?? commandValue(a.command),
        a.type === "share" ? "primary" : undefined,
      ),
    );
  return { type: "actions", elements };
}

/** Whether a command rides in a button value as it is (Slack: 2,000 characters). */
export function fitsButtonValue(encoded: string): boolean {
  return encoded.length <= LIMITS.buttonValue;
}

/**
 * A button value carries the whole command. A longer one (a pasted message) is stored in the
 * database beforehand (`parked`); without the database its text is cut at a word so the button still works.
 */
export function commandValue(command: Command): string {
  let value = encodeCommand(command);
  let query = command.query;
  while (value.length > LIMITS.buttonValue && query.length > 0) {
    query = query.slice(0, query.length - (value.length - LIMITS.buttonValue) - 1).replace(/\s+\S*$/, "");
    value = encodeCommand({ ...command, query });
  }
  return value;
}

/** Over the block limit: keep the top of the answer and its buttons, and say that the rest is at the source. */
function fitBlocks(body: Block[], tail: Block[], max: number, moreUrl: string | undefined): Block[] {
  if (body.length + tail.length <= max) return [...body, ...tail];
  const kept = body.slice(0, max - tail.length - 1);
  const left = body.length - kept.length;
  const note = `… ${left} more block${left === 1 ? "" : "s"} not shown${moreUrl ? `: ${mrkdwnLink(moreUrl, "read the source")}` : ""}`;
  return [...kept, context([note]), ...tail];
}

function fallbackText(answer: Answer): string {
  const line = answer.quiz?.question ?? answer.summary ?? "";
  return truncateMrkdwn(
    esc(line ? `${answer.title}: ${line}` : answer.title),
    Math.min(FALLBACK_LENGTH, LIMITS.fallbackText),
  );
}

/** Slack user ids come from the signed payload; anything else is not written as a mention. */
function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : "a colleague";
}
