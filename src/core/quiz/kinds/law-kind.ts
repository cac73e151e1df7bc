import type { Duty, Incident } from "../../dataset/schema.js";
import type { Dataset } from "../../dataset/dataset.js";
import { dutyLabel, firstSentence } from "../describe-incident.js";
import { namesAnswer, pickDistractors } from "../distractors.js";
import { explainLaw } from "../explanation.js";
import { OPTION_COUNT, type QuizKind } from "../quiz-kind.js";
import { randomIndex } from "../random.js";

/** Words that point at the law itself: a situation that says them is half an answer. */
const LAW_WORDS = /\b(conventions?|articles?|treaty|treaties|court|judgment|judgement|icj|vienna)\b/i;
const ANSWERABLE: ReadonlySet<Duty["kind"]> = new Set(["article", "case", "concept"]);

/**
 * "Which of these rules did this incident engage? <the first sentence of its summary>" The right
 * option is a rule the incident's record links; the wrong ones are articles and cases that it does
 * not link, that are not related to those it links (either way round), and that no incident of the same type engages
 * (so none of them could also be argued to apply).
 */
export const lawKind: QuizKind = {
  name: "law",
  over: "incident",
  build({ dataset, lawFocus }, item, random) {
    if (item.kind !== "incident") return undefined;
    const r = item.record;
    const linked = r.duties.flatMap((id) => dataset.dutyById.get(id) ?? []);
    const answerable = linked.filter((d) => ANSWERABLE.has(d.kind) && (!lawFocus || lawFocus.has(d.id)));
    if (answerable.length === 0) return undefined;
    const duty = answerable[randomIndex(random, answerable.length)]!;
    const situation = firstSentence(r.summary);
    if (LAW_WORDS.test(situation) || [duty.title, ...duty.aliases].some((n) => namesAnswer(situation, n)))
      return undefined;
    const excluded = excludedRules(dataset, r, linked);
    const candidates = dataset.duties.filter(
      (d) => (d.kind === "article" || d.kind === "case") && !excluded.has(d.id),
    );
    const label = (d: Duty) => dutyLabel(d);
    const distractors = pickDistractors(
      dutyLabel(duty),
      [candidates.filter((d) => d.instrument === duty.instrument).map(label), candidates.map(label)],
      OPTION_COUNT - 1,
      random,
    );
    if (!distractors) return undefined;
    return {
      question: `Which of these rules did this incident engage? ${situation}`,
      correct: dutyLabel(duty),
      distractors,
      order: "shuffle",
      explanation: explainLaw(r, duty),
    };
  },
};

/** Rules that are, or could be argued to be, right for this incident. */
function excludedRules(dataset: Dataset, r: Incident, linked: readonly Duty[]): Set<string> {
  const excluded = new Set<string>(r.duties);
  for (const d of linked) for (const id of d.related) excluded.add(id);
  // Relatedness is recorded on one side only at times: a rule that names a linked one is close too.
  for (const d of dataset.duties) if (d.related.some((id) => r.duties.includes(id))) excluded.add(d.id);
  for (const other of dataset.incidents)
    if (other.types.includes(r.types[0]!)) for (const id of other.duties) excluded.add(id);
  return excluded;
}
