import { describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";

const BOT = "xoxb-1-2-abc";
const APP = "xapp-1-abc";
const DEFAULT_RATE_LIMITS = {
  user: { perMinute: 20, burst: 10 },
  workspace: { perMinute: 300, burst: 100 },
};

describe("readConfig", () => {
  it("defaults to the console with an empty environment", () => {
    expect(readConfig({})).toEqual({
      ok: true,
      config: {
        port: 3000,
        logLevel: "info",
        slack: { mode: "off" },
        dataDir: "./var",
        feedbackPerHour: 5,
        rateLimits: DEFAULT_RATE_LIMITS,
        quizSeconds: 30,
      },
    });
  });

  it("reads a review channel only with its maintainers, and names the missing half", () => {
    const slack = readConfig({
      SLACK_SIGNING_SECRET: "s3cret-value",
      SLACK_BOT_TOKEN: BOT,
      SLACK_REVIEW_CHANNEL: "C0REVIEW",
      SLACK_MAINTAINER_GROUP: "S0MAINT",
      DISCORD_TOKEN: "x".repeat(30),
      DISCORD_REVIEW_CHANNEL: "100000000000000777",
      DISCORD_MAINTAINER_ROLE: "100000000000000888",
    });
    expect(slack.ok && slack.config.slack).toMatchObject({
      review: { channel: "C0REVIEW", maintainers: "S0MAINT" },
    });
    expect(slack.ok && slack.config.discord?.review).toEqual({
      channel: "100000000000000777",
      maintainers: "100000000000000888",
    });
    const half = readConfig({
      SLACK_REVIEW_CHANNEL: "C0REVIEW",
      DISCORD_MAINTAINER_ROLE: "100000000000000888",
    });
    expect(half.ok ? [] : half.problems).toEqual([
      "SLACK_MAINTAINER_GROUP: required with SLACK_REVIEW_CHANNEL (who may review)",
      "DISCORD_REVIEW_CHANNEL: required with DISCORD_MAINTAINER_ROLE",
    ]);
  });

  it("reads the database settings: DATA_DIR, DATABASE_URL, the hourly report limit", () => {
    const read = readConfig({
      DATA_DIR: "/srv/embassy",
      DATABASE_URL: "postgres://desk@db.internal:5432/embassy",
      FEEDBACK_LIMIT_PER_HOUR: "12",
    });
    expect(read.ok && read.config).toMatchObject({
      dataDir: "/srv/embassy",
      databaseUrl: "postgres://desk@db.internal:5432/embassy",
      feedbackPerHour: 12,
    });
    const bad = readConfig({ DATABASE_URL: "mysql://x@y/z", FEEDBACK_LIMIT_PER_HOUR: "0" });
    expect(bad.ok ? [] : bad.problems).toEqual([
      "DATABASE_URL: expected a postgres:// URL",
      "FEEDBACK_LIMIT_PER_HOUR: expected at least 1",
    ]);
  });

  it("reads the rate limits, and names a limit that is not a whole number of at least 1", () => {
    const read = readConfig({
      RATE_LIMIT_USER_PER_MINUTE: "6",
      RATE_LIMIT_USER_BURST: "2",
      RATE_LIMIT_WORKSPACE_PER_MINUTE: "60",
      RATE_LIMIT_WORKSPACE_BURST: "",
    });
    expect(read.ok && read.config.rateLimits).toEqual({
      user: { perMinute: 6, burst: 2 },
      workspace: { perMinute: 60, burst: 100 },
    });
    const bad = readConfig({ RATE_LIMIT_USER_PER_MINUTE: "0", RATE_LIMIT_WORKSPACE_BURST: "lots" });
    expect(bad.ok ? [] : bad.problems).toEqual([
      "RATE_LIMIT_USER_PER_MINUTE: expected at least 1",
      "RATE_LIMIT_WORKSPACE_BURST: expected a number",
    ]);
  });

  it("reads QUIZ_SECONDS, and refuses a time no class could use", () => {
    expect(readConfig({ QUIZ_SECONDS: "45" })).toMatchObject({ ok: true, config: { quizSeconds: 45 } });
    const bad = readConfig({ QUIZ_SECONDS: "2" });
    expect(bad.ok ? [] : bad.problems).toEqual(["QUIZ_SECONDS: expected 5 to 600 seconds"]);
  });

  it("treats empty variables (as copied from .env.example) as unset", () => {
    const read = readConfig({ PORT: "", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "" });
    expect(read).toEqual({
      ok: true,
      config: {
        port: 3000,
        logLevel: "info",
        slack: { mode: "off" },
        dataDir: "./var",
        feedbackPerHour: 5,
        rateLimits: DEFAULT_RATE_LIMITS,
        quizSeconds: 30,
      },
    });
  });

  it("picks Slack HTTP mode from a signing secret and a bot token", () => {
    const read = readConfig({ SLACK_SIGNING_SECRET: "s3cret-value", SLACK_BOT_TOKEN: BOT, PORT: "8080" });
    expect(read.ok && read.config).toMatchObject({ port: 8080, slack: { mode: "http", botToken: BOT } });
  });

  it("picks Socket Mode whenever an app token is set", () => {
    const read = readConfig({
      SLACK_SIGNING_SECRET: "s3cret-value",
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
    });
    expect(read.ok && read.config.slack).toEqual({ mode: "socket", botToken: BOT, appToken: APP });
  });

  it("starts Discord with its token and passes its optional settings", () => {
    const read = readConfig({ DISCORD_TOKEN: "x".repeat(30), DISCORD_GUILD_ID: "123456789012345678" });
    expect(read.ok && read.config.discord).toEqual({ token: "x".repeat(30), guildId: "123456789012345678" });
  });

  it("serves Discord over the HTTP endpoint instead of the gateway when the public key is set", () => {
    const key = "ab".repeat(32);
    const read = readConfig({ DISCORD_PUBLIC_KEY: key, DISCORD_TOKEN: "x".repeat(30) });
    expect(read.ok && read.config.discordHttp).toEqual({ publicKey: key, token: "x".repeat(30) });
    expect(read.ok && read.config.discord).toBeUndefined();
    const keyOnly = readConfig({ DISCORD_PUBLIC_KEY: key });
    expect(keyOnly.ok && keyOnly.config.discordHttp).toEqual({ publicKey: key });
    expect(readConfig({ DISCORD_PUBLIC_KEY: "not-hex" })).toEqual({
      ok: false,
      problems: [
        "DISCORD_PUBLIC_KEY: expected the application's Public Key (64 hex characters, General Information)",
      ],
    });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT: expected a port number"],
    [{ PORT: "70000" }, "PORT: expected a port from 1 to 65535"],
    [{ SLACK_BOT_TOKEN: "xoxp-user-token" }, 'SLACK_BOT_TOKEN: expected a bot token starting with "xoxb-"'],
    [
      { SLACK_BOT_TOKEN: BOT },
      "SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
    ],
    [{ SLACK_APP_TOKEN: APP }, "SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (Socket Mode)"],
    [{ SLACK_API_URL: "ftp://x" }, "SLACK_API_URL: expected an http(s) URL"],
    [{ DISCORD_GUILD_ID: "my-server" }, "DISCORD_GUILD_ID: expected a Discord id (17 to 20 digits)"],
    [{ LOG_LEVEL: "loud" }, expect.stringMatching(/^LOG_LEVEL: /)],
  ])("names the variable and what it expects: %j", (env, problem) => {
    expect(readConfig(env)).toEqual({ ok: false, problems: [problem] });
  });

  it("never echoes a value, which may be a secret", () => {
    const read = readConfig({ SLACK_BOT_TOKEN: "secret-looking-value" });
    expect(JSON.stringify(read)).not.toContain("secret-looking-value");
  });
});
