/**
 * Button commands too long for the button itself (Discord custom_id: 100 characters, Slack button
 * value: 2,000): the button carries `k:<key>`, the command waits here for the click. In the shared
 * database, so any replica can serve the click. Rows older than 30 days are deleted (button-store.ts).
 */
export const sql = `
CREATE TABLE button_queries (
  key        text PRIMARY KEY,
  command    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX button_queries_created ON button_queries (created_at);
`;
