import { normalizeText } from "../text/normalize.js";
import { randomIndex, type Random } from "./random.js";

/** Two options that read the same (case, accents and punctuation aside). */
export function sameText(a: string, b: string): boolean {
  return a === b || normalizeText(a) === normalizeText(b);
}

/**
 * Wrong options, most plausible tier first (same region, same era…), each tier in seeded order.
 * The caller has already removed every candidate that would also be right; this keeps the
 * options distinct from the right one and from each other: no two may `clash` (read the same by
 * default; a kind knows better when one city has two spellings or one state two names).
 * Undefined when the tiers hold too few.
 */
export function pickDistractors<T extends string>(
  correct: T,
  tiers: readonly (readonly T[])[],
  count: number,
  random: Random,
  clash: (a: T, b: T) => boolean = sameText,
): T[] | undefined {
  const picked: T[] = [];
  for (const tier of tiers) {
    // A partial shuffle: only as many draws as needed.
    const left = [...new Set(tier)];
    for (let end = left.length; end > 0; end--) {
      const i = randomIndex(random, end);
      const option = left[i]!;
      left[i] = left[end - 1]!;
      if (option === "" || [correct, ...picked].some((p) => clash(p, option))) continue;
      picked.push(option);
      if (picked.length === count) return picked;
    }
  }
  return undefined;
}

/** Whether a question's text would give its answer away by naming it. */
export function namesAnswer(question: string, answer: string): boolean {
  const q = ` ${normalizeText(question)} `;
  return q.includes(` ${normalizeText(answer)} `);
}
