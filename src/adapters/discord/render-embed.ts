import type { APIEmbed, APIEmbedField } from "discord.js";
import { dataFooter, type Answer, type Citation } from "../../core/index.js";
import { DISCORD_LIMITS } from "./limits.js";
import { fitLines, fitText, inert } from "./text.js";

const LIMIT = DISCORD_LIMITS.embed;
/** Facts this short sit side by side; longer ones get the full width. */
const INLINE_MAX = 40;
const SOURCES = "Sources";

const COLOURS: Record<Answer["kind"], number> = {
  record: 0x2f6f9f,
  list: 0x2f6f9f,
  help: 0x4f8a5b,
  quiz: 0x8a5bb0,
  citation: 0x2f6f9f,
  notice: 0x4f8a5b,
  "no-match": 0x8a8a8a,
  error: 0xb04a3f,
};

/** One embed per answer: facts as fields, prose as the description, sources as links. */
export function renderEmbed(answer: Answer): APIEmbed {
  const extras: APIEmbedField[] = [];
  if (answer.kind === "record" && answer.results.length > 0) {
    extras.push({ name: "Other matches", value: fitLines(answer.results.map(resultLine), LIMIT.fieldValue) });
  }
  if (answer.related.length > 0) {
    extras.push({
      name: "Related",
      value: fitLines(
        answer.related.map((r) => `• ${inert(r.title)}`),
        LIMIT.fieldValue,
      ),
    });
  }
  if (answer.citations.length > 0) {
    extras.push({ name: SOURCES, value: fitLines(answer.citations.map(citationLine), LIMIT.fieldValue) });
  }
  const facts: APIEmbedField[] = answer.facts.slice(0, LIMIT.fields - extras.length).map((f) => ({
    name: fitText(inert(f.label), LIMIT.fieldName),
    value: fitText(inert(f.value), LIMIT.fieldValue),
    inline: f.value.length <= INLINE_MAX,
  }));
  const page = answer.page && answer.page.of > 1 ? `Page ${answer.page.number} of ${answer.page.of} · ` : "";
  const embed: APIEmbed = {
    title: fitText(inert(answer.title), LIMIT.title),
    color: COLOURS[answer.kind],
    fields: [...facts, ...extras],
    footer: { text: `${page}${answer.data ? dataFooter(answer.data) : "Embassy Desk"}` },
  };
  const description = fitText(descriptionOf(answer), LIMIT.description);
  if (description) embed.description = description;
  return fitTotal(embed);
}

function descriptionOf(answer: Answer): string {
  const parts: string[] = [];
  if (answer.quiz) {
    const { question, options, outcome } = answer.quiz;
    parts.push(
      `**${inert(question)}**`,
      options.map((o, i) => `${i + 1}. ${inert(o)}${mark(i, outcome)}`).join("\n"),
    );
  }
  if (answer.summary) parts.push(inert(answer.summary));
  if (answer.quiz?.outcome) parts.push(inert(answer.quiz.outcome.explanation));
  if (answer.paste) parts.push(codeBlock(answer.paste, LIMIT.description - 200));
  if (answer.quote) {
    const text = answer.quote.text.split("\n").map((line) => `> ${inert(line)}`);
    parts.push(
      fitLines(text, LIMIT.description / 2),
      `Text: ${linkOrText(answer.quote.source, "official text")}`,
    );
  }
  if (answer.kind !== "record" && answer.results.length > 0) {
    if (answer.kind === "no-match") parts.push("Did you mean one of these?");
    parts.push(answer.results.map(resultLine).join("\n"));
  }
  return parts.join("\n\n");
}

/**
 * Paste-ready lines in a code block: copied exactly as written, no markdown, no link previews and
 * no mentions render inside one. Only a run of backticks could close it early, so those go.
 */
function codeBlock(lines: readonly string[], max: number): string {
  const fence = "```";
  const body = fitLines(
    lines.map((l) => l.replace(/`+/g, "'")),
    max - 2 * (fence.length + 1),
  );
  return `${fence}\n${body}\n${fence}`;
}

function mark(i: number, outcome: { chosen: number; correct: number } | undefined): string {
  if (!outcome) return "";
  if (i === outcome.correct) return " ✅";
  return i === outcome.chosen ? " ❌" : "";
}

function resultLine(r: Answer["results"][number]): string {
  return `• **${inert(r.title)}** — ${inert(r.line)}`;
}

function citationLine(c: Citation): string {
  const meta = [c.publisher, c.date].filter(Boolean).map((s) => inert(s!));
  return `• ${linkOrText(c.url, c.title)}, ${meta.join(", ")}`;
}

/** Links come only from the data's validated http(s) URLs; the text is escaped so it cannot close the link. */
function linkOrText(url: string, text: string): string {
  const label = inert(fitText(text, 200));
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return label;
  return `[${label}](${url.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
}

export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Keeps the whole embed within Discord's 6,000 characters: shorten the prose, then drop trailing fields, sources last. */
function fitTotal(embed: APIEmbed): APIEmbed {
  let over = embedSize(embed) - LIMIT.total;
  if (over > 0 && embed.description) {
    embed.description = fitText(embed.description, Math.max(500, embed.description.length - over));
  }
  const fields = embed.fields ?? [];
  while (embedSize(embed) > LIMIT.total && fields.length > 0) {
    const droppable = fields.findLastIndex((f) => f.name !== SOURCES);
    fields.splice(droppable >= 0 ? droppable : fields.length - 1, 1);
  }
  over = embedSize(embed) - LIMIT.total;
  if (over > 0 && embed.description)
    embed.description = fitText(embed.description, embed.description.length - over);
  return embed;
}
