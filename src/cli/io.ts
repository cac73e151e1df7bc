/** Streams injected into every CLI command, so tests drive them exactly as a terminal would. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };
