import type { Config } from "../config.js";
import type { DatabaseHandle } from "../store/database-handle.js";
import { borrowed } from "../store/database-handle.js";
import { createRateLimitStore } from "../store/rate-limit-store.js";
import { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./rate-limiter.js";

/** The rate limiter as `npm start` configures it: the limits from the environment, the shared database. */
export function rateLimiterFor(
  config: Pick<Config, "rateLimits">,
  database: DatabaseHandle,
  extra: Pick<RateLimiterOptions, "logger" | "onLimited"> = {},
): RateLimiter {
  return createRateLimiter({
    openStore: async () => createRateLimitStore(borrowed(await database.get())),
    limits: config.rateLimits,
    ...extra,
  });
}
