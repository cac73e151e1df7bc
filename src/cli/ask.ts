import {
  commandFromText,
  describeFindError,
  execute,
  findRecordsForText,
  recordFields,
  displayScore,
  isStatefulCommand,
  type Answer,
  type Command,
  type Desk,
} from "../core/index.js";
import { writeFileSync } from "node:fs";
import { svgToPng } from "../chart/render-png.js";
import { statsChartSvg } from "../chart/stats-chart-svg.js";
import type { FeedbackService } from "../feedback/feedback-service.js";
import type { CliIo } from "./io.js";
import { renderTextAnswer } from "./render-text.js";

/** `npm run ask -- [--json] [--png FILE] "<text>"`: what a person types after /embassy, answered once. */
export async function runAsk(
  desk: Desk,
  args: string[],
  io: CliIo,
  feedback?: FeedbackService,
): Promise<number> {
  const json = args.includes("--json");
  const pngAt = args.indexOf("--png");
  const png = pngAt >= 0 ? args[pngAt + 1] : undefined;
  if (pngAt >= 0 && !png) {
    io.stderr.write('--png needs a file name: npm run ask -- --png chart.png "stats"\n');
    return 2;
  }
  const text = args
    .filter((a, i) => a !== "--json" && (pngAt < 0 || (i !== pngAt && i !== pngAt + 1)))
    .join(" ");
  const command = commandFromText(text);
  if (command.name === "stats") return statsOut(desk, command, text, io, { json, png });
  // Stored exactly as the console stores it (platform "console").
  const stored = isStatefulCommand(command.name)
    ? feedback?.handle(command, { platform: "console", reporter: "console" })
    : undefined;
  if (stored) {
    const answer = await stored;
    io.stdout.write(
      json ? `${JSON.stringify({ query: text, ...answerJson(answer) })}\n` : renderTextAnswer(answer),
    );
    return answer.kind === "notice" ? 0 : 1;
  }
  if (!json) {
    io.stdout.write(renderTextAnswer(execute(desk, { ...commandFromText(text), seed: Date.now() })));
    return 0;
  }
  const { data } = execute(desk, commandFromText(text));
  const found = findRecordsForText(desk, text);
  if (!found.ok) {
    io.stderr.write(`${describeFindError(found.error, commandFromText(text))}\n`);
    io.stdout.write(`${JSON.stringify({ query: text, data, results: [], error: found.error.code })}\n`);
    return 2;
  }
  const results = found.value.hits.map((hit) => ({
    ...recordFields(hit.doc.item),
    score: displayScore(hit),
  }));
  const count = found.value.count;
  io.stdout.write(
    `${JSON.stringify({ query: text, data, ...(count !== undefined ? { count } : {}), results })}\n`,
  );
  return 0;
}

/** A stored item's number, or why nothing was stored. */
function answerJson(answer: Answer): Record<string, unknown> {
  const id = /#(\d+)/.exec(answer.title)?.[1];
  return answer.kind === "notice" && id ? { stored: Number(id) } : { error: answer.summary ?? answer.title };
}

/** `stats …`: the text chart, or the `stats` contract as JSON, and the PNG chart when asked. */
function statsOut(
  desk: Desk,
  command: Command,
  text: string,
  io: CliIo,
  options: { json: boolean; png: string | undefined },
): number {
  const answer = execute(desk, command);
  if (!answer.stats) {
    io.stderr.write(`${answer.summary ?? answer.title}\n`);
    if (options.json)
      io.stdout.write(
        `${JSON.stringify({ query: text, data: answer.data, results: [], error: "stats-not-understood" })}\n`,
      );
    return 2;
  }
  if (options.png) writeFileSync(options.png, svgToPng(statsChartSvg(answer.stats, answer.title)));
  io.stdout.write(
    options.json
      ? `${JSON.stringify({ query: text, data: answer.data, count: answer.count, stats: answer.stats, results: [] })}\n`
      : renderTextAnswer(answer),
  );
  return 0;
}
