import type { Dataset } from "../dataset/dataset.js";
import type { Duty, Incident } from "../dataset/schema.js";
import type { Desk } from "../desk.js";
import { describeQueryError } from "../messages.js";
import { notability } from "../notability.js";
import { parseQuery } from "../query/parse-query.js";
import { matchingDocs } from "../reading-hits.js";
import { hasFilters } from "../search/filters.js";
import { readText } from "../read-text.js";
import { cityKind, hostCountryKind } from "./kinds/place-kinds.js";
import { lawKind } from "./kinds/law-kind.js";
import { matchKind } from "./kinds/match-kind.js";
import { missionKind } from "./kinds/mission-kind.js";
import { responseKind } from "./kinds/response-kind.js";
import { statementKind } from "./kinds/statement-kind.js";
import { yearKind } from "./kinds/year-kind.js";
import type { QuizLevel, QuizSpec } from "./quiz-item.js";
import type { QuizKind } from "./quiz-kind.js";
import { QUIZ_MESSAGES } from "./quiz-messages.js";
import { MAX_QUIZ_TOPIC } from "./quiz-spec.js";

/** Fewer records than this is not a quiz: the same few questions would come back at once. */
export const MIN_POOL = 4;

const INCIDENT_KINDS: readonly QuizKind[] = [
  yearKind,
  cityKind,
  hostCountryKind,
  missionKind,
  responseKind,
  matchKind,
  lawKind,
];
const LAW_KINDS: readonly QuizKind[] = [lawKind, statementKind];
export const ALL_KINDS: readonly QuizKind[] = [...INCIDENT_KINDS, statementKind];

/** The records a quiz asks about, and the kinds of question that fit the topic. */
export interface QuizPool {
  incidents: readonly Incident[];
  duties: readonly Duty[];
  kinds: readonly QuizKind[];
  /** Law topics: the rules a law question's right answer must come from. */
  lawFocus?: ReadonlySet<string>;
}

export type PoolResult = { ok: true; pool: QuizPool } | { ok: false; message: string };

/**
 * The topic is read exactly as the search reads a question (the same parser, regions, time words
 * and host-response words): words that name incidents (a place, a period, a type, a response)
 * select those incidents; a legal question ("law", "vcdr", "consular law") selects the law and the
 * incidents that engaged it; words that are neither are said so. The level then keeps the
 * best-known or the rest.
 */
export function selectQuizPool(desk: Desk, spec: QuizSpec): PoolResult {
  const topic = spec.topic?.trim() ?? "";
  if (topic.length > MAX_QUIZ_TOPIC)
    return { ok: false, message: QUIZ_MESSAGES.topicTooLong(MAX_QUIZ_TOPIC) };
  const { dataset } = desk;
  let pool: QuizPool;
  if (topic === "") {
    pool = { incidents: dataset.incidents, duties: articlesOf(dataset.duties), kinds: ALL_KINDS };
  } else {
    const parsed = parseQuery(topic);
    if (!parsed.ok) return { ok: false, message: describeQueryError(parsed.error) };
    const text = parsed.value.text;
    const { reading } = readText(desk, text);
    if (hasFilters(reading.filters) || hasFilters(parsed.value.filters)) {
      const incidents = matchingDocs(desk, reading, parsed.value).flatMap((d) =>
        d.item.kind === "incident" ? [d.item.record] : [],
      );
      pool = { incidents, duties: [], kinds: INCIDENT_KINDS };
    } else if (reading.intent === "legal") {
      const law = dataset.duties.filter(
        (d) =>
          (d.kind === "article" || d.kind === "case") &&
          (reading.instruments.size === 0 || reading.instruments.has(d.instrument)),
      );
      const lawFocus = new Set(law.map((d) => d.id));
      const incidents = dataset.incidents.filter((r) => r.duties.some((id) => lawFocus.has(id)));
      pool = { incidents, duties: articlesOf(law), kinds: LAW_KINDS, lawFocus };
    } else {
      return { ok: false, message: QUIZ_MESSAGES.notUnderstood(topic) };
    }
  }
  if (spec.level) pool = atLevel(dataset, pool, spec.level);
  const size = pool.incidents.length + pool.duties.length;
  if (size < MIN_POOL)
    return { ok: false, message: QUIZ_MESSAGES.tooFew(topic || "all the data", spec.level, size) };
  return { ok: true, pool };
}

function articlesOf(duties: readonly Duty[]): Duty[] {
  return duties.filter((d) => d.kind === "article");
}

/**
 * Easy: the best-known third of the topic's incidents (by notability: aliases, sources, law,
 * toll) and the articles some incident engaged. Hard: the rest.
 */
function atLevel(dataset: Dataset, pool: QuizPool, level: QuizLevel): QuizPool {
  const fame = new Map(pool.incidents.map((r) => [r.id, notability(r)]));
  const ranked = [...pool.incidents].sort(
    (a, b) => fame.get(b.id)! - fame.get(a.id)! || a.id.localeCompare(b.id),
  );
  const cut = Math.ceil(ranked.length / 3);
  const atStake = (d: Duty) => (dataset.incidentsByDuty.get(d.id)?.length ?? 0) > 0;
  return {
    ...pool,
    incidents: level === "easy" ? ranked.slice(0, cut) : ranked.slice(cut),
    duties: pool.duties.filter((d) => atStake(d) === (level === "easy")),
  };
}
