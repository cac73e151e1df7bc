import { normalizeText } from "../text/normalize.js";

/**
 * States that dissolved, and the states on their territory since: "Soviet Union" and "Russia" are
 * not two different answers to "in which country".
 */
const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  SU: ["RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"],
  YU: ["RS", "ME", "HR", "SI", "BA", "MK", "XK"],
  CS: ["CZ", "SK"],
  DD: ["DE"],
};

export function sameStateLine(a: string, b: string): boolean {
  return a === b || (SUCCESSORS[a]?.includes(b) ?? false) || (SUCCESSORS[b]?.includes(a) ?? false);
}

/** One city under its spellings in the data ("Washington" and "Washington, D.C."). */
export function cityKey(city: string): string {
  return normalizeText(city).replace(/ d c$/, "");
}
