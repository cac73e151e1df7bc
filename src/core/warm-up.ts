import { COMMANDS, commandFromText } from "./commands.js";
import { countryName } from "./countries.js";
import type { Desk } from "./desk.js";
import type { Incident } from "./dataset/schema.js";
import { HOST_RESPONSE_LABELS, HOST_RESPONSES, INCIDENT_TYPES } from "./dataset/vocabulary.js";
import { execute } from "./execute.js";

/**
 * Questions of every shape the reading knows (a lookup, a pasted story, a typo, the law, a list, a
 * count), written from the desk's own records and the commands' examples, never from the eval sets.
 * A bot asks them once at start-up: the first questions after a deploy would otherwise pay for
 * compiling the reading and ranking code (p95 ~5 ms cold against ~1 ms warm on the shipped data).
 */
export function warmUpQuestions(desk: Desk): string[] {
  const { incidents, duties } = desk.dataset;
  const questions: string[] = [];
  incidents.forEach((incident, i) => {
    const shape = INCIDENT_SHAPES[i % INCIDENT_SHAPES.length]!;
    questions.push(shape(incident));
  });
  for (const duty of duties)
    questions.push(duty.title, ...duty.aliases.slice(0, 2).map((a) => `is it legal: ${a}?`));
  const regions = [...desk.regions.keys()].filter((_, i) => i % 7 === 0);
  INCIDENT_TYPES.forEach((type, i) => {
    const region = regions[i % regions.length] ?? "";
    questions.push(
      `how many ${type} attacks in ${region} since ${1960 + 5 * i}`,
      `${type} at embassies in the ${1950 + 10 * (i % 7)}s`,
    );
  });
  for (const response of HOST_RESPONSES)
    questions.push(`when did the host ${HOST_RESPONSE_LABELS[response].toLowerCase()}`);
  for (const spec of COMMANDS)
    for (const example of spec.examples) if (example !== "") questions.push(example);
  return questions;
}

const year = (incident: Incident) => incident.date.slice(0, 4);
const INCIDENT_SHAPES: ((incident: Incident) => string)[] = [
  (incident) => incident.title,
  (incident) => `${incident.city} ${year(incident)}`,
  (incident) =>
    `${countryName(incident.missionCountry)} ${incident.missionType} ${incident.city} ${incident.types[0]}`,
  (incident) => `${incident.summary} has this happened before?`,
  // A letter dropped from the city: the mending of typos.
  (incident) => `${incident.city.slice(0, 2)}${incident.city.slice(3)} embassy ${year(incident)}`,
  (incident) =>
    `has the ${countryName(incident.missionCountry)} embassy in ${countryName(incident.hostCountry)} been attacked before?`,
  (incident) => `can police enter the ${incident.missionType} in ${incident.city}?`,
];

/** Asks every warm-up question `rounds` times, as the bots do (through `execute`); returns how many. */
export function warmUp(desk: Desk, rounds = 1): number {
  const questions = warmUpQuestions(desk);
  for (let round = 0; round < rounds; round++) for (const q of questions) execute(desk, commandFromText(q));
  return questions.length * rounds;
}
