/**
 * Run by the core section in a fresh process: the shipped data's core latency after the warm-up a bot
 * runs at start-up (src/core/warm-up.ts), timed exactly as the section's own rows. Prints JSON.
 */
import { createDesk, findRecordsForText, loadDataset } from "../../src/core/index.js";
import { warmUp } from "../../src/core/warm-up.js";
import { percentile } from "./stats.js";
import { readQuestions } from "./questions.js";
import { CORE_QUESTION_FILES, time } from "./timing.js";

const loaded = loadDataset();
if (!loaded.ok) throw new Error("data does not load; run npm run data -- check");
const desk = createDesk(loaded.value);
const started = performance.now();
const asked = warmUp(desk);
const warmUpMs = performance.now() - started;
const core = time((q) => findRecordsForText(desk, q), readQuestions(CORE_QUESTION_FILES), 5);
console.log(
  JSON.stringify({
    asked,
    warmUpMs,
    p50: percentile(core, 0.5),
    p95: percentile(core, 0.95),
    p99: percentile(core, 0.99),
  }),
);
