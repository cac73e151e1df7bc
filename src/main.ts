import { randomUUID } from "node:crypto";
import { config as loadDotenv } from "dotenv";
import { runConsole } from "./cli/console.js";
import { exitQuietlyOnClosedPipe, processIo } from "./cli/io.js";
import { loadDeskOrReport } from "./cli/load-desk.js";
import { readConfig } from "./config.js";
import { startAdapters } from "./start-adapters.js";
import { feedbackServiceFor } from "./feedback/feedback-for-config.js";
import { quizServiceFor } from "./quiz/quiz-for-config.js";
import { databaseHandleFor } from "./store/database-handle.js";

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
  const database = databaseHandleFor(read.config);
  const feedback = feedbackServiceFor(read.config, desk, database, {
    error: (m) => processIo.stderr.write(`${m}\n`),
  });
  const quiz = quizServiceFor(read.config, desk, database, {
    error: (m) => processIo.stderr.write(`${m}\n`),
  });
  const running = await startAdapters(read.config, desk, feedback, quiz);
  if (!running.ok) {
    processIo.stderr.write(`${running.message}\n`);
    return 1;
  }
  // Chat platforms wait 3 s at most: open the database now rather than on the first report.
  if (running.stoppers.length > 0)
    feedback
      .store()
      .catch((e: unknown) =>
        processIo.stderr.write(
          `Reports will go to the fallback file until the database answers: ${String(e)}\n`,
        ),
      );
  // Rounds whose question ran out while no replica was up move on now, and are checked from here on.
  if (running.stoppers.length > 0)
    quiz.resume().catch((e: unknown) => processIo.stderr.write(`Quiz rounds: ${String(e)}\n`));
  if (running.stoppers.length === 0) {
    await runConsole(desk, process.stdin, processIo, Date.now, feedback, quiz);
    await quiz.close();
    await feedback.close();
    await database.close();
    return 0;
  }
  // `npm start` forwards the signal it gets to this process, which the terminal or the supervisor
  // signalled too: the handlers stay, so a second copy cannot cut the clean shutdown short.
  await new Promise<void>((resolve) => {
    process.on("SIGINT", () => resolve());
    process.on("SIGTERM", () => resolve());
  });
  await Promise.allSettled(running.stoppers.map((stop) => stop()));
  // The database closes last, after the adapters have finished the requests they were serving.
  await feedback.close().catch(() => undefined);
  await quiz.close().catch(() => undefined);
  await database.close().catch(() => undefined);
  processIo.stderr.write("Embassy Desk stopped.\n");
  return 0;
}

exitQuietlyOnClosedPipe();
// A rejection nobody awaited is logged, with a reference, and the process serves on; an exception
// nothing caught leaves it in an unknown state, so it is logged and the process exits for its
// supervisor to restart it.
process.on("unhandledRejection", (reason) => {
  processIo.stderr.write(`Unhandled rejection (ref ${randomUUID().slice(0, 8)}): ${String(reason)}\n`);
});
process.on("uncaughtException", (error) => {
  processIo.stderr.write(
    `Uncaught exception (ref ${randomUUID().slice(0, 8)}): ${error.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
process.exitCode = await main();
