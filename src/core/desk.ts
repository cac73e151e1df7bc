import type { Dataset } from "./dataset/dataset.js";
import { buildRegionPhrases, type Region } from "./regions.js";
import { buildSearchIndex, type SearchIndex } from "./search/search-index.js";

/** Everything a command needs, built once at start-up and never changed afterwards. */
export interface Desk {
  dataset: Dataset;
  index: SearchIndex;
  /** Region names people type ("africa", "the gulf") → their countries. */
  regions: ReadonlyMap<string, Region>;
  /** Today's date, YYYY-MM-DD, for "this year" and "last decade"; tests inject a fixed one. */
  today: () => string;
}

export interface DeskOptions {
  today?: () => string;
}

export function createDesk(dataset: Dataset, options: DeskOptions = {}): Desk {
  return {
    dataset,
    index: buildSearchIndex(dataset),
    regions: buildRegionPhrases(),
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
  };
}
