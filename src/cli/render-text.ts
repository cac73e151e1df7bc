import { statsTextChart } from "../chart/text-chart.js";
import { dataFooter, type Answer } from "../core/index.js";

/** The terminal's renderer: plain text, no colours, so it also reads well in logs and pipes. */
export function renderTextAnswer(answer: Answer): string {
  const lines: string[] = [answer.title, "=".repeat(Math.min(answer.title.length, 72))];
  if (answer.quiz) {
    lines.push(answer.quiz.question, ...answer.quiz.options.map((o, i) => `  ${i + 1}. ${o}`));
    if (!answer.quiz.outcome) lines.push("", 'Answer with "answer <number>".');
  }
  if (answer.summary) lines.push("", answer.summary);
  if (answer.quiz?.outcome) lines.push(answer.quiz.outcome.explanation);
  if (answer.paste) lines.push("", ...answer.paste);
  if (answer.stats) lines.push(...statsTextChart(answer.stats));
  // A stats answer's facts are its chart's numbers: the chart above says them once.
  if (answer.facts.length > 0 && !answer.stats)
    lines.push("", ...answer.facts.map((f) => `${f.label}: ${f.value}`));
  if (answer.quote)
    lines.push("", ...answer.quote.text.split("\n").map((l) => `> ${l}`), `  (text: ${answer.quote.source})`);
  if (answer.results.length > 0) {
    lines.push("", answer.kind === "list" || answer.kind === "no-match" ? "Results:" : "Other matches:");
    lines.push(...answer.results.map((r) => `- ${r.title} — ${r.line} [${r.id}]`));
  }
  if (answer.suggestions.length > 0 && answer.kind === "no-match")
    lines.push("", "Did you mean one of these?");
  if (answer.related.length > 0)
    lines.push("", "Related:", ...answer.related.map((r) => `- ${r.title} [${r.id}]`));
  if (answer.citations.length > 0) {
    lines.push("", "Sources:");
    lines.push(
      ...answer.citations.map((c) => `- ${c.title}, ${c.publisher}${c.date ? `, ${c.date}` : ""}: ${c.url}`),
    );
  }
  if (answer.page && answer.page.of > 1) {
    const more = answer.actions.some((a) => a.type === "next-page") ? ': type "more" for the next page' : "";
    lines.push("", `Page ${answer.page.number} of ${answer.page.of}${more}.`);
  }
  if (answer.actions.some((a) => a.type === "cite"))
    lines.push("", 'Type "cite" for a ready-to-paste citation.');
  const report = answer.actions.find((a) => a.type === "report");
  if (report) lines.push(`Something wrong? Type "report ${report.command.query} <what is wrong>".`);
  if (answer.actions.some((a) => a.type === "suggest"))
    lines.push("", 'Know an incident I am missing? Type "suggest <what happened, when, where, a link>".');
  if (answer.data) lines.push("", `-- ${dataFooter(answer.data)}`);
  return `${printable(lines.join("\n"))}\n`;
}

/**
 * Terminals obey control characters: ESC sequences move the cursor, recolour, retitle the window or
 * (OSC 8) turn text into a hidden link. Answers quote what was typed or filed, so every control
 * character but newline and tab becomes U+FFFD and is shown, not obeyed.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd");
}
