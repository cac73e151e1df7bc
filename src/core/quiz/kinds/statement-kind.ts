import type { Duty } from "../../dataset/schema.js";
import { INSTRUMENT_NAMES } from "../../dataset/vocabulary.js";
import { tokenize } from "../../text/normalize.js";
import { explainStatement } from "../explanation.js";
import type { QuizKind } from "../quiz-kind.js";
import { randomIndex, type Random } from "../random.js";

export const TRUE = "True";
export const FALSE = "False";

/**
 * Sentences that cite other articles, paragraphs or numbers point at where they come from; those
 * and fragments (sub-paragraphs, lists) make poor statements.
 */
const UNFIT = /\b(articles?|paragraphs?|conventions?|sub-paragraph)\b|\d|:$|;$|^\(/i;
/** A sentence that leans on the one before it ("They must…", "Such…") is unclear on its own. */
const LEANS_BACK =
  /^(It|Its|They|Their|He|His|She|Her|This|These|Those|Such|That|The same)\b|\b(them|they|thereof|therein|however)\b/;

export type StatementSource = "text" | "explanation";

/** The statements an article offers: whole sentences of its verbatim text, or of its plain-language explanation. */
export function statementsOf(d: Duty, from: StatementSource): string[] {
  const body = from === "text" ? (d.text ?? "") : d.explanation;
  return body
    .split("\n")
    .map((line) => line.replace(/^\s*\d+\.\s*/, ""))
    .flatMap((line) => line.split(/(?<=\.)\s+(?=[A-Z])/))
    .map((s) => s.trim())
    .filter(
      (s) =>
        /^[A-Z]/.test(s) &&
        s.length >= 40 &&
        s.length <= 260 &&
        s.endsWith(".") &&
        !UNFIT.test(s) &&
        !LEANS_BACK.test(s),
    );
}

/**
 * "True or false? Article 29 of the Vienna Convention on Diplomatic Relations (1961) says: …"
 * A true statement is a sentence of the article itself; a false one is a sentence of an article
 * the asked one is not related to, and that shares little wording with it.
 */
export const statementKind: QuizKind = {
  name: "true-false",
  over: "duty",
  build({ dataset }, item, random) {
    if (item.kind !== "duty" || item.record.kind !== "article") return undefined;
    const article = item.record;
    const from: StatementSource = article.text && random() < 0.5 ? "text" : "explanation";
    const own = statementsOf(article, from);
    if (own.length === 0) return undefined;
    const truth = random() < 0.5;
    const other = truth ? article : unrelatedArticle(dataset.duties, article, from, random);
    if (!other) return undefined;
    const pool = truth ? own : statementsOf(other, from).filter((s) => !resembles(s, article));
    if (pool.length === 0) return undefined;
    const statement = pool[randomIndex(random, pool.length)]!;
    const name = `Article ${article.article} of the ${INSTRUMENT_NAMES[article.instrument]}`;
    const question =
      from === "text"
        ? `True or false? ${name} says: “${statement}”`
        : `True or false? In plain words, ${name} says: ${statement}`;
    return {
      question,
      correct: truth ? TRUE : FALSE,
      distractors: [truth ? FALSE : TRUE],
      order: { fixed: [TRUE, FALSE] },
      explanation: explainStatement(article, truth, other),
    };
  },
};

function unrelatedArticle(
  duties: readonly Duty[],
  article: Duty,
  from: StatementSource,
  random: Random,
): Duty | undefined {
  const others = duties.filter(
    (d) =>
      d.kind === "article" &&
      d.id !== article.id &&
      !d.related.includes(article.id) &&
      !article.related.includes(d.id) &&
      statementsOf(d, from).length > 0,
  );
  return others[randomIndex(random, others.length)];
}

/** A sentence close in wording to anything the article says would be a trick, not a question. */
function resembles(sentence: string, article: Duty): boolean {
  const body = `${article.text ?? ""}\n${article.explanation}`;
  if (body.includes(sentence)) return true;
  const words = new Set(tokenize(sentence));
  return body.split(/(?<=[.;:])\s+|\n/).some((s) => {
    const theirs = new Set(tokenize(s));
    const shared = [...words].filter((w) => theirs.has(w)).length;
    return shared / (words.size + theirs.size - shared || 1) >= 0.5;
  });
}
