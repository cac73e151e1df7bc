/** Reports on records and suggested incidents, with the context they were filed in. */
export const sql = `
CREATE TABLE feedback (
  id           bigserial PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('report', 'suggestion')),
  record_id    text,
  reason       text NOT NULL,
  text         text NOT NULL,
  url          text,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'fixed')),
  note         text,
  platform     text NOT NULL,
  workspace    text,
  channel      text,
  reporter     text,
  question     text,
  shown_ids    text[] NOT NULL DEFAULT '{}',
  data_version text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_status ON feedback (status, id);
CREATE INDEX feedback_reporter ON feedback (platform, reporter, created_at);
`;
