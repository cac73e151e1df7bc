import type { DataProblem } from "./problems.js";
import type { Duty, Incident, Source } from "./schema.js";
import { checkUrl, describeUrlProblem, hostMatches, type SourcePolicy } from "./source-policy.js";
import type { LocatedRecord } from "./validate-records.js";
import { compareDates } from "./check-references.js";

/** Instruments whose records must cite the UN's or the Court's own page (SOURCES.md, "Official texts"). */
const OFFICIAL_INSTRUMENTS: ReadonlySet<Duty["instrument"]> = new Set(["VCDR", "VCCR", "IPP", "ICJ", "UNGA"]);
/** A publisher that names itself a copy is not the original publisher. */
const COPY_PUBLISHER = /\b(mirror|copy)\b/i;

/**
 * The source policy (data/README.md, "Source policy"): originals only, on public http(s) hosts the
 * policy does not refuse, dated no later than today, each cited once per record; two independent
 * publishers for an incident with deaths; the official text for every treaty, court and UN record.
 */
export function checkSources(
  incidents: LocatedRecord<Incident>[],
  duties: LocatedRecord<Duty>[],
  policy: SourcePolicy,
  today: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { file, record } of [...incidents, ...duties]) {
    const at = (field: string, message: string) => problems.push({ file, id: record.id, field, message });
    checkRecordSources(record.sources, policy, today, at);
    if ("casualties" in record && (record.casualties.deaths ?? 0) > 0 && publishers(record.sources) < 2)
      at("sources", "an incident with deaths needs sources from at least two independent publishers");
    if ("instrument" in record && OFFICIAL_INSTRUMENTS.has(record.instrument) && record.kind !== "concept") {
      const official = record.sources.some((s) => policy.officialHosts.some((h) => hostOf(s.url, h)));
      if (!official) at("sources", `needs the official text: a source on ${policy.officialHosts.join(", ")}`);
    }
  }
  return problems;
}

function checkRecordSources(
  sources: Source[],
  policy: SourcePolicy,
  today: string,
  at: (field: string, message: string) => void,
): void {
  const seen = new Map<string, number>();
  sources.forEach((source, i) => {
    const field = `sources.${i}`;
    const urlProblem = checkUrl(source.url, policy);
    if (urlProblem) at(`${field}.url`, describeUrlProblem(urlProblem));
    if (source.archiveUrl !== undefined) {
      const archiveProblem = checkUrl(source.archiveUrl, policy);
      if (archiveProblem) at(`${field}.archiveUrl`, describeUrlProblem(archiveProblem));
      else if (!policy.archiveHosts.some((h) => hostOf(source.archiveUrl!, h)))
        at(`${field}.archiveUrl`, `an archived copy must be on ${policy.archiveHosts.join(", ")}`);
    }
    if (source.date !== null && compareDates(source.date, today) > 0)
      at(`${field}.date`, `${source.date} is in the future`);
    if (COPY_PUBLISHER.test(source.publisher))
      at(
        `${field}.publisher`,
        `"${source.publisher}" is a copy: name the original publisher and cite its page`,
      );
    const key = urlKey(source.url);
    const first = seen.get(key);
    if (first !== undefined) at(`${field}.url`, `the same page as sources.${first}`);
    else seen.set(key, i);
  });
}

/** Independent publishers: "The Guardian" and "guardian" are one; a wire story reprinted is still one. */
function publishers(sources: Source[]): number {
  return new Set(
    sources.map((s) =>
      s.publisher
        .toLowerCase()
        .replace(/^the\s+/, "")
        .trim(),
    ),
  ).size;
}

function hostOf(url: string, listed: string): boolean {
  try {
    return hostMatches(new URL(url).hostname, listed);
  } catch {
    return false;
  }
}

/** Two URLs name the same page when they differ only in scheme, "www.", a trailing slash or a fragment. */
function urlKey(value: string): string {
  try {
    const url = new URL(value);
    return `${url.hostname.toLowerCase().replace(/^www\./, "")}${url.pathname.replace(/\/$/, "")}${url.search}`;
  } catch {
    return value;
  }
}
