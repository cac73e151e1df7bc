import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { statsChartSvg } from "../../src/chart/stats-chart-svg.js";
import { svgToPng } from "../../src/chart/render-png.js";
import { statsTextChart } from "../../src/chart/text-chart.js";
import { commandFromText, countryInfo, execute, findRecordsForText } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";

const desk = loadDesk();
const run = (text: string) => execute(desk, commandFromText(text));

describe("stats", () => {
  it("counts every incident when asked bare, each breakdown adding up to the total", () => {
    const answer = run("stats");
    expect(answer.count).toBe(desk.dataset.incidents.length);
    for (const breakdown of Object.values(answer.stats!) as Record<string, number>[])
      expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(desk.dataset.incidents.length);
    expect(answer.title).toBe("Stats: all incidents");
  });

  it("counts what the filter words select, as the search reads them", () => {
    const answer = run("stats bombings in africa");
    // Bombings: the incidents recorded above all as a bombing.
    const expected = desk.dataset.incidents.filter(
      (r) => r.types[0] === "bombing" && countryInfo(r.hostCountry)?.continent === "Africa",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.count).toBe(expected.length);
    expect(answer.stats!.byRegion).toEqual({ Africa: expected.length });
    expect(answer.summary).toBe(`Bombings · Africa · ${expected.length} incidents in this dataset.`);
  });

  it("names a lone country it counted, not 'all incidents'", () => {
    const answer = run("stats iran");
    const iran = desk.dataset.incidents.filter((r) => r.hostCountry === "IR" || r.missionCountry === "IR");
    expect(answer.summary).toBe(`Iran · ${iran.length} incidents in this dataset.`);
  });

  it("says so when the words are not something to count, instead of counting everything", () => {
    const answer = run("stats zzzz qqqq");
    expect(answer.kind).toBe("error");
    expect(answer.summary).toMatch(/I can't read "zzzz qqqq" as something to count/);
  });

  it("is not a search for a record whose name begins the same way", () => {
    expect(findRecordsForText(desk, "stats").ok && findRecordsForText(desk, "stats")).toMatchObject({
      value: { hits: [] },
    });
  });

  it("draws a chart that decodes, has the expected size and is not blank", () => {
    const answer = run("stats");
    const svg = statsChartSvg(answer.stats!, answer.title);
    const png = svgToPng(svg);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(900); // IHDR width
    const rendered = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect(rendered.width).toBe(900);
    const pixels = rendered.pixels;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200 || pixels[i + 1]! < 200) inked++;
    expect(inked).toBeGreaterThan(5000);
    expect(statsTextChart(answer.stats!).join("\n")).toMatch(/By decade:\n {2}1900s █+ \d+/);
  });

  it("escapes text in the chart so a title cannot break the SVG", () => {
    expect(statsChartSvg(run("stats").stats!, 'Stats: <script>"&')).toContain(
      "Stats: &lt;script&gt;&quot;&amp;",
    );
  });
});

describe("compare", () => {
  it("puts two incidents side by side, A then B, and returns them as the first two results", () => {
    const answer = run("compare tehran 1979 vs tehran 2011");
    expect(answer.results.map((r) => r.id)).toEqual(["tehran-us-1979", "tehran-gb-2011"]);
    expect(answer.facts.slice(0, 2)).toEqual([
      { label: "Date · A", value: "4 November 1979 – 20 January 1981" },
      { label: "Date · B", value: "29 November 2011" },
    ]);
    expect(answer.facts.map((f) => f.label)).toContain("Host response · B");
    const found = findRecordsForText(desk, "compare tehran 1979 vs tehran 2011");
    expect(found.ok && found.value.hits.map((h) => h.doc.item.record.id)).toEqual([
      "tehran-us-1979",
      "tehran-gb-2011",
    ]);
  });

  it("takes a plain 'and' or 'with' as the joint when there is no 'vs'", () => {
    for (const q of ["compare tehran 1979 and tehran 2011", "compare tehran 1979 with tehran 2011"])
      expect(run(q).results.map((r) => r.id)).toEqual(["tehran-us-1979", "tehran-gb-2011"]);
    // Two joints, one of them "vs": the "vs" decides, the "and" stays inside a side.
    expect(run("compare beirut and nairobi 1998 vs tehran 2011").results.map((r) => r.id)).toEqual([
      "nairobi-us-1998",
      "tehran-gb-2011",
    ]);
  });

  it("says which incident it took when a side fits several", () => {
    expect(run("compare tehran 1979 vs baghdad 2019").summary).toMatch(
      /For "tehran 1979" I took .*; it could also be/,
    );
  });

  it("answers two rules with the rules themselves, not with incidents that share their numbers", () => {
    for (const q of ["compare vcdr article 22 and vccr article 31", "compare vcdr art 22 vs vccr art 31"]) {
      const found = findRecordsForText(desk, q);
      const ids = found.ok ? found.value.hits.slice(0, 2).map((h) => h.doc.item.record.id) : [];
      expect(ids.sort()).toEqual(["vccr-31", "vcdr-22"]);
      // The answer shows the best rule in full and the other one next, as a search for both would.
      const answer = run(q);
      expect(answer.kind).toBe("record");
      expect(answer.results[0]?.id).toMatch(/^vc[cd]r-(22|31)$/);
    }
  });

  it("explains what it needs when a side is missing or unknown", () => {
    expect(run("compare tehran 1979").summary).toMatch(/Name two incidents with "vs"/);
    expect(run("compare tehran 1979 vs zzzz qqqq").summary).toMatch(/I found no incident for "zzzz qqqq"/);
  });
});
