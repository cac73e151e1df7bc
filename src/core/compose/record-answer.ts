import type { Answer, Fact, RecordRef, ResultItem } from "../answer.js";
import { emptyAnswer } from "../answer.js";
import { countryNameOn } from "../countries.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Duty, Incident } from "../dataset/schema.js";
import { HOST_RESPONSE_LABELS, INSTRUMENT_NAMES } from "../dataset/vocabulary.js";
import type { SearchRecord } from "../search/search-index.js";
import { casualtiesLabel, dutyLine, formatPeriod, incidentLine, missionLabel } from "./format.js";
import { countOf } from "./count-of.js";

const RELATED_LIMIT = 3;

export function refOf(item: SearchRecord): RecordRef {
  return { kind: item.kind, id: item.record.id, title: item.record.title };
}

export function resultItemOf(item: SearchRecord, score: number): ResultItem {
  const line = item.kind === "incident" ? incidentLine(item.record) : dutyLine(item.record);
  return { ...refOf(item), line, score };
}

/** One record in full: facts, summary, sources, what it is linked to, and Cite and Report buttons. */
export function recordAnswer(dataset: Dataset, item: SearchRecord): Answer {
  const answer =
    item.kind === "incident" ? incidentAnswer(dataset, item.record) : dutyAnswer(dataset, item.record);
  return {
    ...answer,
    actions: [
      { type: "cite", label: "Cite", command: { name: "cite", query: item.record.id } },
      { type: "report", label: "Report a problem", command: { name: "report", query: item.record.id } },
    ],
  };
}

function incidentAnswer(dataset: Dataset, r: Incident): Answer {
  const facts: Fact[] = [
    { label: "Date", value: formatPeriod(r.date, r.endDate) },
    { label: "Place", value: `${r.city}, ${countryNameOn(r.hostCountry, r.date)}` },
    { label: "Mission", value: missionLabel(r) },
    { label: "Type", value: r.types.join(", ") },
  ];
  if (r.perpetrators) facts.push({ label: "Perpetrators", value: r.perpetrators });
  const casualties = casualtiesLabel(r);
  if (casualties) facts.push({ label: "Casualties", value: casualties });
  facts.push({
    label: "Host response",
    value: `${HOST_RESPONSE_LABELS[r.hostResponse.category]}: ${r.hostResponse.evidence}`,
  });
  if (r.outcome) facts.push({ label: "Outcome", value: r.outcome });
  if (r.notes) facts.push({ label: "Note", value: r.notes });
  return {
    ...emptyAnswer("record", r.title),
    summary: r.summary,
    facts,
    citations: r.sources,
    related: relatedRefs(dataset, { kind: "incident", record: r }),
  };
}

function dutyAnswer(dataset: Dataset, r: Duty): Answer {
  const facts: Fact[] = [{ label: "Instrument", value: INSTRUMENT_NAMES[r.instrument] }];
  if (r.article) facts.push({ label: "Article", value: r.article });
  facts.push({ label: "Year", value: String(r.year) });
  const atStake = dataset.incidentsByDuty.get(r.id) ?? [];
  if (atStake.length > 0) {
    facts.push({
      label: "At stake in",
      value: `${countOf(atStake.length, "incident")} in the data`,
    });
  }
  return {
    ...emptyAnswer("record", r.title),
    summary: r.explanation,
    facts,
    ...(r.text ? { quote: { text: r.text, source: r.textSource ?? r.sources[0]!.url } } : {}),
    citations: r.sources,
    related: relatedRefs(dataset, { kind: "duty", record: r }),
  };
}

/** An incident's duties; a duty's most recent incidents (up to three) and its related duties. */
export function relatedRefs(dataset: Dataset, item: SearchRecord, limit = RELATED_LIMIT): RecordRef[] {
  if (item.kind === "incident") {
    return item.record.duties
      .map((id) => dataset.dutyById.get(id))
      .filter((d): d is Duty => d !== undefined)
      .map((record) => refOf({ kind: "duty", record }));
  }
  const incidents = (dataset.incidentsByDuty.get(item.record.id) ?? [])
    .slice(0, limit)
    .map((record) => refOf({ kind: "incident", record }));
  const duties = item.record.related
    .map((id) => dataset.dutyById.get(id))
    .filter((d): d is Duty => d !== undefined)
    .map((record) => refOf({ kind: "duty", record }));
  return [...incidents, ...duties];
}
