import type { Duty, Incident } from "../dataset/schema.js";
import { HOST_RESPONSE_LABELS, INSTRUMENT_NAMES } from "../dataset/vocabulary.js";
import { formatDate, formatPeriod } from "../compose/format.js";
import { datePhrase, dutyLabel, firstSentence, missionPhrase, placePhrase } from "./describe-incident.js";

/**
 * Why the right option is right, in one or two sentences built only from the record's own fields
 * (dates, places, the host-response evidence, the law's plain-language explanation): nothing is
 * added that the data does not say.
 */
export function explainWhen(r: Incident): string {
  const lasted = r.endDate && r.endDate !== r.date ? ` and lasted until ${formatDate(r.endDate)}` : "";
  return `${r.title} began ${datePhrase(r.date)}${lasted}, in ${placePhrase(r)}.`;
}

export function explainWhere(r: Incident): string {
  return `${capitalise(missionPhrase(r))} in ${placePhrase(r)} was the one targeted ${datePhrase(r.date)}: ${r.title}.`;
}

export function explainWhose(r: Incident): string {
  return `${r.title} (${formatPeriod(r.date, r.endDate)}) targeted ${missionPhrase(r)} in ${placePhrase(r)}.`;
}

export function explainResponse(r: Incident): string {
  return `The data records the host's response as "${HOST_RESPONSE_LABELS[r.hostResponse.category]}": ${r.hostResponse.evidence}`;
}

export function explainMatch(r: Incident, facts: string): string {
  return `${r.title} (${placePhrase(r)}) is the incident ${facts}; each other option happened in another year.`;
}

export function explainLaw(r: Incident, duty: Duty): string {
  return `The data links ${r.title} (${r.date.slice(0, 4)}) to ${dutyLabel(duty)}. ${firstSentence(duty.explanation)}`;
}

export function explainStatement(article: Duty, truth: boolean, from: Duty): string {
  const asked = `Article ${article.article} of the ${INSTRUMENT_NAMES[article.instrument]}`;
  return truth
    ? `True: the statement comes from ${asked} itself (${article.title}).`
    : `False: the statement comes from ${from.instrument} Article ${from.article} (${from.title}); ${asked} is about ${lowerFirst(article.title)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
