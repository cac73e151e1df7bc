import { describe, expect, it } from "vitest";
import { runNpm } from "./spawn.js";

describe("npm run data", () => {
  it("check passes on the shipped data", async () => {
    const run = await runNpm("data", ["check"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^data OK: \d+ incidents, \d+ duties/);
  });

  it("stats counts by decade, region, type and host response", async () => {
    const run = await runNpm("data", ["stats"]);
    expect(run.code).toBe(0);
    for (const heading of [
      "Incidents by decade",
      "Incidents by region",
      "Incidents by type",
      "Incidents by host response",
    ]) {
      expect(run.stdout).toContain(heading);
    }
  });

  it("export prints one JSON record per line with sources", async () => {
    const run = await runNpm("data", ["export"]);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const incident = records.find((r) => r.kind === "incident")!;
    expect(incident).toHaveProperty("deaths");
    expect(incident).toHaveProperty("hostResponse");
    expect(incident).toHaveProperty("type");
    expect((incident.sources as { url: string }[])[0]!.url).toMatch(/^https?:\/\//);
    expect(records.some((r) => r.kind === "duty" && r.instrument === "VCDR" && r.article === "22")).toBe(
      true,
    );
  });

  it("rejects an unknown subcommand with usage", async () => {
    const run = await runNpm("data", ["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run data -- check \| stats \[--markdown\] \| export \| stamp/);
  });
});
