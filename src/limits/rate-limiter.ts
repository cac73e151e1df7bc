import { within } from "./within.js";
import type { BucketRule, RateLimitStore } from "../store/rate-limit-store.js";

/** Who is asking: the limits apply per person and per workspace (a Slack team, a Discord server). */
export interface Requester {
  platform: string;
  /** The Slack team or Discord server; null in a DM outside any server. */
  workspace: string | null;
  user: string;
}

export type RateDecision =
  { ok: true } | { ok: false; scope: "user" | "workspace"; retryAfterSeconds: number };

export interface RateLimits {
  /** Requests one person may make a minute, and how many at once (the bucket's size). */
  user: { perMinute: number; burst: number };
  /** The same for a whole workspace or server. */
  workspace: { perMinute: number; burst: number };
}

export interface RateLimiterLogger {
  warn(message: string): void;
}

export interface RateLimiterOptions {
  /** The store, opened on demand (the shared database handle); may reject while the database is down. */
  openStore: () => Promise<RateLimitStore>;
  limits: RateLimits;
  logger?: RateLimiterLogger;
  /** Called for every refused request (metrics count them). */
  onLimited?: (requester: Requester, decision: Extract<RateDecision, { ok: false }>) => void;
  /**
   * How long the database may take before the request goes through anyway: Slack and Discord give
   * the whole answer 3 s. Default 1000 ms.
   */
  timeoutMs?: number;
}

export interface RateLimiter {
  check(requester: Requester): Promise<RateDecision>;
}

const DEFAULT_TIMEOUT_MS = 1_000;

function ruleOf(limit: { perMinute: number; burst: number }): BucketRule {
  return { capacity: limit.burst, perSecond: limit.perMinute / 60 };
}

/**
 * The person's bucket first, then the workspace's: one person hammering the bot is refused without
 * spending the workspace's tokens. When the database is down or slow the request goes through and
 * the outage is logged once: the limit protects the bot, and refusing everyone because the limit
 * cannot be counted would be the outage it is there to prevent (availability over strictness).
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const user = ruleOf(options.limits.user);
  const workspace = ruleOf(options.limits.workspace);
  let failing = false;

  async function decide(requester: Requester): Promise<RateDecision> {
    const store = await options.openStore();
    const userKey = `${requester.platform}:${requester.workspace ?? "-"}:${requester.user}`;
    const mine = await store.take("user", userKey, user);
    if (!mine.allowed) return { ok: false, scope: "user", retryAfterSeconds: mine.retryAfterSeconds };
    if (requester.workspace === null) return { ok: true };
    const theirs = await store.take("workspace", `${requester.platform}:${requester.workspace}`, workspace);
    if (!theirs.allowed)
      return { ok: false, scope: "workspace", retryAfterSeconds: theirs.retryAfterSeconds };
    return { ok: true };
  }

  return {
    async check(requester) {
      try {
        const decision = await within(decide(requester), timeoutMs);
        failing = false;
        if (!decision.ok) options.onLimited?.(requester, decision);
        return decision;
      } catch (error) {
        if (!failing)
          options.logger?.warn(
            `Rate limits are not enforced until the database answers: ${error instanceof Error ? error.message : String(error)}`,
          );
        failing = true;
        return { ok: true };
      }
    },
  };
}
