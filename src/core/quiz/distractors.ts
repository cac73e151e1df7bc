import { normalizeText } from "../text/normalize.js";
import { randomIndex, type Random } from "./random.js";

/**
 * Wrong options, most plausible tier first (same region, same era…), each tier in seeded order.
 * The caller has already removed every candidate that would also be right; this keeps the
 * options distinct from the right one and from each other (compared by `keyOf`: normalized text
 * unless the kind knows better, such as one city under two spellings).
 * Undefined when the tiers hold too few.
 */
export function pickDistractors(
  correct: string,
  tiers: readonly (readonly string[])[],
  count: number,
  random: Random,
  keyOf: (label: string) => string = normalizeText,
): string[] | undefined {
  const seen = new Set([keyOf(correct)]);
  const picked: string[] = [];
  for (const tier of tiers) {
    // A partial shuffle: only as many draws as needed, and only drawn labels are normalized.
    const left = [...new Set(tier)];
    for (let end = left.length; end > 0; end--) {
      const i = randomIndex(random, end);
      const label = left[i]!;
      left[i] = left[end - 1]!;
      const key = keyOf(label);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      picked.push(label);
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
