import { emptyAnswer, type Answer } from "../answer.js";
import type { Dataset } from "../dataset/dataset.js";
import type { Incident } from "../dataset/schema.js";
import { HOST_RESPONSE_LABELS, HOST_RESPONSES } from "../dataset/vocabulary.js";
import { formatPeriod } from "./format.js";
import { refOf } from "./record-answer.js";

interface Question {
  question: string;
  options: string[];
  correct: number;
  incident: Incident;
}

/** Same seed, same question: the answer button only has to carry the seed and the choice. */
export function buildQuestion(dataset: Dataset, seed: number): Question | undefined {
  const random = mulberry32(seed);
  const pool = dataset.incidents.filter((r) => r.hostResponse.category !== "unknown");
  if (pool.length < 4) return undefined;
  const incident = pool[Math.floor(random() * pool.length)]!;
  const askYear = random() < 0.5 && !/\b\d{4}\b/.test(incident.title);
  const correctLabel = askYear
    ? incident.date.slice(0, 4)
    : HOST_RESPONSE_LABELS[incident.hostResponse.category];
  const others = askYear
    ? [...new Set(dataset.incidents.map((r) => r.date.slice(0, 4)))].filter((y) => y !== correctLabel)
    : HOST_RESPONSES.filter((c) => c !== incident.hostResponse.category && c !== "unknown").map(
        (c) => HOST_RESPONSE_LABELS[c],
      );
  const options = [correctLabel];
  while (options.length < 4 && others.length > 0)
    options.push(others.splice(Math.floor(random() * others.length), 1)[0]!);
  if (askYear) options.sort();
  else shuffle(options, random);
  const question = askYear
    ? `In which year did this happen: ${incident.title}?`
    : `${incident.title} (${formatPeriod(incident.date, incident.endDate)}): how did the host state's security forces respond?`;
  return { question, options, correct: options.indexOf(correctLabel), incident };
}

export function quizAnswer(dataset: Dataset, seed: number, chosen?: number): Answer {
  const q = buildQuestion(dataset, seed);
  if (!q) return { ...emptyAnswer("error", "Quiz"), summary: "The data is too small for a quiz." };
  const answer: Answer = {
    ...emptyAnswer("quiz", "Embassy quiz"),
    quiz: { question: q.question, options: q.options },
    actions: q.options.map((label, i) => ({
      type: "quiz-answer" as const,
      label,
      command: { name: "answer" as const, query: String(i), seed },
    })),
  };
  if (chosen === undefined) return answer;
  const right = chosen === q.correct;
  return {
    ...answer,
    summary: `${right ? "Right" : `Not quite: the answer is ${q.options[q.correct]}`}. ${q.incident.summary}`,
    quiz: {
      question: q.question,
      options: q.options,
      outcome: { chosen, correct: q.correct, explanation: q.incident.hostResponse.evidence },
    },
    citations: q.incident.sources,
    related: [refOf({ kind: "incident", record: q.incident })],
    actions: [
      { type: "quiz-next", label: "Another question", command: { name: "quiz", query: "", seed: seed + 1 } },
    ],
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
