/**
 * Rate-limit token buckets (one row per scope and key, refilled from the time of the last take) and
 * the Slack request signatures seen in the last minutes (a replayed request carries one again).
 * Both live in the database so the limits and the replay check hold across replicas.
 */
export const sql = `
CREATE TABLE rate_limit_buckets (
  scope       text NOT NULL,
  key         text NOT NULL,
  tokens      double precision NOT NULL,
  allowed     boolean NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE TABLE seen_request_signatures (
  signature   text PRIMARY KEY,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX seen_request_signatures_expiry ON seen_request_signatures (expires_at);
`;
