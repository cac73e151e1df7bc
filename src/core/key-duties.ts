import type { Dataset } from "./dataset/dataset.js";
import type { Duty } from "./dataset/schema.js";

/**
 * The law most often at stake in the incidents, first: what to show when a question asks about
 * the law in general ("who must protect an embassy?") and names no article.
 */
export function keyDuties(dataset: Dataset): Duty[] {
  const atStake = (d: Duty) => dataset.incidentsByDuty.get(d.id)?.length ?? 0;
  return [...dataset.duties].sort((a, b) => atStake(b) - atStake(a));
}
