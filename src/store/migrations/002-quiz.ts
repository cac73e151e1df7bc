/**
 * Quiz rounds played in a channel, the questions asked (enough to derive each again with
 * makeQuizItem) and everyone's answers: one per person per question, enforced by the database.
 */
export const sql = `
CREATE TABLE quiz_rounds (
  id            bigserial PRIMARY KEY,
  platform      text NOT NULL,
  workspace     text NOT NULL DEFAULT '',
  channel       text NOT NULL,
  starter_id    text NOT NULL,
  starter_name  text NOT NULL,
  topic         text,
  level         text CHECK (level IN ('easy', 'hard')),
  size          integer NOT NULL CHECK (size >= 1),
  seed          bigint NOT NULL,
  current_index integer NOT NULL DEFAULT 0,
  state         text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'finished', 'stopped')),
  deadline      timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One running round per channel.
CREATE UNIQUE INDEX quiz_rounds_one_active ON quiz_rounds (platform, workspace, channel) WHERE state = 'active';
CREATE INDEX quiz_rounds_due ON quiz_rounds (deadline) WHERE state = 'active';
CREATE INDEX quiz_rounds_channel ON quiz_rounds (platform, workspace, channel);

CREATE TABLE quiz_questions (
  round_id       bigint NOT NULL REFERENCES quiz_rounds (id) ON DELETE CASCADE,
  question_index integer NOT NULL,
  item_key       text NOT NULL,
  seed           bigint NOT NULL,
  correct        integer NOT NULL,
  asked_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, question_index)
);

CREATE TABLE quiz_answers (
  round_id       bigint NOT NULL,
  question_index integer NOT NULL,
  user_id        text NOT NULL,
  display_name   text NOT NULL,
  choice         integer NOT NULL,
  correct        boolean NOT NULL,
  answered_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT quiz_answers_once UNIQUE (round_id, question_index, user_id),
  FOREIGN KEY (round_id, question_index) REFERENCES quiz_questions (round_id, question_index) ON DELETE CASCADE
);
`;
