import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../adapters/discord/fake-discord/fake-discord.js";
import { startNpm, type Running } from "./spawn.js";

/** Every process below `pid`, with its command line, read from /proc (Linux). */
function descendantsOf(pid: number): { pid: number; cmdline: string }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the parent id follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we read
    }
  }
  const below = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents)
      if (below.has(parent) && !below.has(child)) grew = below.add(child).has(child);
  }
  below.delete(pid);
  return [...below].map((p) => {
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      // ended
    }
    return { pid: p, cmdline };
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z "); // a zombie has ended
  } catch {
    return false;
  }
}

describe("SIGTERM to npm start", () => {
  let fake: FakeDiscord | undefined;
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    await fake?.close();
  });

  it("stops the real node process within 10 s, with exit code 0", async () => {
    fake = await startFakeDiscord();
    app = startNpm("start", {
      DISCORD_TOKEN: "fake-bot-token.for-signal-tests.only",
      DISCORD_API_URL: fake.apiUrl,
      // The server when there is one: an embedded database still opening (seconds on a loaded
      // machine) is waited for before exit, which would measure PGlite, not the signal handling.
      ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
    });
    await app.waitFor(/discord bot connected/i, 60_000);
    const main = descendantsOf(app.pid!).filter((p) => /src\/main\.ts/.test(p.cmdline));
    expect(main.length).toBeGreaterThan(0);

    const started = Date.now();
    process.kill(app.pid!, "SIGTERM"); // npm alone, as a supervisor signals the process it started
    const code = await app.exited;
    const elapsed = Date.now() - started;
    expect(code).toBe(0);
    expect(elapsed).toBeLessThan(10_000);
    expect(app.output()).toMatch(/Embassy Desk stopped/);
    for (const p of main) expect(isAlive(p.pid), `${p.cmdline} still running`).toBe(false);
    app = undefined;
  }, 120_000);
});
