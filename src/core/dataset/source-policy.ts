import { z } from "zod";

/** data/source-policy.json: which hosts are never a source, and which publish the official texts. */
export const sourcePolicySchema = z.strictObject({
  $comment: z.string().optional(),
  refusedHosts: z
    .array(z.strictObject({ host: z.string().trim().min(1), reason: z.string().trim().min(1) }))
    .min(1, "needs at least one refused host"),
  officialHosts: z.array(z.string().trim().min(1)).min(1, "needs at least one official host"),
  archiveHosts: z.array(z.string().trim().min(1)).min(1, "needs at least one archive host"),
});
export type SourcePolicy = z.infer<typeof sourcePolicySchema>;

/** Why a URL cannot be cited, as a code the edge can word (see describeUrlProblem). */
export type UrlProblem =
  | { code: "not-a-url" }
  | { code: "bad-scheme"; scheme: string }
  | { code: "credentials" }
  | { code: "raw-ip"; host: string }
  | { code: "private-host"; host: string }
  | { code: "trailing-dot"; host: string }
  | { code: "numbered-domain"; host: string }
  | { code: "refused-host"; host: string; reason: string };

/** A host as people write it: lower case, without "www." and without the root's trailing dot. */
export function normalizeHost(host: string): string {
  // Slices, not regular expressions: start-up checks every source URL against every refused host.
  let h = host.toLowerCase();
  if (h.endsWith(".")) h = h.slice(0, -1);
  return h.startsWith("www.") ? h.slice(4) : h;
}

/** The host, or a subdomain of it, is listed. */
export function hostMatches(host: string, listed: string): boolean {
  const h = normalizeHost(host);
  const l = normalizeHost(listed);
  return h === l || (h.endsWith(l) && h[h.length - l.length - 1] === ".");
}

const PRIVATE_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa|intranet|corp)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Spam farms serve scraped pages from hosts like 645012.skal.fun. */
const NUMBERED = /^\d{4,}\./;

/**
 * The checks every cited URL must pass, the data's and a reader's suggestion alike: http(s) only,
 * no credentials, a public named host that is not refused.
 */
export function checkUrl(value: string, policy: SourcePolicy): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: "not-a-url" };
  }
  const scheme = url.protocol.replace(/:$/, "");
  if (scheme !== "http" && scheme !== "https") return { code: "bad-scheme", scheme };
  if (url.username !== "" || url.password !== "") return { code: "credentials" };
  const host = url.hostname.toLowerCase();
  if (IPV4.test(host) || host.startsWith("[")) return { code: "raw-ip", host };
  if (!host.includes(".") || PRIVATE_NAMES.test(host.replace(/\.$/, "")))
    return { code: "private-host", host };
  if (host.endsWith(".")) return { code: "trailing-dot", host };
  if (NUMBERED.test(normalizeHost(host))) return { code: "numbered-domain", host };
  const refused = policy.refusedHosts.find((r) => hostMatches(host, r.host));
  if (refused) return { code: "refused-host", host, reason: refused.reason };
  return undefined;
}

export function describeUrlProblem(problem: UrlProblem): string {
  switch (problem.code) {
    case "not-a-url":
      return "not a URL";
    case "bad-scheme":
      return `only http and https links can be cited, not ${problem.scheme}:`;
    case "credentials":
      return "the link carries a user name or password";
    case "raw-ip":
      return `${problem.host} is a raw IP address: cite the publisher's own site`;
    case "private-host":
      return `${problem.host} is a local or private-network host`;
    case "trailing-dot":
      return `${problem.host} ends with a dot: write the publisher's canonical host`;
    case "numbered-domain":
      return `${problem.host} is a numbered throwaway domain: cite the original publisher`;
    case "refused-host":
      return `${problem.host} is refused by data/source-policy.json (${problem.reason})`;
  }
}
