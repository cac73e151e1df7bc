import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "../config.js";

/** Fields that hold credentials wherever they appear in a logged object (an error's request, a config). */
const REDACT_PATHS = [
  "token",
  "*.token",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
  "signingSecret",
  "*.signingSecret",
  "connectionString",
  "*.connectionString",
];
/** Slack's token shapes (xoxb-, xoxp-, xapp-…), whoever wrote them into a message. */
const SLACK_TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;
/** Shorter values would scrub ordinary words; every credential the bot takes is longer. */
const MIN_SECRET_LENGTH = 6;

export interface LoggerOptions {
  level: string;
  /** Exact values that must never appear in a line (tokens, the database password). */
  secrets: readonly string[];
  /** stderr by default, so stdout stays clean for the console and pipes. */
  destination?: DestinationStream;
}

/**
 * pino, JSON lines on stderr. Credentials are kept out three ways: known field names are redacted,
 * Slack-shaped tokens are masked, and every configured secret value is replaced in the finished
 * line, however it got there (an error message, a library's debug output).
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  const scrub = (line: string) =>
    secrets.reduce(
      (text, secret) => text.split(secret).join("[redacted]"),
      line.replace(SLACK_TOKEN, "[redacted]"),
    );
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination(2),
  );
}

/** Every credential in the configuration: the chat tokens and the database password. */
export function secretsOf(config: Config): string[] {
  const secrets: string[] = [];
  if (config.slack.mode !== "off") secrets.push(config.slack.botToken);
  if (config.slack.mode === "http") secrets.push(config.slack.signingSecret);
  if (config.slack.mode === "socket") secrets.push(config.slack.appToken);
  if (config.discord) secrets.push(config.discord.token);
  if (config.discordHttp?.token) secrets.push(config.discordHttp.token);
  if (config.databaseUrl) {
    const password = new URL(config.databaseUrl).password;
    if (password) secrets.push(password, decodeURIComponent(password));
  }
  return secrets;
}
