import { spawn } from "node:child_process";

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
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...options.env },
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
