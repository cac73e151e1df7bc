/**
 * Core latency on the shipped data and on synthetic copies 10x and 100x larger, beside a plain
 * fuse.js search over every field, in one run: a markdown table for the README.
 */
import Fuse from "fuse.js";
import {
  createDesk,
  findRecordsForText,
  loadDataset,
  type Dataset,
  type Desk,
} from "../../src/core/index.js";
import { createDataset } from "../../src/core/dataset/dataset.js";
import { FIELD_WEIGHTS } from "../../src/core/search/search-index.js";
import { percentile } from "./stats.js";
import { readQuestions } from "./questions.js";
import { CORE_QUESTION_FILES, time } from "./timing.js";
import { spawnSync } from "node:child_process";

function scaled(base: Dataset, factor: number): Dataset {
  if (factor === 1) return base;
  const copies = Array.from({ length: factor }, (_, k) => k);
  return createDataset(
    copies.flatMap((k) => base.incidents.map((r) => (k === 0 ? r : { ...r, id: `${r.id}-copy-${k}` }))),
    copies.flatMap((k) => base.duties.map((r) => (k === 0 ? r : { ...r, id: `${r.id}-copy-${k}` }))),
    base.version,
    base.sourcePolicy,
  );
}

/** The core section of `npm run bench`: returns its markdown. */
export function runCoreBench(): string {
  const QUESTIONS = readQuestions(CORE_QUESTION_FILES);
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error("data does not load; run npm run data -- check");
  const rows: string[] = [];
  for (const factor of [1, 10, 100]) {
    const dataset = scaled(loaded.value, factor);
    const records = dataset.incidents.length + dataset.duties.length;
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const buildStart = performance.now();
    const desk: Desk = createDesk(dataset);
    const buildMs = performance.now() - buildStart;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const core = time((q) => findRecordsForText(desk, q), QUESTIONS, factor === 100 ? 2 : 5);

    const fuse = new Fuse(
      desk.index.docs.map((d) => d.fields),
      {
        keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
        ignoreLocation: true,
        threshold: 0.4,
      },
    );
    // A plain fuse.js search over every field takes ~0.1-0.4 s per question on the shipped data and
    // ~100x that at 100x: a small sample of short questions keeps the run to a couple of minutes.
    const short = QUESTIONS.filter((q) => q.length <= 60);
    const plainQuestions = short
      .filter((_, i) => i % 10 === 0)
      .slice(0, factor === 1 ? 20 : factor === 10 ? 8 : 3);
    process.stderr.write(
      `${factor}x: core done (${core.length} samples); plain fuse.js on ${plainQuestions.length} questions…\n`,
    );
    const plain = time((q) => fuse.search(q, { limit: 10 }), plainQuestions, 1, 0);
    const ms = (n: number) => n.toFixed(2);
    rows.push(
      `| ${factor}x | ${records} | ${ms(buildMs)} | ${heapMb.toFixed(1)} | ${ms(percentile(core, 0.5))} | ${ms(percentile(core, 0.95))} | ${ms(percentile(core, 0.99))} | ${ms(percentile(plain, 0.5))} | ${ms(percentile(plain, 0.95))} |`,
    );
  }
  const lines = [
    `${QUESTIONS.length} questions from tests/eval; times in ms`,
    "",
    "| data | records | index build | index heap (MB) | core p50 | core p95 | core p99 | plain fuse.js p50 | plain fuse.js p95 |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    warmedLine(),
  ];
  return lines.join("\n");
}

/**
 * The rows above warm up on 20 questions only, so their tail includes compiling the code on first use.
 * A bot warms up at start-up (src/core/warm-up.ts): this line times the shipped data as a bot answers,
 * in a fresh process so the rows above cannot have warmed it.
 */
function warmedLine(): string {
  const child = spawnSync(process.execPath, [...process.execArgv, "scripts/bench/core-warmed.ts"], {
    encoding: "utf8",
  });
  if (child.status !== 0)
    return `After the bots' start-up warm-up: could not measure (${child.stderr.trim()})`;
  const r = JSON.parse(child.stdout) as {
    asked: number;
    warmUpMs: number;
    p50: number;
    p95: number;
    p99: number;
  };
  const ms = (n: number) => n.toFixed(2);
  return `1x after the bots' start-up warm-up (${r.asked} questions in ${r.warmUpMs.toFixed(0)} ms; fresh process): core p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}`;
}
