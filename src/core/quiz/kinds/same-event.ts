import type { Incident } from "../../dataset/schema.js";

/** Dates as precise as the data: "1979" overlaps "1979-11-04", "1979-11" overlaps "1979-11-04". */
export function datesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function yearOf(r: Incident): number {
  return Number(r.date.slice(0, 4));
}

/**
 * Whether another incident also fits a question that names a mission's country, what happened
 * (the main type) and the date: then its place is a second right answer and cannot be a distractor.
 */
export function fitsMissionEvent(question: Incident, other: Incident): boolean {
  return (
    other.missionCountry === question.missionCountry &&
    other.types.includes(question.types[0]!) &&
    datesOverlap(other.date, question.date)
  );
}
