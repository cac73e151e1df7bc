import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { statsChartSize } from "../../src/chart/stats-chart-svg.js";
import { commandFromText, execute } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";
import { decodePng } from "../support/png.js";
import { runNpm } from "./spawn.js";

describe("npm run ask", () => {
  it("answers the design's example with the Baghdad 2019 incident first, in the contract's fields", async () => {
    const run = await runNpm("ask", ["--json", "us embassy baghdad stormed 2019"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { query: string; results: Record<string, unknown>[] };
    expect(out.query).toBe("us embassy baghdad stormed 2019");
    expect(out.results[0]).toMatchObject({
      kind: "incident",
      date: expect.stringMatching(/^2019-12/),
      hostCountry: "IQ",
      missionCountry: "US",
      city: "Baghdad",
    });
    expect(out.results[0]!.score).toBeGreaterThan(0);
  });

  it("carries the data version and its date at the top level of every JSON answer", async () => {
    const run = await runNpm("ask", ["--json", "duty art 22"]);
    const out = JSON.parse(run.stdout) as { data: { version: string; asOf: string } };
    expect(out.data).toEqual(loadDesk().dataset.version);
    expect(out.data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(out.data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("carries the number of matching incidents at the top level of a count, all of them in results", async () => {
    const run = await runNpm("ask", ["--json", "how many french embassies were attacked in the 1980s"]);
    const out = JSON.parse(run.stdout) as { count: number; results: Record<string, unknown>[] };
    expect(out.count).toBeGreaterThan(0);
    expect(out.results).toHaveLength(out.count);
    for (const r of out.results) {
      expect(r.missionCountry).toBe("FR");
      expect(String(r.date).slice(0, 3)).toBe("198");
    }
  });

  it("carries stats at the top level and writes the chart with --png", async () => {
    const png = join(mkdtempSync(join(tmpdir(), "embassy-chart-")), "chart.png");
    const run = await runNpm("ask", ["--json", "--png", png, "stats bombings in africa"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { stats: Record<string, Record<string, number>>; count: number };
    expect(Object.keys(out.stats)).toEqual(["byDecade", "byRegion", "byType", "byHostResponse"]);
    expect(out.stats.byRegion).toEqual({ Africa: out.count });
    const chart = decodePng(readFileSync(png));
    const stats = execute(loadDesk(), commandFromText("stats bombings in africa")).stats!;
    expect({ width: chart.width, height: chart.height }).toEqual(statsChartSize(stats));
    expect(chart.distinctPixels).toBeGreaterThan(4);
    const text = await runNpm("ask", ["stats"]);
    expect(text.stdout).toMatch(/By host response:\n {2}\S.* █+ \d+/);
  });

  it("returns the two incidents compared as the first two results", async () => {
    const run = await runNpm("ask", ["--json", "compare nairobi 1998 vs benghazi 2012"]);
    const out = JSON.parse(run.stdout) as { results: { id: string }[] };
    expect(out.results.slice(0, 2).map((r) => r.id)).toEqual(["nairobi-us-1998", "benghazi-us-2012"]);
  });

  it("prints a citation to paste for `cite <record id>`", async () => {
    const run = await runNpm("ask", ["cite tehran-us-1979"]);
    expect(run.code).toBe(0);
    const { version, asOf } = loadDesk().dataset.version;
    expect(run.stdout).toContain(
      `Embassy Desk, "Seizure of the US embassy in Tehran" (record tehran-us-1979), data ${version}, as of ${asOf}.`,
    );
    const record = loadDesk().dataset.incidentById.get("tehran-us-1979")!;
    for (const s of record.sources)
      expect(run.stdout).toContain(
        `${s.publisher}, "${s.title}", ${s.date ? `${s.date}.` : "n.d."} ${s.url}`,
      );
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(`-- Embassy Desk data ${version} · as of ${asOf}`);
  });

  it("takes subcommands as typed after /embassy", async () => {
    const run = await runNpm("ask", ["--json", "duty art 22"]);
    const out = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(out.results[0]).toMatchObject({ kind: "duty", instrument: "VCDR", article: "22", year: 1961 });
    expect(out.results.every((r) => r.kind === "duty")).toBe(true);
  });

  it("returns no results for a question it cannot answer", async () => {
    const run = await runNpm("ask", ["--json", "weather in paris tomorrow"]);
    expect(JSON.parse(run.stdout)).toEqual({
      query: "weather in paris tomorrow",
      data: loadDesk().dataset.version,
      results: [],
    });
  });

  it("prints a readable answer with sources as text", async () => {
    const run = await runNpm("ask", ["tehran 1979"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Tehran/);
    expect(run.stdout).toMatch(/Sources:\n- .+https?:\/\//);
  });

  it("explains a malformed filter instead of failing silently", async () => {
    const run = await runNpm("ask", ["incident", "colour:red"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/"colour:" is not a filter I know/);
  });
});
