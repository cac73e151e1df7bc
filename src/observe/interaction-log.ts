import { randomUUID } from "node:crypto";
import type { Answer, Intent } from "../core/index.js";
import type { Metrics } from "./metrics.js";

/** pino's logger fits this; only these three levels are used. */
export interface StructuredLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export type Platform = "slack" | "discord";

/** What a handler tells the log while it works; nothing here is required. */
export interface InteractionNote {
  /** The core command (or "autocomplete", "home"…), once the payload has been read. */
  command(name: string): void;
  /** The answer sent: its intent, result count and data version go in the line. */
  answered(answer: Answer): void;
  /** What the person typed: logged at debug level only, never in the info line. */
  text(text: string): void;
}

export interface InteractionOptions {
  platform: Platform;
  /** How it arrived: slash, button, modal, shortcut, select, context, autocomplete, home. */
  via: string;
  /** Logged at debug level (autocomplete fires on every keystroke). */
  quiet?: boolean;
}

/** One interaction's line: what operators read, never what the person wrote. */
export interface InteractionLine {
  platform: Platform;
  via: string;
  command: string;
  intent?: Intent;
  ms: number;
  results: number;
  dataVersion: string;
  ref: string;
  outcome: "ok" | "error";
}

export interface InteractionLog {
  /**
   * Runs one interaction's handler: times it, counts it and writes one line. A throw is logged
   * with a reference and handed to `sorry` with the words to show the person; it never escapes,
   * so no platform event handler can take the process down.
   */
  track(
    options: InteractionOptions,
    work: (note: InteractionNote) => Promise<void>,
    sorry: (message: string) => Promise<unknown>,
  ): Promise<void>;
}

export interface InteractionLogOptions {
  logger?: StructuredLogger | undefined;
  metrics?: Metrics | undefined;
  /** The loaded data's version, for lines whose handler sent no answer. */
  dataVersion?: string;
  now?: () => number;
  newRef?: () => string;
}

/** What the person sees when something fails on our side: the reference operators search the logs for. */
export function somethingWentWrong(ref: string): string {
  return `Something went wrong on my side (ref ${ref}). Please try again; if it keeps happening, quote that reference.`;
}

export function createInteractionLog(options: InteractionLogOptions = {}): InteractionLog {
  const now = options.now ?? (() => performance.now());
  const newRef = options.newRef ?? (() => randomUUID().slice(0, 8));
  const { logger, metrics } = options;
  return {
    async track({ platform, via, quiet }, work, sorry) {
      const started = now();
      const ref = newRef();
      let command = via;
      let answer: Answer | undefined;
      let text: string | undefined;
      let failure: unknown;
      try {
        await work({
          command: (name) => void (command = name),
          answered: (a) => void (answer = a),
          text: (t) => void (text = t),
        });
      } catch (error) {
        failure = error ?? new Error("unknown failure");
        await sorry(somethingWentWrong(ref)).catch((e: unknown) =>
          logger?.error({ ref, err: e }, "could not tell the person something went wrong"),
        );
      }
      const seconds = (now() - started) / 1000;
      metrics?.interaction({ platform, command, seconds, failed: failure !== undefined });
      const line: InteractionLine = {
        platform,
        via,
        command,
        ...(answer?.intent ? { intent: answer.intent } : {}),
        ms: Math.round(seconds * 10_000) / 10,
        results: answer ? resultCountOf(answer) : 0,
        dataVersion: answer?.data?.version ?? options.dataVersion ?? "unknown",
        ref,
        outcome: failure === undefined ? "ok" : "error",
      };
      if (text !== undefined) logger?.debug({ ref, text }, "interaction text");
      if (failure !== undefined) logger?.error({ ...line, err: failure }, "interaction failed");
      else if (quiet) logger?.debug(line, "interaction");
      else logger?.info(line, "interaction");
    },
  };
}

/** How many records the answer gives: all matches for a count or list, else the records shown. */
export function resultCountOf(answer: Answer): number {
  if (answer.count !== undefined) return answer.count;
  if (answer.kind === "record" || answer.kind === "citation") return 1;
  return answer.kind === "list" ? answer.results.length : 0;
}
