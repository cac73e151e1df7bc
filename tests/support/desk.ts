import { createDesk, formatProblem, loadDataset, type Desk } from "../../src/core/index.js";

let cached: Desk | undefined;

/** The shipped data, loaded once per test file (loading is pure; caching only saves time). */
export function loadDesk(): Desk {
  if (cached) return cached;
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(loaded.error.map(formatProblem).join("\n"));
  cached = createDesk(loaded.value);
  return cached;
}
