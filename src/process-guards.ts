import { randomUUID } from "node:crypto";

export interface GuardLogger {
  error(details: object, message: string): void;
  fatal(details: object, message: string): void;
}

/** The part of `process` the guards use, so a test fixture can hand in the real one. */
export interface GuardedProcess {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  on(event: "uncaughtException", listener: (error: Error) => void): unknown;
  exit(code: number): never;
}

/**
 * A rejection nobody awaited is logged, with a reference, and the process serves on. An exception
 * nothing caught leaves the process in an unknown state: it is logged and the process exits 1 for
 * its supervisor to restart it.
 */
export function installProcessGuards(target: GuardedProcess, logger: GuardLogger): void {
  target.on("unhandledRejection", (reason) => {
    logger.error({ ref: newRef(), err: reason }, "unhandled rejection; serving on");
  });
  target.on("uncaughtException", (error) => {
    // pino flushes its destination when the process exits, so the line is out before it ends.
    logger.fatal({ ref: newRef(), err: error }, "uncaught exception; exiting for the supervisor to restart");
    target.exit(1);
  });
}

function newRef(): string {
  return randomUUID().slice(0, 8);
}
