import { z } from "zod";

const expectation = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const oneOrMore = z.union([expectation, z.array(expectation).min(1)]);
/** A list question: every result must match (one of) these. */
const allOf = z.strictObject({ all: oneOrMore });
/** A count question: the answer must count exactly this many matching incidents. */
const countOf = z.strictObject({ count: z.number().int().nonnegative() });
export const evalLineSchema = z.object({
  q: z.string(),
  expect: z.union([countOf, allOf, oneOrMore, z.null()]),
});
export type EvalLine = z.infer<typeof evalLineSchema>;
type Expectation = z.infer<typeof expectation>;

/** DESIGN.md: every key must equal the result's field, except `date`, which matches by prefix. */
export function matchesExpectation(result: Record<string, unknown>, expect: Expectation): boolean {
  return Object.entries(expect).every(([key, want]) => {
    const got = result[key];
    if (key === "date" && typeof got === "string" && typeof want === "string") return got.startsWith(want);
    return got === want;
  });
}

/**
 * 1-based rank of the first matching result; 0 when none matches. `expect: null` scores 1 when
 * results are empty; `{"all": …}` 1 when there are results and every one matches; `{"count": N}` 1
 * when the answer counts exactly N (`count`, or the number of results when the answer has no count).
 */
export function rankOf(
  results: Record<string, unknown>[],
  expect: EvalLine["expect"],
  count: number | undefined = results.length,
): number {
  if (expect === null) return results.length === 0 ? 1 : 0;
  if (!Array.isArray(expect) && isCount(expect)) return (count ?? results.length) === expect.count ? 1 : 0;
  if (!Array.isArray(expect) && isAll(expect)) {
    const options = Array.isArray(expect.all) ? expect.all : [expect.all];
    const every = results.every((r) => options.some((o) => matchesExpectation(r, o)));
    return results.length > 0 && every ? 1 : 0;
  }
  const options = Array.isArray(expect) ? expect : [expect];
  const index = results.findIndex((r) => options.some((o) => matchesExpectation(r, o as Expectation)));
  return index + 1;
}

function isCount(expect: object): expect is { count: number } {
  return Object.keys(expect).length === 1 && "count" in expect && typeof expect.count === "number";
}

function isAll(expect: object): expect is { all: Expectation | Expectation[] } {
  return Object.keys(expect).length === 1 && "all" in expect && typeof expect.all === "object";
}

export interface EvalSummary {
  top1: number;
  top3: number;
  mrr: number;
  n: number;
}

export function summarize(ranks: number[]): EvalSummary {
  const n = ranks.length;
  const share = (pred: (r: number) => boolean) => (n === 0 ? 0 : ranks.filter(pred).length / n);
  return {
    top1: share((r) => r === 1),
    top3: share((r) => r >= 1 && r <= 3),
    mrr: n === 0 ? 0 : ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n,
    n,
  };
}

export function formatSummary(s: EvalSummary): string {
  return `top1 ${s.top1.toFixed(2)} top3 ${s.top3.toFixed(2)} mrr ${s.mrr.toFixed(2)} n ${s.n}`;
}
