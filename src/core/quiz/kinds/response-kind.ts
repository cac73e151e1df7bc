import { formatPeriod } from "../../compose/format.js";
import { HOST_RESPONSE_LABELS, HOST_RESPONSES } from "../../dataset/vocabulary.js";
import { pickDistractors } from "../distractors.js";
import { explainResponse } from "../explanation.js";
import { OPTION_COUNT, type QuizKind } from "../quiz-kind.js";

/**
 * "Seizure of the US embassy in Tehran (4 November 1979 – 20 January 1981): how did the host
 * state's security forces respond?" The categories are exclusive, so every other one is wrong.
 * Raids and strikes are left out: their type already says who did it.
 */
export const responseKind: QuizKind = {
  name: "response",
  over: "incident",
  build(_context, item, random) {
    if (item.kind !== "incident") return undefined;
    const r = item.record;
    const category = r.hostResponse.category;
    if (category === "unknown" || r.types.some((t) => t === "raid" || t === "airstrike")) return undefined;
    const others = HOST_RESPONSES.filter((c) => c !== category && c !== "unknown").map(
      (c) => HOST_RESPONSE_LABELS[c],
    );
    const correct = HOST_RESPONSE_LABELS[category];
    const distractors = pickDistractors(correct, [others], OPTION_COUNT - 1, random);
    if (!distractors) return undefined;
    return {
      question: `${r.title} (${formatPeriod(r.date, r.endDate)}): how did the host state's security forces respond?`,
      correct,
      distractors,
      order: "shuffle",
      explanation: explainResponse(r),
    };
  },
};
