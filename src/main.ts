import { config as loadDotenv } from "dotenv";
import { runConsole } from "./cli/console.js";
import { exitQuietlyOnClosedPipe, processIo } from "./cli/io.js";
import { loadDeskOrReport } from "./cli/load-desk.js";
import { readConfig } from "./config.js";
import { startAdapters } from "./start-adapters.js";
import { feedbackServiceFor } from "./feedback/feedback-for-config.js";
import { createLogger, secretsOf } from "./observe/logger.js";
import { createMetrics } from "./observe/metrics.js";
import { timedDatabase } from "./observe/timed-database.js";
import { installProcessGuards } from "./process-guards.js";
import { warmUp } from "./core/warm-up.js";
import { borrowed, databaseHandleFor } from "./store/database-handle.js";
import { rateLimiterFor } from "./limits/rate-limiter-for-config.js";
import { createSeenRequestStore } from "./store/seen-request-store.js";
import { quizServiceFor } from "./quiz/quiz-for-config.js";

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
  const logger = createLogger({ level: read.config.logLevel, secrets: secretsOf(read.config) });
  installProcessGuards(process, logger);
  const desk = loadDeskOrReport(processIo);
  if (!desk) return 1;
  if (read.config.slack.mode !== "off" || read.config.discord || read.config.discordHttp) {
    // Before connecting, so the first people to ask after a deploy do not wait for the code to compile.
    const started = performance.now();
    const asked = warmUp(desk);
    logger.info(`search warmed up: ${asked} questions in ${Math.round(performance.now() - started)} ms`);
  }
  const metrics = createMetrics();
  const database = databaseHandleFor(read.config, (db) => timedDatabase(db, metrics.databaseQuery));
  const feedback = feedbackServiceFor(read.config, desk, database, { error: (m) => logger.error(m) });
  feedback.onStored(async (item) => metrics.reportFiled(item.platform, item.kind));
  const quiz = quizServiceFor(read.config, desk, database, { error: (m) => logger.error(m) });
  // Listen before the adapters start: a supervisor may signal as soon as the bot says it is
  // connected, and a signal with no listener would kill the process mid-startup.
  const stopSignals = ["SIGINT", "SIGTERM"] as const;
  let onStopSignal = () => {};
  const stopRequested = new Promise<void>((resolve) => (onStopSignal = resolve));
  for (const signal of stopSignals) process.on(signal, onStopSignal);
  const running = await startAdapters(
    read.config,
    desk,
    feedback,
    { logger, metrics, database },
    {
      rateLimiter: rateLimiterFor(read.config, database, {
        logger: { warn: (m: string) => logger.warn(m) },
        onLimited: (requester) => metrics.rateLimited(requester.platform),
      }),
      seenRequests: async () => createSeenRequestStore(borrowed(await database.get())),
    },
    quiz,
  );
  if (!running.ok) {
    processIo.stderr.write(`${running.message}\n`);
    return 1;
  }
  // Chat platforms wait 3 s at most: open the database now rather than on the first report.
  if (running.stoppers.length > 0)
    feedback
      .store()
      .catch((e: unknown) =>
        logger.warn(
          `Reports will go to the fallback file until the database answers: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
  // Rounds whose question ran out while no replica was up move on now, and are checked from here on.
  if (running.stoppers.length > 0)
    quiz.resume().catch((e: unknown) => processIo.stderr.write(`Quiz rounds: ${String(e)}\n`));
  if (running.stoppers.length === 0) {
    // The console ends on Ctrl-D or Ctrl-C as a terminal program does, not through these listeners.
    for (const signal of stopSignals) process.off(signal, onStopSignal);
    await runConsole(desk, process.stdin, processIo, Date.now, feedback, quiz);
    await quiz.close();
    await feedback.close();
    await database.close();
    return 0;
  }
  // `npm start` forwards the signal it gets to this process, which the terminal or the supervisor
  // signalled too: the listeners stay, so a second copy cannot cut the clean shutdown short.
  await stopRequested;
  await Promise.allSettled(running.stoppers.map((stop) => stop()));
  // The database closes last, after the adapters have finished the requests they were serving.
  await feedback.close().catch(() => undefined);
  await quiz.close().catch(() => undefined);
  await database.close().catch(() => undefined);
  processIo.stderr.write("Embassy Desk stopped.\n");
  return 0;
}

exitQuietlyOnClosedPipe();
process.exitCode = await main();
