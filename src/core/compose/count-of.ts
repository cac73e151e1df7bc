/** "1 incident", "7 incidents": a number and its noun, plural unless one. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
