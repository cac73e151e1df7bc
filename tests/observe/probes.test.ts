import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/observe/metrics.js";
import { startProbeServer, type ProbeServer } from "../../src/observe/probe-server.js";
import { createReadiness } from "../../src/observe/readiness.js";

describe("readiness", () => {
  it("is ready only when every check passes, and names each", async () => {
    let connected = false;
    const ready = createReadiness({ data: () => true, discord: () => connected, database: async () => true });
    expect(await ready()).toEqual({ ready: false, checks: { data: true, discord: false, database: true } });
    connected = true;
    expect(await ready()).toEqual({ ready: true, checks: { data: true, discord: true, database: true } });
  });

  it("counts a check that throws or hangs as not ready, within the timeout", async () => {
    const ready = createReadiness(
      {
        broken: () => {
          throw new Error("no");
        },
        hanging: () => new Promise<boolean>(() => undefined),
        rejected: () => Promise.reject(new Error("ECONNREFUSED")),
      },
      50,
    );
    const started = Date.now();
    expect(await ready()).toEqual({
      ready: false,
      checks: { broken: false, hanging: false, rejected: false },
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("the probe server (Socket Mode and Discord-only deployments)", () => {
  let server: ProbeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("serves /healthz, /readyz as JSON (200 or 503) and /metrics; anything else is 404", async () => {
    let up = false;
    const metrics = createMetrics();
    metrics.rateLimited("discord");
    server = await startProbeServer({
      port: 0,
      host: "127.0.0.1",
      probes: { ready: createReadiness({ discord: () => up }), metrics },
    });
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, checks: { discord: false } });
    up = true;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("content-type")).toBe("application/json");
    expect(await ready.json()).toEqual({ ready: true, checks: { discord: true } });
    const scraped = await fetch(`${base}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/embassy_rate_limited_total\{platform="discord"\} 1/);
    expect((await fetch(`${base}/slack/events`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it("fails to start with the reason when the port is taken", async () => {
    server = await startProbeServer({ port: 0, host: "127.0.0.1", probes: { ready: createReadiness({}) } });
    await expect(
      startProbeServer({ port: server.port, host: "127.0.0.1", probes: { ready: createReadiness({}) } }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
