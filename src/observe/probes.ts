import type { IncomingMessage, ServerResponse } from "node:http";
import type { Metrics } from "./metrics.js";
import type { ReadyReport } from "./readiness.js";

export const HEALTH_PATH = "/healthz";
export const READY_PATH = "/readyz";
export const METRICS_PATH = "/metrics";

/** What a load balancer and Prometheus ask a replica. */
export interface Probes {
  ready(): Promise<ReadyReport>;
  /** Without it, /metrics is not served. */
  metrics?: Metrics | undefined;
}

/** Bolt's custom route shape, which the standalone probe server uses too. */
export interface ProbeRoute {
  path: string;
  method: "GET";
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * /healthz: the process is alive (200 "ok"). /readyz: 200 with the checks as JSON when every one
 * passes, 503 with the same JSON otherwise. /metrics: the Prometheus text format.
 */
export function probeRoutes(probes: Probes): ProbeRoute[] {
  const routes: ProbeRoute[] = [
    { path: HEALTH_PATH, method: "GET", handler: (_req, res) => void res.writeHead(200).end("ok") },
    {
      path: READY_PATH,
      method: "GET",
      handler: (_req, res) =>
        void probes.ready().then(
          (report) => json(res, report.ready ? 200 : 503, report),
          () => json(res, 503, { ready: false, checks: {} }),
        ),
    },
  ];
  const { metrics } = probes;
  if (metrics)
    routes.push({
      path: METRICS_PATH,
      method: "GET",
      handler: (_req, res) =>
        void metrics.render().then(
          ({ contentType, body }) => void res.writeHead(200, { "content-type": contentType }).end(body),
          () => void res.writeHead(500).end(),
        ),
    });
  return routes;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
}
