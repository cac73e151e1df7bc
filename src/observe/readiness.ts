/** Whether this process should get traffic, and which check says no. */
export interface ReadyReport {
  ready: boolean;
  checks: Record<string, boolean>;
}

export type ReadyCheck = () => boolean | Promise<boolean>;

/** A probe answers well within a load balancer's timeout; a check that hangs counts as not ready. */
export const READY_TIMEOUT_MS = 2_000;

/** Runs every check side by side; one that throws or takes longer than `timeoutMs` is false. */
export function createReadiness(
  checks: Record<string, ReadyCheck>,
  timeoutMs = READY_TIMEOUT_MS,
): () => Promise<ReadyReport> {
  return async () => {
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((name) => settle(checks[name]!, timeoutMs)));
    const report = Object.fromEntries(names.map((name, i) => [name, results[i]!]));
    return { ready: results.every(Boolean), checks: report };
  };
}

async function settle(check: ReadyCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
