import { runAsk } from "./ask.js";
import { runData } from "./data.js";
import { runEval } from "./eval.js";
import { exitQuietlyOnClosedPipe, processIo } from "./io.js";
import { loadDeskOrReport } from "./load-desk.js";

/** One-shot commands: `ask`, `eval`, `data`. The process exits with the command's code. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "data") return runData(args, processIo);
  if (command !== "ask" && command !== "eval") {
    processIo.stderr.write("Usage: bin.ts ask|eval|data ...\n");
    return 2;
  }
  const desk = loadDeskOrReport(processIo);
  if (!desk) return 1;
  return command === "ask" ? runAsk(desk, args, processIo) : runEval(desk, args, processIo);
}

exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
