import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const token = (prefix: string, what: string) =>
  z.string().startsWith(prefix, `expected ${what} starting with "${prefix}"`);
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });
const snowflake = z.string().regex(/^\d{17,20}$/, "expected a Discord id (17 to 20 digits)");

/** A whole number of at least 1, `fallback` when unset. */
const count = (fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? fallback : Number(v)),
    z.number({ error: "expected a number" }).int("expected a whole number").min(1, "expected at least 1"),
  );

/** Every environment variable the bot reads; `.env.example` documents the same list. */
export const envSchema = z.object({
  PORT: z.preprocess(
    (v) => (v === undefined || v === "" ? 3000 : Number(v)),
    z
      .number({ error: "expected a port number" })
      .int("expected a whole number")
      .min(1, "expected a port from 1 to 65535")
      .max(65535, "expected a port from 1 to 65535"),
  ),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, "expected the app's signing secret")),
  SLACK_BOT_TOKEN: optional(token("xoxb-", "a bot token")),
  SLACK_APP_TOKEN: optional(token("xapp-", "an app-level token")),
  SLACK_API_URL: optional(httpUrl),
  DISCORD_TOKEN: optional(z.string().min(20, "expected a bot token")),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(httpUrl),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        "expected the application's Public Key (64 hex characters, General Information)",
      ),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (v === undefined || v === "" ? "info" : v),
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  ),
  SLACK_REVIEW_CHANNEL: optional(z.string().regex(/^[CG][A-Z0-9]{2,}$/, "expected a Slack channel id (C…)")),
  SLACK_MAINTAINER_GROUP: optional(
    z.string().regex(/^S[A-Z0-9]{2,}$/, "expected a Slack user group id (S…)"),
  ),
  DISCORD_REVIEW_CHANNEL: optional(snowflake),
  DISCORD_MAINTAINER_ROLE: optional(snowflake),
  DATA_DIR: z.preprocess((v) => (v === undefined || v === "" ? "./var" : v), z.string()),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "expected a postgres:// URL" })),
  FEEDBACK_LIMIT_PER_HOUR: z.preprocess(
    (v) => (v === undefined || v === "" ? 5 : Number(v)),
    z.number({ error: "expected a number" }).int("expected a whole number").min(1, "expected at least 1"),
  ),
  RATE_LIMIT_USER_PER_MINUTE: count(20),
  RATE_LIMIT_USER_BURST: count(10),
  RATE_LIMIT_WORKSPACE_PER_MINUTE: count(300),
  RATE_LIMIT_WORKSPACE_BURST: count(100),
  QUIZ_SECONDS: z.preprocess(
    (v) => (v === undefined || v === "" ? 30 : Number(v)),
    z
      .number({ error: "expected a number of seconds" })
      .int("expected a whole number")
      .min(5, "expected 5 to 600 seconds")
      .max(600, "expected 5 to 600 seconds"),
  ),
});
export type Env = z.infer<typeof envSchema>;

/** Where new reports are posted for review, and who may decide on them. */
export interface ReviewSettings {
  channel: string;
  maintainers: string;
}

export type SlackMode =
  | { mode: "off" }
  | { mode: "socket"; botToken: string; appToken: string; apiUrl?: string; review?: ReviewSettings }
  | { mode: "http"; botToken: string; signingSecret: string; apiUrl?: string; review?: ReviewSettings };

export interface Config {
  port: number;
  logLevel: Env["LOG_LEVEL"];
  /** Local state (the embedded database, the feedback fallback file). */
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  feedbackPerHour: number;
  /** Requests a person, and a whole workspace or server, may make a minute (token buckets in the database). */
  rateLimits: {
    user: { perMinute: number; burst: number };
    workspace: { perMinute: number; burst: number };
  };
  /** How long each question of a quiz round stays open. */
  quizSeconds: number;
  slack: SlackMode;
  discord?: {
    token: string;
    applicationId?: string;
    guildId?: string;
    apiUrl?: string;
    review?: ReviewSettings;
  };
  /** Discord over the HTTP interactions endpoint instead of the gateway (DISCORD_PUBLIC_KEY set). */
  discordHttp?: {
    publicKey: string;
    token?: string;
    apiUrl?: string;
    review?: ReviewSettings;
  };
}

/** One line per problem, naming the variable and what it expects; values are never echoed (they may be secrets). */
export function readConfig(
  env: Record<string, string | undefined>,
): { ok: true; config: Config } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const e = parsed.data;
  const problems: string[] = [];
  let slack: SlackMode = { mode: "off" };
  const apiUrl = e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {};
  if (e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (Socket Mode)");
    else slack = { mode: "socket", botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, ...apiUrl };
  } else if (e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET (HTTP mode)");
    else if (!e.SLACK_SIGNING_SECRET) {
      problems.push(
        "SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
      );
    } else
      slack = { mode: "http", botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, ...apiUrl };
  }
  const slackReview = reviewOf(e.SLACK_REVIEW_CHANNEL, e.SLACK_MAINTAINER_GROUP, "SLACK", problems);
  const discordReview = reviewOf(e.DISCORD_REVIEW_CHANNEL, e.DISCORD_MAINTAINER_ROLE, "DISCORD", problems);
  if (slackReview && slack.mode !== "off") slack = { ...slack, review: slackReview };
  if (problems.length > 0) return { ok: false, problems };
  const config: Config = {
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    slack,
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    feedbackPerHour: e.FEEDBACK_LIMIT_PER_HOUR,
    rateLimits: {
      user: { perMinute: e.RATE_LIMIT_USER_PER_MINUTE, burst: e.RATE_LIMIT_USER_BURST },
      workspace: { perMinute: e.RATE_LIMIT_WORKSPACE_PER_MINUTE, burst: e.RATE_LIMIT_WORKSPACE_BURST },
    },
    quizSeconds: e.QUIZ_SECONDS,
  };
  // With the public key, Discord sends interactions to the HTTP endpoint and no longer over the
  // gateway (https://discord.com/developers/docs/interactions/receiving-and-responding), so the
  // gateway client is not started: the key alone selects the transport.
  if (e.DISCORD_PUBLIC_KEY) {
    config.discordHttp = {
      publicKey: e.DISCORD_PUBLIC_KEY,
      ...(e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
      ...(discordReview ? { review: discordReview } : {}),
    };
  } else if (e.DISCORD_TOKEN) {
    config.discord = {
      token: e.DISCORD_TOKEN,
      ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
      ...(discordReview ? { review: discordReview } : {}),
    };
  }
  return { ok: true, config };
}

/** A review channel needs the maintainers who may decide, and the other way round. */
function reviewOf(
  channel: string | undefined,
  maintainers: string | undefined,
  platform: "SLACK" | "DISCORD",
  problems: string[],
): ReviewSettings | undefined {
  const who = platform === "SLACK" ? "SLACK_MAINTAINER_GROUP" : "DISCORD_MAINTAINER_ROLE";
  if (channel && !maintainers)
    problems.push(`${who}: required with ${platform}_REVIEW_CHANNEL (who may review)`);
  if (!channel && maintainers) problems.push(`${platform}_REVIEW_CHANNEL: required with ${who}`);
  return channel && maintainers ? { channel, maintainers } : undefined;
}
