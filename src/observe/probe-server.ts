import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpRoute } from "../http/http-route.js";
import { probeRoutes, type Probes } from "./probes.js";

export interface ProbeServer {
  port: number;
  close(): Promise<void>;
}

/**
 * /healthz, /readyz and /metrics on PORT when no Slack HTTP server carries them (Socket Mode,
 * Discord only), so every deployment can be probed and scraped; also the Discord HTTP endpoint when
 * it runs without Slack's HTTP server. Anything else is 404 (405 for a known path's other methods).
 */
export async function startProbeServer(options: {
  port: number;
  host?: string;
  probes: Probes;
  /** More paths on the same port (the Discord HTTP endpoint), so PORT is bound once. */
  routes?: HttpRoute[];
}): Promise<ProbeServer> {
  const routes: HttpRoute[] = [...probeRoutes(options.probes), ...(options.routes ?? [])];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const onPath = routes.filter((r) => r.path === path);
    const route = onPath.find((r) => r.method === req.method);
    if (route) route.handler(req, res);
    else res.writeHead(onPath.length > 0 ? 405 : 404).end();
  });
  server.listen(options.port, options.host);
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => Promise.reject(error as Error)),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
