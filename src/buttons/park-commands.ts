import { decodeCommand, emptyAnswer, encodeCommand, type Answer, type Command } from "../core/index.js";
import type { ButtonStore } from "../store/button-store.js";

/** A button that carries `k:<key>` instead of its command; no command name starts with it. */
export const PARKED_PREFIX = "k:";

/** Encoded command → what its button carries instead (`k:<key>`), for the commands too long to carry. */
export type ParkedCommands = ReadonlyMap<string, string>;
export const NONE_PARKED: ParkedCommands = new Map();

export interface ButtonParking {
  store: ButtonStore;
  /** Told when the database cannot store or read a command; the person still gets an answer. */
  onError: (message: string, error: unknown) => void;
  /** Give up storing after this long: chat platforms wait 3 s for an answer. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 1000;

/**
 * Stores the answer's button commands that do not `fit` the platform's limit, before rendering
 * (rendering stays pure). Nothing touches the database when every command fits. When the database
 * does not answer, the buttons fall back to what they did without it (cut or disabled), and it is logged.
 */
export async function parkLongCommands(
  answer: Answer,
  fits: (encoded: string) => boolean,
  parking: ButtonParking | undefined,
): Promise<ParkedCommands> {
  const long = [...new Set(answer.actions.map((a) => encodeCommand(a.command)))].filter((e) => !fits(e));
  if (long.length === 0 || !parking) return NONE_PARKED;
  try {
    const keys = await withTimeout(
      Promise.all(long.map((encoded) => parking.store.put(encoded))),
      parking.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    return new Map(long.map((encoded, i) => [encoded, `${PARKED_PREFIX}${keys[i]!}`]));
  } catch (error) {
    parking.onError("could not store long button commands; those buttons are cut or disabled", error);
    return NONE_PARKED;
  }
}

export type ParkedLoad = { ok: true; command: Command } | { ok: false; code: "expired" | "unavailable" };

/** The command behind a `k:<key>` button: unknown or older than 30 days is "expired". */
export async function loadParkedCommand(
  carried: string,
  parking: ButtonParking | undefined,
): Promise<ParkedLoad> {
  if (!parking) return { ok: false, code: "unavailable" };
  try {
    const encoded = await withTimeout(
      parking.store.get(carried.slice(PARKED_PREFIX.length)),
      parking.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const command = encoded === undefined ? undefined : decodeCommand(encoded);
    return command ? { ok: true, command } : { ok: false, code: "expired" };
  } catch (error) {
    parking.onError("could not load a stored button command", error);
    return { ok: false, code: "unavailable" };
  }
}

/** The same words on every platform for a stored button that cannot be read. */
export function parkedLoadAnswer(code: "expired" | "unavailable"): Answer {
  return {
    ...emptyAnswer("error", "Sorry"),
    summary:
      code === "expired"
        ? "This button has expired: ask again."
        : "I could not read what this button asks just now. Try again in a moment, or ask again.",
  };
}

export function isParked(carried: string): boolean {
  return carried.startsWith(PARKED_PREFIX);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
