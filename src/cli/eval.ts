import { readFileSync } from "node:fs";
import { findRecordsForText, recordFields, displayScore, type Desk } from "../core/index.js";
import { evalLineSchema, formatSummary, rankOf, summarize, type EvalLine } from "./eval-metrics.js";
import type { CliIo } from "./io.js";

/** `npm run eval -- <file.jsonl> [--json]`: the bots' own search path, scored against expectations. */
export function runEval(desk: Desk, args: string[], io: CliIo): number {
  const json = args.includes("--json");
  const file = args.find((a) => a !== "--json");
  if (!file) {
    io.stderr.write("Usage: npm run eval -- <questions.jsonl> [--json]\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    io.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const lines: EvalLine[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      const parsed = evalLineSchema.safeParse(JSON.parse(raw));
      if (parsed.success) lines.push(parsed.data);
      else
        problems.push(
          `${file}:${i + 1}: expected {"q": "...", "expect": {...} | [...] | {"all": {...}} | {"count": N} | null}`,
        );
    } catch {
      problems.push(`${file}:${i + 1}: not valid JSON`);
    }
  });
  if (problems.length > 0) {
    io.stderr.write(`${problems.join("\n")}\n`);
    return 2;
  }
  const details = lines.map((line) => {
    const found = findRecordsForText(desk, line.q);
    const results: Record<string, unknown>[] = found.ok
      ? found.value.hits.map((h) => ({ ...recordFields(h.doc.item), score: displayScore(h) }))
      : [];
    const rank = rankOf(results, line.expect, found.ok ? found.value.count : undefined);
    return { q: line.q, expect: line.expect, rank, top: results.slice(0, 3).map((r) => r["id"]) };
  });
  const summary = summarize(details.map((d) => d.rank));
  if (json) io.stdout.write(`${JSON.stringify({ summary, questions: details }, null, 2)}\n`);
  else io.stdout.write(`${formatSummary(summary)}\n`);
  return 0;
}
