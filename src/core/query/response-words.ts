import type { HostResponse } from "../dataset/vocabulary.js";

/**
 * How people say what the host's security forces did, as the response categories of data/README.md.
 * Longest phrases first; each is matched on normalized tokens.
 */
export const RESPONSE_PHRASES: [string, HostResponse[]][] = [
  ["failed to protect", ["stood-by", "intervened-late", "complicit"]],
  ["failed to prevent", ["stood-by", "intervened-late", "complicit"]],
  ["did not protect", ["stood-by", "intervened-late", "complicit"]],
  ["didn t protect", ["stood-by", "intervened-late", "complicit"]],
  ["helped the attackers", ["complicit"]],
  ["helped attackers", ["complicit"]],
  ["let it happen", ["stood-by", "complicit"]],
  ["did nothing", ["stood-by"]],
  ["stood by", ["stood-by"]],
  ["stood aside", ["stood-by"]],
  ["looked on", ["stood-by"]],
  ["stand by", ["stood-by"]],
  ["standing by", ["stood-by"]],
  ["too late", ["intervened-late"]],
  ["intervened late", ["intervened-late"]],
  ["no control", ["unable"]],
  ["could not protect", ["unable"]],
  ["couldn t protect", ["unable"]],
  ["complicit", ["complicit"]],
  ["complicity", ["complicit"]],
  ["colluded", ["complicit"]],
  ["orchestrated", ["complicit"]],
  ["negligent", ["stood-by", "intervened-late"]],
  ["negligence", ["stood-by", "intervened-late"]],
  ["passive", ["stood-by"]],
  ["repelled", ["protected"]],
  ["fended off", ["protected"]],
  ["were protected", ["protected"]],
  ["was protected", ["protected"]],
];
