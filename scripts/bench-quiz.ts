/**
 * Quiz generation latency on the shipped data: one `makeQuizItem` per seed, per topic, as the
 * single-question flow runs it (a fresh pool each time). Run alone with `npx tsx
 * scripts/bench-quiz.ts`; `npm run bench` prints it after the search table.
 */
import { pathToFileURL } from "node:url";
import { createDesk, loadDataset, type Desk } from "../src/core/index.js";
import { makeQuizItem } from "../src/core/quiz/quiz-item.js";
import { readQuizSpec } from "../src/core/quiz/quiz-spec.js";

const TOPICS = ["", "africa", "1980s", "hostage crises", "law", "hard", "easy africa"];
const SEEDS = 500;

export function quizBenchRows(desk: Desk): string[] {
  const rows = ["| quiz topic | p50 (ms) | p95 (ms) | p99 (ms) |", "|---|---|---|---|"];
  for (const topic of TOPICS) {
    const spec = readQuizSpec(topic);
    for (let seed = 0; seed < 50; seed++) makeQuizItem(desk, seed, spec); // warm-up
    const samples: number[] = [];
    for (let seed = 1000; seed < 1000 + SEEDS; seed++) {
      const start = performance.now();
      makeQuizItem(desk, seed, spec);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) =>
      samples[Math.min(samples.length - 1, Math.floor(samples.length * p))]!.toFixed(2);
    rows.push(`| ${topic ? `\`${topic}\`` : "(none)"} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} |`);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error("data does not load; run npm run data -- check");
  for (const row of quizBenchRows(createDesk(loaded.value))) console.log(row);
}
