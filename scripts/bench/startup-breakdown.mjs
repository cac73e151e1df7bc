// Where start-up time goes, step by step in one fresh process, in the order `node dist/src/main.js`
// meets them (module loading, then the data, then the database). Needs `npm run build` first.
// Prints one JSON object: step name → [wall ms, CPU ms, RSS MB after the step] (CPU time is what a
// busy machine distorts least; the RSS column shows where the memory goes).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";

const steps = {};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let last = performance.now();
let lastCpu = cpuMs();
const rssMb = () => process.memoryUsage().rss / 1e6;
steps["node start-up to first line"] = [last, lastCpu, rssMb()];
const step = (name) => {
  const now = performance.now();
  const cpu = cpuMs();
  steps[name] = [now - last, cpu - lastCpu, rssMb()];
  last = now;
  lastCpu = cpu;
};

await Promise.all([import("pino"), import("zod"), import("dotenv")]);
step("import pino, zod, dotenv");
await import("@slack/bolt");
step("import @slack/bolt");
await import("discord.js");
step("import discord.js");
await import("@electric-sql/pglite");
step("import @electric-sql/pglite");
const core = await import("../../dist/src/core/index.js");
await import("../../dist/src/start-adapters.js");
await import("../../dist/src/feedback/feedback-for-config.js");
step("import our modules (core, adapters, store)");
const loaded = core.loadDataset();
if (!loaded.ok) throw new Error("the data does not load: npm run data -- check");
step("read and validate data/ (zod)");
core.createDesk(loaded.value);
step("build the search index (createDesk)");
const { databaseHandleFor } = await import("../../dist/src/store/database-handle.js");
// argv[2]: a DATA_DIR whose database exists (as on every start after the first).
let handle = databaseHandleFor({ dataDir: process.argv[2] });
await handle.get();
step("open + migrate the embedded database (every start after the first)");
await handle.close();
// argv[3] "--first-start": also time creating a database (initdb: seconds of CPU and hundreds of MB).
if (process.argv[3] === "--first-start") {
  const dataDir = mkdtempSync(join(tmpdir(), "embassy-breakdown-"));
  last = performance.now();
  lastCpu = cpuMs();
  handle = databaseHandleFor({ dataDir });
  await handle.get();
  step("create + migrate a new embedded database (first start only, after the above)");
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
