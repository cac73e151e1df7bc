import { describe, expect, it } from "vitest";
import { loadDesk } from "../support/desk.js";
import { runNpm } from "./spawn.js";

describe("npm start (the console): stats and compare", () => {
  it("charts counts as text, reads a bare stats as everything, and compares two incidents", async () => {
    const lines = [
      "stats",
      "stats bombings in africa",
      "stats zzzz qqqq",
      "compare tehran 1979 vs tehran 2011",
      "compare tehran 1979",
      "exit",
    ];
    const run = await runNpm("start", [], { input: `${lines.join("\n")}\n` });
    expect(run.code).toBe(0);
    const total = loadDesk().dataset.incidents.length;
    // A bare `stats` counts every incident; it is never a search for a record whose name begins alike.
    expect(run.stdout).toContain(
      `Stats: all incidents\n====================\n\nAll incidents · ${total} incidents`,
    );
    expect(run.stdout).toMatch(/By decade:\n {2}1900s █+ \d+/);
    expect(run.stdout).toMatch(
      /Stats: bombings in africa\n=+\n\nBombings · Africa · \d+ incidents in this dataset\./,
    );
    expect(run.stdout).toMatch(/By region of the host:\n {2}Africa +█{40} \d+\n\n/);
    expect(run.stdout).toMatch(/I can't read "zzzz qqqq" as something to count/);
    expect(run.stdout).toMatch(
      /Seizure of the US embassy in Tehran vs Storming of the British embassy in Tehran\n=+\n/,
    );
    expect(run.stdout).toMatch(/Date · A: 4 November 1979/);
    expect(run.stdout).toMatch(/Date · B: 29 November 2011/);
    expect(run.stdout).toMatch(/Name two incidents with "vs"/);
    expect(run.stdout).toMatch(/Goodbye/);
  }, 120_000); // a spawned npm start, which on a busy 2-core machine can take half a minute to boot
});
