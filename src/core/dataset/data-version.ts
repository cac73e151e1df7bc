import { z } from "zod";
import { PARTIAL_DATE } from "./schema.js";

/**
 * data/version.json: the dataset's version and date of last review, shown under every answer, and
 * the fingerprint of the files it was stamped for (`npm run data -- stamp` bumps all three).
 */
export const dataVersionFileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a version such as 1.2.0"),
  asOf: z.string().regex(PARTIAL_DATE, "expected YYYY-MM-DD").length(10, "expected YYYY-MM-DD"),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 hex digits>"),
});
export type DataVersionFile = z.infer<typeof dataVersionFileSchema>;

/** What every answer carries: `"data": {"version": "…", "asOf": "YYYY-MM-DD"}`. */
export interface DataVersion {
  version: string;
  asOf: string;
}
