import type { Dataset } from "./dataset/dataset.js";
import { buildSearchIndex, type SearchIndex } from "./search/search-index.js";

/** Everything a command needs, built once at start-up and never changed afterwards. */
export interface Desk {
  dataset: Dataset;
  index: SearchIndex;
}

export function createDesk(dataset: Dataset): Desk {
  return { dataset, index: buildSearchIndex(dataset) };
}
