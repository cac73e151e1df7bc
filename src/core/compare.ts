import type { Desk } from "./desk.js";
import type { Hit } from "./search/rank.js";
import { search } from "./search/rank.js";
import { fail, ok, type Result } from "./result.js";
import { readText } from "./read-text.js";

/** "tehran 1979 vs tehran 2011", "… versus …", "… compared with …". */
const SEPARATOR = /\s+(?:vs\.?|versus|v\.|compared (?:to|with)|against)\s+/i;
/** "compare tehran 1979 and tehran 2011", "… with …": a plainer joint, taken when it is the only one. */
const PLAIN_SEPARATOR = /\s+(?:and|with)\s+/i;
/** A runner-up this close to the first match makes a side ambiguous: the answer says which was taken. */
const AMBIGUOUS = 0.85;

export interface ComparedSide {
  asked: string;
  hit: Hit;
  /** Other incidents the words fit almost as well. */
  others: Hit[];
}

export type CompareError = { code: "compare-needs-two" } | { code: "compare-side-not-found"; side: string };

/** Each side is found with the normal search over incidents; the best match is taken. */
export function compareSides(desk: Desk, query: string): Result<[ComparedSide, ComparedSide], CompareError> {
  const parts = splitSides(query);
  if (parts.length !== 2 || parts.some((p) => p === "")) return fail({ code: "compare-needs-two" });
  const sides: ComparedSide[] = [];
  for (const asked of parts) {
    const hits = search(desk.index, asked, { kinds: ["incident"] }).hits;
    const [hit, ...rest] = hits;
    if (!hit) return fail({ code: "compare-side-not-found", side: asked });
    sides.push({ asked, hit, others: rest.filter((h) => h.score >= hit.score * AMBIGUOUS).slice(0, 3) });
  }
  return ok([sides[0]!, sides[1]!]);
}

/**
 * "compare vcdr article 22 and vccr article 31": two rules, not two incidents. Side by side they are
 * the law's own answer (each record says what it protects), so the rules are searched for instead.
 */
export function comparesLaw(desk: Desk, query: string): boolean {
  const { signals, reading } = readText(desk, query);
  return reading.intent === "legal" && signals.instruments.size + signals.articles.size > 0;
}

function splitSides(query: string): string[] {
  const parts = query.split(SEPARATOR);
  const sides =
    parts.length === 1 && query.split(PLAIN_SEPARATOR).length === 2 ? query.split(PLAIN_SEPARATOR) : parts;
  return sides.map((p) => p.trim());
}
