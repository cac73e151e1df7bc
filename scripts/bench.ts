/**
 * `npm run bench`: the bot under load beside a bare Bolt app, Discord interactions, memory and
 * start-up, then the core's latency on the shipped data and larger copies. Prints markdown tables
 * for the README on stdout, progress on stderr.
 *   --only load,startup,core   run some sections (default: all)
 *   --seconds N                seconds per load measurement (default 5)
 *   --rounds N                 alternating rounds per concurrency (default 3)
 *   --runs N                   start-ups per variant (default 5)
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { runCoreBench } from "./bench/core.js";
import { runLoadSection } from "./bench/load-section.js";
import { readQuestions } from "./bench/questions.js";
import { runStartupSection } from "./bench/startup-section.js";
import { quizBenchRows } from "./bench-quiz.js";
import { createDesk, loadDataset } from "../src/core/index.js";

const SECTIONS = ["load", "startup", "core"] as const;
const { values } = parseArgs({
  options: {
    only: { type: "string", default: SECTIONS.join(",") },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    runs: { type: "string", default: "5" },
  },
});
const only = new Set(values.only.split(","));
const unknown = [...only].filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length > 0) {
  process.stderr.write(`Unknown section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(", ")}.\n`);
  process.exit(2);
}
const log = (line: string) => void process.stderr.write(`${line}\n`);
const sections: string[] = [];

if (only.has("load") || only.has("startup")) {
  log("building dist/ (npm run build)…");
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (only.has("load")) {
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  sections.push(await runLoadSection({ questions: readQuestions(), seconds, rounds, log }));
}
if (only.has("startup")) sections.push(await runStartupSection(Number(values.runs), log));
if (only.has("core")) sections.push(runCoreBench());

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(sections.join("\n\n"));

if (only.has("core")) {
  const loaded = loadDataset();
  if (loaded.ok) console.log(`\n${quizBenchRows(createDesk(loaded.value)).join("\n")}`);
}
