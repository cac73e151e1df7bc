import Fuse from "fuse.js";
import { FIELD_WEIGHTS, type Doc } from "./search-index.js";

const FUSE_WEIGHT = 1.5;
const SHORT_FIELDS = ["title", "aliases"] as const;

/**
 * fuse.js scores how well each leading candidate's short weighted fields (title, aliases)
 * match each salient word, partial words included; the long body is left to the lexical score.
 * Only the leaders are reranked: that is where near ties need telling apart.
 */
export function rerankWithFuse<T extends { doc: Doc; score: number }>(candidates: T[], words: string[]): T[] {
  if (candidates.length < 2 || words.length === 0) return candidates;
  const fuse = new Fuse(candidates, {
    keys: SHORT_FIELDS.map((name) => ({
      name,
      weight: FIELD_WEIGHTS[name],
      getFn: (c: T) => c.doc.fields[name],
    })),
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
  });
  for (const word of words.slice(0, 4)) {
    if (word.length < 3) continue;
    for (const r of fuse.search(word)) r.item.score += FUSE_WEIGHT * (1 - (r.score ?? 1));
  }
  return candidates.sort((a, b) => b.score - a.score);
}
