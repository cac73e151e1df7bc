import type { IncidentStats } from "../core/index.js";

/** Layout in px; the image is this wide and as tall as its four panels need. */
const WIDTH = 900;
const LABEL_WIDTH = 230;
const BAR_HEIGHT = 18;
const BAR_GAP = 6;
const PANEL_TITLE = 34;
const PANEL_GAP = 18;
const MARGIN = 24;
const MAX_BARS = 12;
const COLOURS = ["#2f6f9f", "#8a5bb0", "#4f8a5b", "#b04a3f"] as const;

const PANELS: [keyof IncidentStats, string][] = [
  ["byDecade", "By decade"],
  ["byRegion", "By region of the host"],
  ["byType", "By type (main)"],
  ["byHostResponse", "By host response"],
];

/**
 * The stats chart as SVG, built here so every front end renders the same picture: four panels of
 * horizontal bars, counts at the bar ends. Text is escaped; the font is the bundled DejaVu Sans.
 */
export function statsChartSvg(stats: IncidentStats, title: string): string {
  const { width, height } = statsChartSize(stats);
  const parts: string[] = [];
  let y = MARGIN + 28;
  parts.push(text(MARGIN, MARGIN + 12, title, 20, "bold"));
  PANELS.forEach(([key, heading], p) => {
    const entries = Object.entries(stats[key]).slice(0, MAX_BARS);
    const max = Math.max(1, ...entries.map(([, n]) => n));
    parts.push(text(MARGIN, y + 20, heading, 15, "bold"));
    y += PANEL_TITLE;
    for (const [label, n] of entries) {
      const width = Math.max(2, Math.round(((WIDTH - LABEL_WIDTH - MARGIN * 2 - 40) * n) / max));
      parts.push(text(MARGIN, y + 14, label, 13));
      parts.push(
        `<rect x="${MARGIN + LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${COLOURS[p]}"/>`,
      );
      parts.push(text(MARGIN + LABEL_WIDTH + width + 6, y + 14, String(n), 13));
      y += BAR_HEIGHT + BAR_GAP;
    }
    if (entries.length === 0) {
      parts.push(text(MARGIN, y + 14, "no incidents", 13));
      y += BAR_HEIGHT + BAR_GAP;
    }
    y += PANEL_GAP;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

/** The picture's size in px, from the layout alone: each panel's heading, its bars (one line when empty), the gaps. */
export function statsChartSize(stats: IncidentStats): { width: number; height: number } {
  const panels = PANELS.map(([key]) => Math.max(1, Math.min(MAX_BARS, Object.keys(stats[key]).length)));
  const bars = panels.reduce((sum, n) => sum + n, 0);
  const height =
    MARGIN + 28 + PANELS.length * (PANEL_TITLE + PANEL_GAP) + bars * (BAR_HEIGHT + BAR_GAP) + MARGIN;
  return { width: WIDTH, height };
}

function text(x: number, y: number, content: string, size: number, weight = "normal"): string {
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="#222222">${escapeXml(content)}</text>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
