import { config as loadDotenv } from "dotenv";
import { runConsole } from "./cli/console.js";
import { exitQuietlyOnClosedPipe, processIo } from "./cli/io.js";
import { loadDeskOrReport } from "./cli/load-desk.js";
import { readConfig } from "./config.js";
import { startAdapters } from "./start-adapters.js";

/** Reads the environment once, wires core and adapters, and handles signals. */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const read = readConfig(process.env);
  if (!read.ok) {
    processIo.stderr.write(
      `Embassy Desk cannot start; check these environment variables (see .env.example):\n`,
    );
    for (const problem of read.problems) processIo.stderr.write(`  ${problem}\n`);
    return 1;
  }
  const desk = loadDeskOrReport(processIo);
  if (!desk) return 1;
  const running = await startAdapters(read.config, desk);
  if (!running.ok) {
    processIo.stderr.write(`${running.message}\n`);
    return 1;
  }
  if (running.stoppers.length === 0) {
    await runConsole(desk, process.stdin, processIo);
    return 0;
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await Promise.allSettled(running.stoppers.map((stop) => stop()));
  processIo.stderr.write("Embassy Desk stopped.\n");
  return 0;
}

exitQuietlyOnClosedPipe();
process.exitCode = await main();
