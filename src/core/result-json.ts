import type { Duty, Incident } from "./dataset/schema.js";
import type { SearchRecord } from "./search/search-index.js";

/** The fields of the CLI and export contracts (DESIGN.md "Contracts other tools rely on"). */
export function recordFields(item: SearchRecord): Record<string, unknown> {
  return item.kind === "incident" ? incidentFields(item.record) : dutyFields(item.record);
}

function incidentFields(r: Incident): Record<string, unknown> {
  return {
    kind: "incident",
    id: r.id,
    title: r.title,
    date: r.date,
    ...(r.endDate ? { endDate: r.endDate } : {}),
    hostCountry: r.hostCountry,
    missionCountry: r.missionCountry,
    city: r.city,
    missionType: r.missionType,
    type: r.types[0],
    types: r.types,
    deaths: r.casualties.deaths,
    hostResponse: r.hostResponse.category,
  };
}

function dutyFields(r: Duty): Record<string, unknown> {
  return {
    kind: "duty",
    id: r.id,
    title: r.title,
    dutyKind: r.kind,
    instrument: r.instrument,
    ...(r.article ? { article: r.article } : {}),
    year: r.year,
  };
}

export function exportFields(item: SearchRecord): Record<string, unknown> {
  return { ...recordFields(item), sources: item.record.sources };
}
