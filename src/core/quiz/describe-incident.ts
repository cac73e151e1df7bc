import { countryName } from "../countries.js";
import type { Duty, Incident } from "../dataset/schema.js";
import type { IncidentType } from "../dataset/vocabulary.js";
import { formatDate, MISSION_WORDS } from "../compose/format.js";

/** What happened to the mission, as a passive phrase: "the United States embassy was {stormed}". */
const HAPPENED: Record<IncidentType, string> = {
  storming: "stormed",
  siege: "besieged",
  "hostage-taking": "taken over and its people held hostage",
  bombing: "bombed",
  "armed-attack": "attacked by armed assailants",
  arson: "set on fire",
  "violent-protest": "the target of a violent protest",
  protest: "the scene of a protest",
  raid: "raided",
  airstrike: "hit by a strike",
  assassination: "the scene of an assassination",
};

const NOUN: Record<IncidentType, string> = {
  storming: "a storming",
  siege: "a siege",
  "hostage-taking": "a hostage-taking",
  bombing: "a bombing",
  "armed-attack": "an armed attack",
  arson: "an arson attack",
  "violent-protest": "a violent protest",
  protest: "a protest",
  raid: "a raid",
  airstrike: "a strike",
  assassination: "an assassination",
};

export function missionWord(r: Incident): string {
  return MISSION_WORDS[r.missionType];
}

/** Country names read in a sentence with "the" ("the United States", "the Netherlands"). */
const TAKES_THE =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Soviet Union|Holy See|Czech Republic|Dominican Republic|Central African Republic|Republic of|Democratic Republic)|Islands$|Emirates$/;

/** "the United States", "Iran": a country's name as it reads inside a sentence. */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "the embassy of the United States", "the residence of the ambassador of Uganda" */
export function missionPhrase(r: Incident): string {
  return r.missionType === "residence"
    ? `the residence of the ambassador of ${countryInSentence(r.missionCountry)}`
    : `the ${missionWord(r)} of ${countryInSentence(r.missionCountry)}`;
}

export function happenedPhrase(r: Incident): string {
  return HAPPENED[r.types[0]!];
}

export function typeNoun(r: Incident): string {
  return NOUN[r.types[0]!];
}

/** "on 4 November 1979", "in November 1979", "in 1979": as precise as the data. */
export function datePhrase(iso: string): string {
  return `${iso.length === 10 ? "on" : "in"} ${formatDate(iso)}`;
}

export function placePhrase(r: Incident): string {
  return `${r.city}, ${countryName(r.hostCountry)}`;
}

/** A treaty article or a case as an option: "VCDR Art. 22: Inviolability of the mission premises". */
export function dutyLabel(d: Duty): string {
  if (d.article) return `${d.instrument} Art. ${d.article}: ${d.title}`;
  if (d.kind === "case") {
    const parties = /\(([^()]* v\. [^()]*)\)/.exec(d.title)?.[1] ?? d.aliases[0] ?? d.title;
    return `ICJ: ${parties} (${d.year})`;
  }
  return d.title;
}

/** The first sentence of a text (a summary, an explanation). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s+[A-Z"“(]|$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}
