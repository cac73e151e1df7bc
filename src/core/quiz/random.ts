/**
 * Seeded randomness for the quiz: the same seed always draws the same numbers, so a button only
 * has to carry the seed for the answer to be re-derived on any replica.
 */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; plenty for choosing questions. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two numbers to one seed, so each candidate question draws from its own stream. */
export function mixSeeds(a: number, b: number): number {
  let h = Math.imul((a >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (b >>> 0) ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function randomIndex(random: Random, length: number): number {
  return Math.floor(random() * length);
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * A seeded walk that visits every index below `length` exactly once: a random start and a step
 * co-prime to the length. Lets the generator skip asked questions without building a permutation.
 */
export function* coveringWalk(length: number, random: Random): Generator<number> {
  if (length <= 0) return;
  const start = randomIndex(random, length);
  let step = 1 + randomIndex(random, Math.max(1, length - 1));
  while (gcd(step, length) !== 1) step = (step % length) + 1;
  for (let i = 0; i < length; i++) yield (start + i * step) % length;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A string to a 32-bit number (FNV-1a), to seed one question's own stream by its key. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
