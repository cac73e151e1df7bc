import type { Incident } from "./dataset/schema.js";

/**
 * How well documented an incident is in the data: its sources, the law it engaged, its other
 * names, and (weakly) its toll. Used to pick "notable" incidents when a question names nothing
 * more specific (precedent questions, an empty autocomplete).
 */
export function notability(r: Incident): number {
  return r.sources.length + r.duties.length + r.aliases.length + Math.log10(1 + (r.casualties.deaths ?? 0));
}
