import { createServer, type Server } from "node:net";

/** Distinct free loopback ports for spawned servers: each is held until all are picked, so none repeats. */
export async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  for (let i = 0; i < n; i++)
    servers.push(
      await new Promise<Server>((resolve) => {
        const server = createServer().listen(0, "127.0.0.1", () => resolve(server));
      }),
    );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
