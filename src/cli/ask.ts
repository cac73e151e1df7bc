import {
  commandFromText,
  describeFindError,
  execute,
  findRecordsForText,
  recordFields,
  displayScore,
  type Desk,
} from "../core/index.js";
import type { CliIo } from "./io.js";
import { renderTextAnswer } from "./render-text.js";

/** `npm run ask -- [--json] "<text>"`: what a person types after /embassy, answered once. */
export function runAsk(desk: Desk, args: string[], io: CliIo): number {
  const json = args.includes("--json");
  const text = args.filter((a) => a !== "--json").join(" ");
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
