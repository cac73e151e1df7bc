import type { QuerySignals } from "../../src/core/search/understand.js";
import { understandQuery } from "../../src/core/search/understand.js";
import { tokenize } from "../../src/core/text/normalize.js";
import { loadDesk } from "./desk.js";

export interface QuestionWords {
  tokens: string[];
  has: (phrase: string) => boolean;
  signals: QuerySignals;
}

/** A question's tokens, a phrase test and its signals, as the reading step builds them. */
export function questionWords(text: string): QuestionWords {
  const tokens = tokenize(text);
  const joined = ` ${tokens.join(" ")} `;
  return {
    tokens,
    has: (phrase) => joined.includes(` ${phrase} `),
    signals: understandQuery(text, loadDesk().index.cityPhrases),
  };
}
