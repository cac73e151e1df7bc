import type { IncomingMessage } from "node:http";
import { isValidSlackRequest } from "@slack/bolt";
import type { SeenRequestStore } from "../../store/seen-request-store.js";
import { within } from "../../limits/within.js";
import type { AdapterLogger } from "./config.js";

/**
 * Slack signs `v0:<timestamp>:<body>` and asks apps to refuse requests whose timestamp is more than
 * 5 minutes from their clock: https://docs.slack.dev/authentication/verifying-requests-from-slack
 * Bolt 5 refuses only old ones (its verifySlackRequest has no upper bound), so a request stamped in
 * the future stays replayable for longer; this refuses both directions.
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** The replay check may take this long before the request goes through unchecked (3 s in all). */
const SEEN_TIMEOUT_MS = 1_000;
/** Expired signatures are swept at most this often, by whichever request comes next. */
const SWEEP_EVERY_MS = 60_000;

export interface RequestCheckOptions {
  signingSecret: string;
  /** The signatures already served (the shared database); without it only the clock is checked. */
  seen?: () => Promise<SeenRequestStore>;
  logger?: AdapterLogger;
  now?: () => number;
}

/** "pass": hand the request to Bolt, which verifies the signature again and serves it. */
export type RequestVerdict = "pass" | "stale" | "replay";

/**
 * Checks a buffered request before Bolt sees it: a timestamp outside ±5 minutes is refused, and so
 * is a second copy of a correctly signed request (same signature) within that window, whichever
 * replica served the first. Slack's own retries are signed afresh, with a new timestamp, so they
 * are not copies. Only signatures that verify are recorded, so a forger cannot fill the table.
 */
export function createRequestChecks(
  options: RequestCheckOptions,
): (req: IncomingMessage, body: Buffer) => Promise<RequestVerdict> {
  const now = options.now ?? Date.now;
  let lastSweep = 0;
  let failing = false;

  async function firstSeen(signature: string, timestamp: number): Promise<boolean> {
    if (!options.seen) return true;
    try {
      // One budget for opening the store and the insert: the whole answer has 3 s.
      const first = await within(
        options.seen().then(async (store) => {
          sweep(store);
          return store.firstSeen(signature, new Date((timestamp + MAX_CLOCK_SKEW_SECONDS) * 1000));
        }),
        SEEN_TIMEOUT_MS,
      );
      failing = false;
      return first;
    } catch (error) {
      // Availability over strictness: the signature and the clock are still checked, and refusing
      // every request because the database is away would be an outage of our own making.
      if (!failing)
        options.logger?.warn(
          `Slack: replayed requests are not detected until the database answers: ${error instanceof Error ? error.message : String(error)}`,
        );
      failing = true;
      return true;
    }
  }

  function sweep(store: SeenRequestStore): void {
    if (now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now();
    store
      .deleteExpired()
      .catch((e: unknown) =>
        options.logger?.warn(`Slack: sweeping old request signatures failed: ${String(e)}`),
      );
  }

  return async (req, body) => {
    const signature = req.headers["x-slack-signature"];
    const stamp = req.headers["x-slack-request-timestamp"];
    // Missing or doubled headers, and Slack's unsigned ssl_check, are Bolt's to judge.
    if (typeof signature !== "string" || typeof stamp !== "string") return "pass";
    const timestamp = Number(stamp);
    if (!Number.isFinite(timestamp)) return "pass";
    if (Math.abs(now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) return "stale";
    const valid = isValidSlackRequest({
      signingSecret: options.signingSecret,
      body: body.toString("utf8"),
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
      nowMilliseconds: now(),
    });
    if (!valid) return "pass"; // Bolt refuses it with 401 and logs why
    return (await firstSeen(signature, timestamp)) ? "pass" : "replay";
  };
}
