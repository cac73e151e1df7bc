import { config as loadDotenv } from "dotenv";
import { readConfig, type Config } from "../config.js";
import { feedbackServiceFor } from "../feedback/feedback-for-config.js";
import { databaseHandleFor } from "../store/database-handle.js";
import { openFeedbackStore } from "../store/open-store.js";
import { runAsk } from "./ask.js";
import { runData } from "./data.js";
import { runEval } from "./eval.js";
import { runFeedback } from "./feedback.js";
import { exitQuietlyOnClosedPipe, processIo } from "./io.js";
import { loadDeskOrReport } from "./load-desk.js";

/** One-shot commands: `ask`, `eval`, `data`, `feedback`. The process exits with the command's code. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "data") return runData(args, processIo);
  if (command !== "ask" && command !== "eval" && command !== "feedback") {
    processIo.stderr.write("Usage: bin.ts ask|eval|data|feedback ...\n");
    return 2;
  }
  // DATA_DIR and DATABASE_URL as `npm start` reads them, so reports land in the same database.
  loadDotenv({ quiet: true });
  const read = readConfig(process.env);
  if (!read.ok) {
    processIo.stderr.write("Check these environment variables (see .env.example):\n");
    for (const problem of read.problems) processIo.stderr.write(`  ${problem}\n`);
    return 1;
  }
  const config: Config = read.config;
  const database = databaseHandleFor(config);
  try {
    if (command === "feedback")
      return await runFeedback(args, processIo, config, () => openFeedbackStore(database));
    const desk = loadDeskOrReport(processIo);
    if (!desk) return 1;
    if (command === "eval") return runEval(desk, args, processIo);
    const feedback = feedbackServiceFor(config, desk, database, {
      error: (m) => processIo.stderr.write(`${m}\n`),
    });
    try {
      return await runAsk(desk, args, processIo, feedback);
    } finally {
      await feedback.close();
    }
  } finally {
    await database.close();
  }
}

exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
