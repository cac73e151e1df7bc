import { describe, expect, it } from "vitest";
import { matchesExpectation, rankOf, summarize, formatSummary } from "../../src/cli/eval-metrics.js";

describe("eval metrics", () => {
  const results = [
    { kind: "duty", instrument: "VCDR", article: "22" },
    { kind: "incident", date: "1979-11-04", hostCountry: "IR" },
  ];

  it("matches every key exactly, and dates by prefix", () => {
    expect(matchesExpectation(results[1]!, { date: "1979-11", hostCountry: "IR" })).toBe(true);
    expect(matchesExpectation(results[1]!, { date: "1979-12" })).toBe(false);
    expect(matchesExpectation(results[0]!, { article: 22 })).toBe(false);
  });

  it("ranks the first match, accepts a list of right answers, and treats null as 'no results'", () => {
    expect(rankOf(results, { kind: "incident" })).toBe(2);
    expect(rankOf(results, [{ kind: "case" }, { hostCountry: "IR" }])).toBe(2);
    expect(rankOf(results, { kind: "case" })).toBe(0);
    expect(rankOf(results, null)).toBe(0);
    expect(rankOf([], null)).toBe(1);
  });

  it("scores a list question only when every result matches, and never on no results", () => {
    const incidents = [
      { kind: "incident", hostCountry: "IR", date: "1979-11-04" },
      { kind: "incident", hostCountry: "IR", date: "2011-11-29" },
    ];
    expect(rankOf(incidents, { all: { kind: "incident", hostCountry: "IR" } })).toBe(1);
    expect(rankOf(results, { all: { kind: "incident" } })).toBe(0);
    expect(rankOf(incidents, { all: [{ date: "1979" }, { date: "2011" }] })).toBe(1);
    expect(rankOf([], { all: { kind: "incident" } })).toBe(0);
  });

  it("scores a count question on the answer's count, or the number of results", () => {
    expect(rankOf(results, { count: 2 })).toBe(1);
    expect(rankOf(results, { count: 3 })).toBe(0);
    expect(rankOf(results.slice(0, 1), { count: 7 }, 7)).toBe(1);
  });

  it("summarizes ranks into top1, top3 and MRR", () => {
    const s = summarize([1, 2, 0, 4]);
    expect(s).toEqual({ top1: 0.25, top3: 0.5, mrr: (1 + 0.5 + 0 + 0.25) / 4, n: 4 });
    expect(formatSummary(s)).toBe("top1 0.25 top3 0.50 mrr 0.44 n 4");
  });
});
