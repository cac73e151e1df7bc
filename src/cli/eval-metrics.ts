import { z } from "zod";

const expectation = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export const evalLineSchema = z.object({
  q: z.string(),
  expect: z.union([expectation, z.array(expectation).min(1), z.null()]),
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

/** 1-based rank of the first matching result; 0 when none matches. For `expect: null`, 1 when results are empty. */
export function rankOf(results: Record<string, unknown>[], expect: EvalLine["expect"]): number {
  if (expect === null) return results.length === 0 ? 1 : 0;
  const options = Array.isArray(expect) ? expect : [expect];
  const index = results.findIndex((r) => options.some((o) => matchesExpectation(r, o)));
  return index + 1;
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
