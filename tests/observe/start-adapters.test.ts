import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { createMetrics } from "../../src/observe/metrics.js";
import { startAdapters } from "../../src/start-adapters.js";
import { startFakeDiscord, type FakeDiscord } from "../adapters/discord/fake-discord/fake-discord.js";
import { loadDesk } from "../support/desk.js";
import { captureLogger } from "./support/capture-logger.js";

const TOKEN = "fake-bot-token.for-start-adapters.only";

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );
}

describe("startAdapters with Discord only", () => {
  let fake: FakeDiscord | undefined;
  let stoppers: (() => Promise<void>)[] = [];
  let taken: Server | undefined;
  afterEach(async () => {
    await Promise.all(stoppers.map((stop) => stop()));
    stoppers = [];
    await fake?.close();
    taken?.close();
  });

  async function start(port: number) {
    fake = await startFakeDiscord();
    const read = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, PORT: String(port) });
    if (!read.ok) throw new Error(read.problems.join("\n"));
    const capture = captureLogger("info", [TOKEN]);
    const running = await startAdapters(read.config, loadDesk(), undefined, {
      logger: capture.logger,
      metrics: createMetrics(),
    });
    if (!running.ok) throw new Error(running.message);
    stoppers = running.stoppers;
    return capture;
  }

  it("serves the probes on PORT, ready once the gateway session is", async () => {
    const free = createServer();
    const port = await listen(free);
    await new Promise((resolve) => free.close(resolve));
    const capture = await start(port);
    expect(capture.lines.join("")).toContain(`probes: /healthz, /readyz and /metrics on port ${port}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { data: true, database: true, discord: true },
    });
  });

  it("runs the bot without probes, and says why, when PORT is taken", async () => {
    taken = createServer();
    const port = await listen(taken);
    const capture = await start(port);
    expect(capture.lines.join("")).toMatch(
      /Cannot serve \/healthz, \/readyz and \/metrics on port \d+ \(PORT\).*EADDRINUSE/,
    );
    expect(capture.lines.join("")).toContain("discord bot connected");
  });
});
