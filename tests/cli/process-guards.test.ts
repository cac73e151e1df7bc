import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Runs the fixture as main runs: node with tsx, the real logger on stderr. */
function runFixture(fault: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/fixtures/process-guards-fixture.ts", fault],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("process guards", () => {
  it("log an unhandled rejection with a reference, and the process serves on", async () => {
    const run = await runFixture("rejection");
    expect(run.stdout).toBe("still serving\n");
    expect(run.code).toBe(0);
    const line = JSON.parse(run.stderr.trim().split("\n").at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 50, msg: "unhandled rejection; serving on" });
    expect(line.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(line.err)).toContain("nobody awaited this");
  }, 60_000);

  it("log an uncaught exception with a reference and exit 1 for the supervisor", async () => {
    const run = await runFixture("exception");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const line = JSON.parse(run.stderr.trim().split("\n").at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 60,
      msg: "uncaught exception; exiting for the supervisor to restart",
    });
    expect(line.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(line.err)).toContain("nothing caught this");
  }, 60_000);
});
