/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once every alignment costs more than `max`. Three rolling rows: this runs for every near
 * spelling of every unknown word, so it allocates little.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * How many typos a word of this length may carry and still be recognised: two from eight letters,
 * one from four (a transposition counts as one), none below, so short words cannot match everything.
 */
export function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * The letters a word uses, one bit each (a–z; any other character on one of six bits more). An edit
 * adds or removes at most one letter of the set, a substitution both, so two words within `max`
 * edits differ in at most `2 * max` bits: a check of one instruction that spares most of the
 * distance computations over a vocabulary.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + ((code + 97) % 6));
  }
  return mask;
}

/** Whether two words' letter masks leave room for `max` edits (see `letterMask`). */
export function masksWithin(a: number, b: number, max: number): boolean {
  let diff = a ^ b;
  let bits = 0;
  while (diff !== 0 && bits <= 2 * max) {
    diff &= diff - 1;
    bits++;
  }
  return bits <= 2 * max;
}
