import { describe, expect, it } from "vitest";
import { svgToPng } from "../../src/chart/render-png.js";
import { renderStatsChartPng } from "../../src/chart/stats-chart-png.js";
import { statsChartSize, statsChartSvg } from "../../src/chart/stats-chart-svg.js";
import { commandFromText, execute } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";
import { decodePng } from "../support/png.js";

const desk = loadDesk();
const run = (text: string) => execute(desk, commandFromText(text));

describe("the PNG decoder the chart tests rely on", () => {
  it("reads back a known picture pixel for pixel", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10">' +
      '<rect width="20" height="10" fill="#ff0000"/><rect x="20" width="20" height="10" fill="#0000ff"/></svg>';
    const png = decodePng(svgToPng(svg));
    expect([png.width, png.height]).toEqual([40, 10]);
    expect(png.distinctPixels).toBe(2);
    expect(png.pixelAt(3, 7)).toBe("ff0000ff");
    expect(png.pixelAt(33, 2)).toBe("0000ffff");
  });

  it("refuses bytes that are not a PNG", () => {
    expect(() => decodePng(Buffer.from("GIF89a not a png at all"))).toThrow(/signature/);
  });
});

describe("the stats chart as PNG", () => {
  it.each(["stats", "stats bombings in africa", "stats since 2020"])(
    "%s: decodes at the layout's size and is not blank",
    (question) => {
      const answer = run(question);
      const png = decodePng(renderStatsChartPng(answer)!);
      expect({ width: png.width, height: png.height }).toEqual(statsChartSize(answer.stats!));
      // A white page with bars and text: many colours (the four bar colours, anti-aliased text).
      expect(png.distinctPixels).toBeGreaterThan(4);
      expect(png.pixelAt(1, 1)).toBe("ffffffff");
    },
  );

  it("grows with the bars it draws: a narrower selection makes a shorter picture", () => {
    const all = statsChartSize(run("stats").stats!);
    const few = statsChartSize(run("stats bombings in africa").stats!);
    expect(all.width).toBe(few.width);
    expect(few.height).toBeLessThan(all.height);
    expect(statsChartSvg(run("stats").stats!, "t")).toContain(`height="${all.height}"`);
  });

  it("is only drawn for stats answers", () => {
    expect(renderStatsChartPng(run("tehran 1979"))).toBeUndefined();
    expect(renderStatsChartPng(run("stats zzzz qqqq"))).toBeUndefined();
  });
});
