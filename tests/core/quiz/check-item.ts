import {
  countryName,
  HOST_RESPONSE_LABELS,
  type Dataset,
  type Duty,
  type Incident,
} from "../../../src/core/index.js";
import type { QuizItem } from "../../../src/core/quiz/quiz-item.js";

/**
 * An independent check of one quiz item against the data: it re-derives, from the records alone,
 * which options are right, without the generator's bookkeeping (its "fitting" sets, its labels).
 * Returns the problems found; none means the item has exactly one right answer, the one it marks.
 */
export function quizChecker(dataset: Dataset): (item: QuizItem) => string[] {
  const codes = new Map<string, string>();
  for (const r of dataset.incidents)
    for (const c of [r.hostCountry, r.missionCountry]) codes.set(countryName(c), c);
  return (item) => itemProblems(dataset, item, (name) => codes.get(name));
}

function itemProblems(dataset: Dataset, item: QuizItem, codeOf: CodeOf): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${item.key}: ${problem} (${item.question})`);
  const incident = dataset.incidentById.get(item.recordId);
  const duty = dataset.dutyById.get(item.recordId);
  const record = incident ?? duty;
  if (!record) return [`${item.key}: no record ${item.recordId}`];
  if (item.key !== `${item.kind}:${item.recordId}`) say("key is not kind:record");
  if (item.correct < 0 || item.correct >= item.options.length) say("correct is out of range");
  if (new Set(item.options.map(plain)).size !== item.options.length) say("two options read the same");
  if (item.explanation.trim().length < 20) say("explanation is empty");
  if (!record.sources.some((s) => s.url === item.source.url)) say("source is not one of the record's");
  if (item.kind === "host-country" || item.kind === "mission") {
    const optionCodes = item.options.map(codeOf);
    if (optionCodes.some((c) => c === undefined)) say("an option is not a country of the data");
    if (optionCodes.some((a, i) => optionCodes.some((b, j) => i < j && sameState(a, b!))))
      say("two options are the same country");
  }
  if (item.kind === "city" && new Set(item.options.map(city)).size !== item.options.length)
    say("two options are the same city");
  const fits = fitsFor(dataset, item, incident, duty, codeOf);
  if (!fits) return [...problems, `${item.key}: unknown kind`];
  const right = item.options.map((o, i) => [o, i] as const).filter(([o]) => fits(o));
  if (right.length !== 1) say(`${right.length} options fit: ${right.map(([o]) => o).join(" | ")}`);
  else if (right[0]![1] !== item.correct) say(`the right option is ${right[0]![0]}, not the one marked`);
  if (item.kind !== "true-false" && contains(item.question, item.options[item.correct]!))
    say("the question names its answer");
  return problems;
}

type Fits = (option: string) => boolean;
type CodeOf = (name: string) => string | undefined;

function fitsFor(
  dataset: Dataset,
  item: QuizItem,
  r: Incident | undefined,
  d: Duty | undefined,
  codeOf: CodeOf,
): Fits | undefined {
  const q = item.question;
  if (r) {
    // What each question states about its incident, read off the question and checked there.
    const main = r.types[0]!;
    switch (item.kind) {
      case "year": {
        const named = dataset.incidents.filter((o) => q === `In which year did this happen: ${o.title}?`);
        return (o) => /^\d{4}$/.test(o) && named.some((n) => n.date.startsWith(o));
      }
      case "city":
      case "host-country": {
        if (!q.includes(countryName(r.missionCountry)) || !q.includes(spelledDate(r.date)))
          return () => false;
        const same = dataset.incidents.filter(
          (o) => o.missionCountry === r.missionCountry && o.types.includes(main) && overlap(o.date, r.date),
        );
        return item.kind === "city"
          ? (o) => same.some((s) => city(s.city) === city(o))
          : (o) => same.some((s) => sameState(codeOf(o), s.hostCountry));
      }
      case "mission": {
        if (!q.includes(r.city) || !q.includes(spelledDate(r.date))) return () => false;
        const same = dataset.incidents.filter(
          (o) => city(o.city) === city(r.city) && o.types.includes(main) && overlap(o.date, r.date),
        );
        return (o) => same.some((s) => sameState(codeOf(o), s.missionCountry));
      }
      case "response":
        return (o) => o === HOST_RESPONSE_LABELS[r.hostResponse.category];
      case "match": {
        if (!q.includes(spelledDate(r.date))) return () => false;
        const deaths = /killed (\d+) /.exec(q)?.[1];
        return (o) =>
          dataset.incidents.some(
            (x) =>
              x.title === o &&
              overlap(x.date, r.date) &&
              (deaths === undefined || x.casualties.deaths === Number(deaths)),
          );
      }
      case "law":
        return (o) => r.duties.some((id) => names(dataset.dutyById.get(id)!, o));
    }
  }
  if (d && item.kind === "true-false") {
    const statement = /says: “?(.*?)”?$/.exec(q)?.[1] ?? "";
    const inArticle = `${d.text ?? ""} ${d.explanation}`.includes(statement);
    const elsewhere = dataset.duties.some(
      (o) => o.id !== d.id && `${o.text ?? ""} ${o.explanation}`.includes(statement),
    );
    if (!inArticle && !elsewhere) return () => false;
    return (o) => (o === "True" ? inArticle : !inArticle);
  }
  return undefined;
}

/** An option names a rule when it gives its instrument and article, or (cases, concepts) its title or parties. */
function names(duty: Duty, option: string): boolean {
  if (duty.article) return option.startsWith(`${duty.instrument} Art. ${duty.article}:`);
  if (option === duty.title) return true;
  const parties = /\(([^()]* v\. [^()]*)\)/.exec(duty.title)?.[1];
  return (
    duty.kind === "case" &&
    parties !== undefined &&
    option.includes(parties) &&
    option.includes(String(duty.year))
  );
}

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

function spelledDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y!;
  return d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
}

function overlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function plain(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function city(name: string): string {
  return plain(name).replace(/ d c$/, "");
}

function contains(question: string, answer: string): boolean {
  return ` ${plain(question)} `.includes(` ${plain(answer)} `);
}

/** Dissolved states and the states on their ground now: one country for "no two options the same". */
const DISSOLVED: Record<string, string[]> = {
  SU: ["RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"],
  YU: ["RS", "ME", "HR", "SI", "BA", "MK", "XK"],
  CS: ["CZ", "SK"],
  DD: ["DE"],
};

function sameState(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  return a === b || (DISSOLVED[a] ?? []).includes(b) || (DISSOLVED[b] ?? []).includes(a);
}
