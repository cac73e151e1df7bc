import type { Config } from "./config.js";
import type { Desk } from "./core/index.js";

export type StartResult = { ok: true; stoppers: (() => Promise<void>)[] } | { ok: false; message: string };

/** Starts every chat adapter that has credentials; none means the caller opens the console. */
export async function startAdapters(config: Config, _desk: Desk): Promise<StartResult> {
  const stoppers: (() => Promise<void>)[] = [];
  if (config.slack.mode !== "off" || config.discord) {
    return { ok: false, message: "Slack and Discord adapters are not built yet (issues 5 and 6); unset their variables to use the console." };
  }
  return { ok: true, stoppers };
}
