import {
  commandFromText,
  describeFindError,
  execute,
  findRecordsForText,
  recordFields,
  displayScore,
  isStatefulCommand,
  type Answer,
  type Desk,
} from "../core/index.js";
import type { FeedbackService } from "../feedback/feedback-service.js";
import type { CliIo } from "./io.js";
import { renderTextAnswer } from "./render-text.js";

/** `npm run ask -- [--json] "<text>"`: what a person types after /embassy, answered once. */
export async function runAsk(
  desk: Desk,
  args: string[],
  io: CliIo,
  feedback?: FeedbackService,
): Promise<number> {
  const json = args.includes("--json");
  const text = args.filter((a) => a !== "--json").join(" ");
  const command = commandFromText(text);
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
