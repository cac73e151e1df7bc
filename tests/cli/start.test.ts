import { describe, expect, it } from "vitest";
import { runNpm } from "./spawn.js";

describe("npm start", () => {
  it("opens the console with an empty environment and answers", async () => {
    const run = await runNpm("start", [], { input: "tehran 1979\nhelp\nexit\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Embassy Desk console/);
    expect(run.stdout).toMatch(/Tehran/);
    expect(run.stdout).toMatch(/Embassy Desk: how to ask/);
    expect(run.stdout).toMatch(/Goodbye/);
  });

  it("stops with one line naming a malformed variable, never echoing its value", async () => {
    const run = await runNpm("start", [], { env: { SLACK_BOT_TOKEN: "not-a-token-secret-value" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN: expected a bot token starting with "xoxb-"/);
    expect(run.stderr).not.toContain("not-a-token-secret-value");
  });
});
