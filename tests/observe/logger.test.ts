import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { secretsOf } from "../../src/observe/logger.js";
import { captureLogger } from "./support/capture-logger.js";

const SECRET = "s3cr3t-signing-value";
const PASSWORD = 'p@ss:w0rd/with"quotes';

describe("the logger", () => {
  it("replaces every configured secret wherever it appears: message, fields, errors, JSON-escaped", () => {
    const capture = captureLogger("debug", [SECRET, PASSWORD]);
    capture.logger.info(`signing with ${SECRET}`);
    capture.logger.warn({ detail: { nested: `x${SECRET}y` } }, "nested");
    capture.logger.error({ err: new Error(`auth failed for ${PASSWORD}`) }, "failed");
    capture.logger.debug({ url: `postgres://u:${encodeURIComponent(PASSWORD)}@h/db` }, "url");
    const text = capture.lines.join("");
    expect(capture.lines).toHaveLength(4);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    expect(text.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it("redacts credential fields and Slack-shaped tokens even when nobody named them", () => {
    const capture = captureLogger("info");
    capture.logger.info(
      { token: "anything", request: { headers: { authorization: "Bearer abc" } } },
      "fields",
    );
    capture.logger.info("a token xoxb-123-456-abcdef slipped into a message");
    const text = capture.lines.join("");
    expect(text).not.toContain("anything");
    expect(text).not.toContain("Bearer abc");
    expect(text).not.toContain("xoxb-123-456-abcdef");
  });

  it("takes the secrets from the configuration: tokens, signing secret and the database password", () => {
    const read = readConfig({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: "xoxb-1-2-bot",
      DISCORD_TOKEN: "discord-token-of-twenty-chars",
      DATABASE_URL: "postgres://embassy:hunter2-long@127.0.0.1:5432/desk",
    });
    if (!read.ok) throw new Error(read.problems.join("\n"));
    expect(secretsOf(read.config)).toEqual(
      expect.arrayContaining([SECRET, "xoxb-1-2-bot", "discord-token-of-twenty-chars", "hunter2-long"]),
    );
  });
});
