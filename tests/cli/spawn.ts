import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Each spawned process gets local state of its own: two processes never share an embedded database. */
const freshDataDir = () => mkdtempSync(join(tmpdir(), "embassy-spawn-"));

const ROOT = new URL("../../", import.meta.url).pathname;

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an npm script exactly as a user would (`npm run -s <script> -- args`), with a clean
 * environment: no tokens, so nothing can reach a chat platform.
 */
export function runNpm(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", script, "--", ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        DATA_DIR: freshDataDir(),
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

export interface Running {
  output: () => string;
  /** Resolves when the combined output matches, or rejects after `ms`. */
  waitFor: (pattern: RegExp, ms?: number) => Promise<void>;
  /** Sends SIGTERM to the process group and resolves when it has ended. */
  stop: () => Promise<number | null>;
  /** Resolves with the exit code when the process ends by itself. */
  exited: Promise<number | null>;
  /** The npm process's id (its script runs in processes below it). */
  pid: number | undefined;
}

/** Starts a long-running npm script (like `npm start` with chat credentials) and watches its output. */
export function startNpm(script: string, env: Record<string, string>): Running {
  return startCommand("npm", ["run", "-s", script], env);
}

/** Starts any long-running command (e.g. `node dist/src/main.js` as the container runs it) the same way. */
export function startCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string = ROOT,
): Running {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DATA_DIR: freshDataDir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    listeners.forEach((l) => l());
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    output: () => out,
    waitFor: (pattern, ms = 45_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; output:\n${out}`));
        }, ms);
        listeners.add(check);
        check();
      }),
    exited,
    pid: child.pid,
    stop: () => {
      // npm runs the script in a child shell: signal the whole process group, as a terminal's Ctrl-C would.
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch (e) {
          // The group may have ended between the check and the signal; anything else is a real error.
          if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
        }
      }
      return exited;
    },
  };
}
