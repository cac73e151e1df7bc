import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpRoute } from "./http-route.js";

export const HEALTH_PATH = "/healthz";
export const READY_PATH = "/readyz";

export interface RoutesServerOptions {
  port: number;
  /** All interfaces when absent. */
  host?: string;
  routes: HttpRoute[];
  /** Whether the replica can serve (the database answers); /readyz answers 503 while it is false. */
  ready?: () => Promise<boolean>;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * The bot's own HTTP server, for when Slack's HTTP mode (whose server carries the same routes) is
 * not running: the given routes plus /healthz (alive) and /readyz (ready), as Slack's server has.
 */
export async function serveRoutes(options: RoutesServerOptions): Promise<RunningServer> {
  const health: HttpRoute[] = [
    { path: HEALTH_PATH, method: "GET", handler: (_req, res) => void res.writeHead(200).end("ok") },
    {
      path: READY_PATH,
      method: "GET",
      handler: (_req, res) =>
        void (options.ready ? options.ready() : Promise.resolve(true)).then(
          (ok) => void res.writeHead(ok ? 200 : 503).end(ok ? "ready" : "database not answering"),
          () => void res.writeHead(503).end("database not answering"),
        ),
    },
  ];
  const routes = [...health, ...options.routes];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const onPath = routes.filter((r) => r.path === path);
    const route = onPath.find((r) => r.method === req.method);
    if (route) return route.handler(req, res);
    res.writeHead(onPath.length > 0 ? 405 : 404).end();
  });
  server.listen(options.port, options.host);
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => Promise.reject(error as Error)),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
