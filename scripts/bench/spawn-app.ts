import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cpuMs, rssMb, sleep } from "./stats.js";

/** How a process under test is started: the bot compiled or through tsx, or the bare Bolt baseline. */
export type AppKind = "compiled" | "tsx" | "bare-bolt";

const COMMANDS: Record<AppKind, string[]> = {
  compiled: ["node", "dist/src/main.js"],
  tsx: ["node_modules/.bin/tsx", "src/main.ts"],
  "bare-bolt": ["node", "scripts/bench/bare-bolt-app.mjs"],
};

export const SIGNING_SECRET = "bench-signing-secret";
export const BOT_TOKEN = "xoxb-0000-bench-token";
export const DISCORD_TOKEN = "fake-bot-token.for-bench.only";

/**
 * A DATA_DIR whose embedded database is created and migrated, in a child process of its own (the
 * first open of a new PGlite database runs initdb, which takes several seconds and hundreds of MB);
 * copies of it let every measured process start as it does on every start after the first.
 */
export function prepareDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), "embassy-bench-template-"));
  const script = `const { databaseHandleFor } = await import("./dist/src/store/database-handle.js");
const handle = databaseHandleFor({ dataDir: process.argv[1] });
await handle.get();
await handle.close();`;
  const child = spawnSync("node", ["--input-type=module", "-e", script, dataDir], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`could not prepare a database in ${dataDir}:\n${child.stderr}`);
  return dataDir;
}

export interface AppTargets {
  /** The fake Slack Web API base (auth.test at start-up, response_urls). */
  slackApiUrl: string;
  /** The fake Discord REST base; unset means Slack only. */
  discordApiUrl?: string;
  /** A prepared DATA_DIR (prepareDataDir) to copy; unset means a new, empty one (a first start). */
  dataDirFrom?: string;
  /** Flags for node itself, e.g. ["--cpu-prof"] to see where the time goes (not with "tsx"). */
  nodeArgs?: string[];
}

export interface RunningApp {
  kind: AppKind;
  pid: number;
  port: number;
  /** Milliseconds from spawn to /healthz 200 and, with Discord configured, the gateway client ready. */
  readyMs: number;
  /** CPU time the process had used when it became ready (the tsx wrapper's own, for "tsx"). */
  readyCpuMs: number | undefined;
  url: string;
  output(): string;
  rss(): Promise<number | undefined>;
  cpu(): Promise<number | undefined>;
  /** Resolves once /readyz answers 200 (the database opened and migrated); the baseline has none. */
  databaseReady(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns one process under test with the environment an operator would give it (the fakes standing
 * in for Slack and Discord, a DATA_DIR of its own) and resolves once it is ready to serve.
 */
export async function startApp(kind: AppKind, targets: AppTargets, timeoutMs = 90_000): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "embassy-bench-"));
  if (targets.dataDirFrom) cpSync(targets.dataDirFrom, dataDir, { recursive: true });
  const discord = kind !== "bare-bolt" && targets.discordApiUrl !== undefined;
  const [command, ...script] = COMMANDS[kind];
  const args = command === "node" ? [...(targets.nodeArgs ?? []), ...script] : script;
  const started = performance.now();
  const child = spawn(command!, args, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      DATA_DIR: dataDir,
      PORT: String(port),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: targets.slackApiUrl,
      ...(discord ? { DISCORD_TOKEN, DISCORD_API_URL: targets.discordApiUrl! } : {}),
      // Reports are part of the soak's mix: one bench user must not hit the per-person limit.
      FEEDBACK_LIMIT_PER_HOUR: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  const url = `http://127.0.0.1:${port}`;

  const healthy = async () => {
    try {
      return (await fetch(`${url}/healthz`)).status === 200;
    } catch {
      return false;
    }
  };
  let readyMs: number | undefined;
  while (readyMs === undefined) {
    if (ended) throw new Error(`${kind} exited before it was ready:\n${out}`);
    if (performance.now() - started > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`${kind} not ready after ${timeoutMs} ms:\n${out}`);
    }
    if ((!discord || out.includes("discord bot connected")) && (await healthy()))
      readyMs = performance.now() - started;
    else await sleep(5);
  }
  const readyCpuMs = await cpuMs(child.pid!);
  return {
    kind,
    pid: child.pid!,
    port,
    readyMs,
    readyCpuMs,
    url,
    output: () => out,
    rss: () => rssMb(child.pid!),
    cpu: () => cpuMs(child.pid!),
    async databaseReady(limitMs = 120_000) {
      if (kind === "bare-bolt") return;
      const deadline = performance.now() + limitMs;
      while ((await fetch(`${url}/readyz`).catch(() => undefined))?.status !== 200) {
        if (performance.now() > deadline) throw new Error(`${kind}: /readyz not 200 after ${limitMs} ms`);
        await sleep(200);
      }
    },
    async stop() {
      if (!ended) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
