import { countryName, countryNameOn } from "../countries.js";
import type { Duty, Incident } from "../dataset/schema.js";
import { INSTRUMENT_NAMES } from "../dataset/vocabulary.js";

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/** "1979-11-04" → "4 November 1979"; partial dates stay as precise as they are. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatPeriod(from: string, to: string | undefined): string {
  return to && to !== from ? `${formatDate(from)} – ${formatDate(to)}` : formatDate(from);
}

export function incidentLine(r: Incident): string {
  return `${formatDate(r.date)} · ${r.city}, ${countryNameOn(r.hostCountry, r.date)} · ${r.types.join(", ")}`;
}

export function dutyLine(r: Duty): string {
  const where = r.article ? `${r.instrument} Art. ${r.article}` : INSTRUMENT_NAMES[r.instrument];
  return `${where} · ${r.year}`;
}

/** A mission type in words ("ambassador's residence"); the quiz phrases incidents with it too. */
export const MISSION_WORDS: Record<Incident["missionType"], string> = {
  embassy: "embassy",
  "high-commission": "high commission",
  legation: "legation",
  consulate: "consulate",
  residence: "ambassador's residence",
  other: "mission",
};

export function missionLabel(r: Incident): string {
  return `${countryName(r.missionCountry)} ${MISSION_WORDS[r.missionType]}`;
}

export function casualtiesLabel(r: Incident): string | undefined {
  const c = r.casualties;
  const parts: string[] = [];
  if (c.deaths !== null) parts.push(`${c.deaths} killed${c.range ? ` (sources: ${c.range})` : ""}`);
  if (c.attackersKilled !== null && c.attackersKilled > 0)
    parts.push(`${c.attackersKilled} attackers killed`);
  if (c.injured !== null) parts.push(`${c.injured} injured`);
  if (c.hostages !== null && c.hostages > 0) parts.push(`${c.hostages} held hostage`);
  if (parts.length === 0) return c.note ? `not recorded (${c.note})` : undefined;
  return c.note ? `${parts.join("; ")}. ${c.note}` : parts.join("; ");
}
