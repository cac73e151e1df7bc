import type { Incident } from "./dataset/schema.js";

/**
 * How notable an incident is, as far as the data can tell: the names people know it by, the law it
 * engaged, how many people were killed or held, and its sources (capped: beyond a few, more
 * sources measure research effort, not fame). Picks "notable" incidents when a question names
 * nothing more specific (precedent questions, an empty autocomplete).
 */
export function notability(r: Incident): number {
  const people = (r.casualties.deaths ?? 0) + (r.casualties.hostages ?? 0);
  return (
    Math.min(4, r.sources.length) + 1.5 * r.aliases.length + r.duties.length + 2 * Math.log10(1 + people)
  );
}
