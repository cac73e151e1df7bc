import { createDesk, formatProblem, loadDataset, type Desk, type LoadOptions } from "../core/index.js";
import type { CliIo } from "./io.js";

/** Loads the shipped data or explains, one line per problem, why it can't. */
export function loadDeskOrReport(io: CliIo, dataDir?: string, options?: LoadOptions): Desk | undefined {
  const loaded = loadDataset(dataDir, options);
  if (loaded.ok) return createDesk(loaded.value);
  io.stderr.write(`The data in data/ has ${loaded.error.length} problem(s); fix them and try again:\n`);
  for (const problem of loaded.error) io.stderr.write(`  ${formatProblem(problem)}\n`);
  return undefined;
}
