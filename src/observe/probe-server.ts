import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { probeRoutes, type Probes } from "./probes.js";

export interface ProbeServer {
  port: number;
  close(): Promise<void>;
}

/**
 * /healthz, /readyz and /metrics on PORT when no Slack HTTP server carries them (Socket Mode,
 * Discord only), so every deployment can be probed and scraped. Anything else is 404.
 */
export async function startProbeServer(options: {
  port: number;
  host?: string;
  probes: Probes;
}): Promise<ProbeServer> {
  const routes = probeRoutes(options.probes);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) route.handler(req, res);
    else res.writeHead(404).end();
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
