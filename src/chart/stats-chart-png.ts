import type { Answer } from "../core/index.js";
import { svgToPng } from "./render-png.js";
import { statsChartSvg } from "./stats-chart-svg.js";

/** The file name a chart travels under, on every platform. */
export const STATS_CHART_FILE = "stats.png";

/** A stats answer's chart as PNG bytes; undefined for any other answer. Takes tens of ms (resvg). */
export function renderStatsChartPng(answer: Answer): Buffer | undefined {
  return answer.stats ? svgToPng(statsChartSvg(answer.stats, answer.title)) : undefined;
}
