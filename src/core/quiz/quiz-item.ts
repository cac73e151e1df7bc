import type { Citation } from "../answer.js";
import type { Source } from "../dataset/schema.js";
import type { Desk } from "../desk.js";
import { selectQuizPool } from "./quiz-pool.js";
import type { QuizDraft, QuizRecord } from "./quiz-kind.js";
import { QUIZ_MESSAGES } from "./quiz-messages.js";
import { coveringWalk, hashText, mixSeeds, seededRandom, shuffled, type Random } from "./random.js";

/**
 * The contract between question generation (the core) and quiz rounds (the store and the
 * adapters): a round asks for questions by seed and topic, stores the key so none repeats, and
 * checks answers against `correct`.
 */
export type QuizLevel = "easy" | "hard";

export interface QuizSpec {
  /** Anything the search understands: a country, a region, a decade, "law", "hostage crises". */
  topic?: string;
  level?: QuizLevel;
}

export interface QuizItem {
  /** Stable for the same question (kind + record), so a round never asks it twice. */
  key: string;
  kind: string;
  question: string;
  options: string[];
  /** Index into options. */
  correct: number;
  /** One or two sentences saying why the right option is right, in the project's own words. */
  explanation: string;
  /** Where a reader checks it (a record's source, linked). */
  source: Citation;
  recordId: string;
  /** Whether `recordId` names an incident or a rule (a treaty article). */
  recordKind?: QuizRecord["kind"];
}

export type QuizItemResult = { ok: true; item: QuizItem } | { ok: false; message: string };

/**
 * Same desk, seed, spec and `avoid` → same question. `avoid` holds keys already asked in a round:
 * the seed picks a kind of question and a walk over the topic's records, and the walk visits every
 * record once, so a question is refused only when every kind and record has been asked.
 */
export function makeQuizItem(
  desk: Desk,
  seed: number,
  spec: QuizSpec = {},
  avoid: ReadonlySet<string> = new Set(),
): QuizItemResult {
  const selected = selectQuizPool(desk, spec);
  if (!selected.ok) return selected;
  const { pool } = selected;
  const random = seededRandom(seed);
  const context = { dataset: desk.dataset, ...(pool.lawFocus ? { lawFocus: pool.lawFocus } : {}) };
  for (const kind of shuffled(pool.kinds, random)) {
    const records: QuizRecord[] =
      kind.over === "incident"
        ? pool.incidents.map((record) => ({ kind: "incident", record }))
        : pool.duties.map((record) => ({ kind: "duty", record }));
    for (const index of coveringWalk(records.length, random)) {
      const item = records[index]!;
      const key = `${kind.name}:${item.record.id}`;
      if (avoid.has(key)) continue;
      // Each question draws from its own stream: the same key and seed always build the same options.
      const own = seededRandom(mixSeeds(seed, hashText(key)));
      const draft = kind.build(context, item, own);
      if (draft) return { ok: true, item: itemOf(key, kind.name, item, draft, own) };
    }
  }
  return {
    ok: false,
    message:
      avoid.size > 0
        ? QUIZ_MESSAGES.exhausted(spec.topic)
        : QUIZ_MESSAGES.tooFew(spec.topic ?? "all the data", spec.level, 0),
  };
}

function itemOf(key: string, kind: string, item: QuizRecord, draft: QuizDraft, random: Random): QuizItem {
  const all = [draft.correct, ...draft.distractors];
  const options =
    draft.order === "shuffle"
      ? shuffled(all, random)
      : draft.order === "ascending"
        ? [...all].sort((a, b) => Number(a) - Number(b))
        : [...draft.order.fixed];
  return {
    key,
    kind,
    question: draft.question,
    options,
    correct: options.indexOf(draft.correct),
    explanation: draft.explanation,
    source: citationOf(item.record.sources[0]!),
    recordId: item.record.id,
    recordKind: item.kind,
  };
}

function citationOf(source: Source): Citation {
  return {
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    url: source.url,
    ...(source.archiveUrl ? { archiveUrl: source.archiveUrl } : {}),
  };
}
