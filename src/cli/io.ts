/** Streams injected into every CLI command, so tests drive them exactly as a terminal would. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/**
 * A closed pipe (`npm run ask -- ... | head`) is a normal way for a reader to stop: end quietly
 * instead of crashing with EPIPE. Entry points call this once.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
