import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/** Seconds: chat answers take milliseconds, and Slack and Discord give up after 3 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
const DATABASE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface InteractionMeasure {
  platform: string;
  /** A core command name, or the few interaction names around them (autocomplete, home): a bounded set. */
  command: string;
  seconds: number;
  failed: boolean;
}

/** The process's Prometheus metrics, on a registry of its own (tests create several side by side). */
export interface Metrics {
  readonly registry: Registry;
  interaction(measure: InteractionMeasure): void;
  /** A request refused by the rate limiter. */
  rateLimited(platform: string): void;
  /** A report or suggestion stored in the database. */
  reportFiled(platform: string, kind: string): void;
  databaseQuery(seconds: number, failed: boolean): void;
  /** The Prometheus text format, for GET /metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

export function createMetrics(registry: Registry = new Registry()): Metrics {
  const registers = [registry];
  const requests = new Counter({
    name: "embassy_requests_total",
    help: "Interactions answered, by platform and command.",
    labelNames: ["platform", "command"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "embassy_request_duration_seconds",
    help: "Time from receiving an interaction to answering it.",
    labelNames: ["platform", "command"] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: "embassy_errors_total",
    help: "Interactions that failed with an internal error (the person got a reference).",
    labelNames: ["platform", "command"] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: "embassy_rate_limited_total",
    help: "Requests refused by the rate limiter.",
    labelNames: ["platform"] as const,
    registers,
  });
  const reports = new Counter({
    name: "embassy_reports_filed_total",
    help: "Reports and suggestions stored for review.",
    labelNames: ["platform", "kind"] as const,
    registers,
  });
  const database = new Histogram({
    name: "embassy_database_query_duration_seconds",
    help: "Database statements and transactions, by outcome.",
    labelNames: ["outcome"] as const,
    buckets: DATABASE_BUCKETS,
    registers,
  });
  collectDefaultMetrics({ register: registry, prefix: "embassy_" });

  return {
    registry,
    interaction({ platform, command, seconds, failed }) {
      requests.inc({ platform, command });
      latency.observe({ platform, command }, seconds);
      if (failed) errors.inc({ platform, command });
    },
    rateLimited: (platform) => rateLimited.inc({ platform }),
    reportFiled: (platform, kind) => reports.inc({ platform, kind }),
    databaseQuery: (seconds, failed) => database.observe({ outcome: failed ? "error" : "ok" }, seconds),
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
