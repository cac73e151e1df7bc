import { TYPO_FACTOR } from "./typos.js";

/**
 * Per-query accumulator over every record, in typed arrays: scores, and which query words each
 * record explains (exactly, or only through a typo correction), as bits. Allocated per query, so
 * nothing is shared between requests; flat arrays keep large datasets cheap.
 */
export class ScoreBoard {
  readonly scores: Float64Array;
  readonly touched: number[] = [];
  private readonly seen: Uint8Array;
  private readonly exact: Uint32Array;
  private readonly typo: Uint32Array;
  private readonly bits = new Map<string, number>();

  /** When set, only these records may collect a score: the rest were ruled out up front. */
  private readonly mask: Uint8Array | undefined;

  constructor(size: number, words: Iterable<string>, mask?: Uint8Array) {
    this.mask = mask;
    this.scores = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.exact = new Uint32Array(size);
    this.typo = new Uint32Array(size);
    for (const word of words)
      if (!this.bits.has(word) && this.bits.size < 32) this.bits.set(word, 1 << this.bits.size);
  }

  has(doc: number): boolean {
    return this.seen[doc] === 1;
  }

  add(doc: number, amount: number): void {
    if (this.mask && this.mask[doc] === 0) return;
    if (this.seen[doc] === 0) {
      this.seen[doc] = 1;
      this.touched.push(doc);
    }
    this.scores[doc]! += amount;
  }

  /** Records that `doc` explains `word`; quality 1 is an exact match, TYPO_FACTOR a corrected typo. */
  mark(doc: number, word: string, quality: number): void {
    const bit = this.bits.get(word);
    if (bit === undefined) return;
    if (quality >= 1) this.exact[doc]! |= bit;
    else if (quality >= TYPO_FACTOR) this.typo[doc]! |= bit;
  }

  /** 1 for an exact match, TYPO_FACTOR for a corrected typo ("tehrna" → tehran), 0 otherwise. */
  credit(doc: number, word: string): number {
    const bit = this.bits.get(word);
    if (bit === undefined) return 0;
    if ((this.exact[doc]! & bit) !== 0) return 1;
    return (this.typo[doc]! & bit) !== 0 ? TYPO_FACTOR : 0;
  }
}
