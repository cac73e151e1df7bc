import { rmSync } from "node:fs";
import { startFakeDiscord } from "../../tests/adapters/discord/fake-discord/fake-discord.js";
import { startFakeSlack } from "../../tests/adapters/slack/support/fake-slack-api.js";
import { gatewayDriver, loadInteractions, type InteractionLoadResult } from "./discord-load.js";
import { loadSlashCommands, type LoadResult } from "./slack-load.js";
import { BOT_TOKEN, prepareDataDir, startApp, type RunningApp } from "./spawn-app.js";
import { fixed, median, sleep } from "./stats.js";

export interface LoadSettings {
  questions: string[];
  /** Seconds per measurement. */
  seconds: number;
  /** Rounds of (ours, baseline) at every concurrency, alternating which goes first. */
  rounds: number;
  log: (line: string) => void;
}

interface Measured extends LoadResult {
  /** CPU time the process spent per answered request, in ms. */
  cpuPerRequest: number;
}

interface DiscordMeasured extends InteractionLoadResult {
  cpuPerInteraction: number;
}

const CONNECTIONS = [1, 10, 50];
const DISCORD_CONCURRENCY = [1, 10];

/**
 * The bot (compiled, Slack HTTP mode and Discord both configured, against the fakes) beside a bare
 * Bolt app, each in a child process: Slack slash commands at 1, 10 and 50 connections, alternating,
 * then Discord interactions through the gateway; RSS idle, at its peak under load, and after.
 */
export async function runLoadSection(settings: LoadSettings): Promise<string> {
  const { questions, seconds, rounds, log } = settings;
  const fakeSlack = await startFakeSlack(BOT_TOKEN);
  const fakeDiscord = await startFakeDiscord();
  const apps: RunningApp[] = [];
  const dataDir = prepareDataDir();
  try {
    const ours = await startApp("compiled", {
      slackApiUrl: fakeSlack.apiUrl,
      discordApiUrl: fakeDiscord.apiUrl,
      dataDirFrom: dataDir,
    });
    apps.push(ours);
    const bare = await startApp("bare-bolt", { slackApiUrl: fakeSlack.apiUrl });
    apps.push(bare);
    await ours.databaseReady();
    await sleep(3000); // settle: start-up garbage collected, timers quiet
    const idle = { ours: await ours.rss(), bare: await bare.rss() };
    log(`idle RSS: ours ${fixed(idle.ours ?? NaN)} MB, bare Bolt ${fixed(idle.bare ?? NaN)} MB`);
    const peak = { ours: 0, bare: 0 };
    const sampler = setInterval(() => {
      void ours.rss().then((mb) => (peak.ours = Math.max(peak.ours, mb ?? 0)));
      void bare.rss().then((mb) => (peak.bare = Math.max(peak.bare, mb ?? 0)));
    }, 500);

    const responseUrl = fakeSlack.responseUrl("bench");
    const measure = async (app: RunningApp, connections: number, duration: number): Promise<Measured> => {
      const cpuBefore = (await app.cpu()) ?? NaN;
      const result = await loadSlashCommands(app.url, questions, connections, duration, responseUrl);
      const cpuAfter = (await app.cpu()) ?? NaN;
      return { ...result, cpuPerRequest: (cpuAfter - cpuBefore) / Math.max(1, result.requests) };
    };
    log("warming up both apps…");
    await measure(ours, 10, 3);
    await measure(bare, 10, 3);

    const results: Record<"ours" | "bare", Measured[][]> = {
      ours: CONNECTIONS.map(() => []),
      bare: CONNECTIONS.map(() => []),
    };
    for (let round = 0; round < rounds; round++) {
      for (const [i, connections] of CONNECTIONS.entries()) {
        const order: ("ours" | "bare")[] = round % 2 === 0 ? ["ours", "bare"] : ["bare", "ours"];
        for (const who of order) {
          const measured = await measure(who === "ours" ? ours : bare, connections, seconds);
          results[who][i]!.push(measured);
          log(
            `round ${round + 1}, ${connections} conn, ${who}: ${fixed(measured.requestsPerSecond, 0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ${fixed(measured.cpuPerRequest, 2)} ms CPU/req, failures ${measured.failures}`,
          );
        }
      }
    }

    const discord: DiscordMeasured[] = [];
    const driver = gatewayDriver(fakeDiscord);
    await loadInteractions(driver, questions, 4, 2); // warm-up
    for (const concurrency of DISCORD_CONCURRENCY) {
      const cpuBefore = (await ours.cpu()) ?? NaN;
      const result = await loadInteractions(driver, questions, concurrency, seconds);
      const cpuAfter = (await ours.cpu()) ?? NaN;
      const perInteraction = (cpuAfter - cpuBefore) / Math.max(1, result.interactions);
      log(
        `discord ${driver.name}, ${concurrency} in flight: ${fixed(result.interactionsPerSecond, 0)}/s, p99 ${fixed(result.p99)} ms, failures ${result.failures}`,
      );
      discord.push({ ...result, cpuPerInteraction: perInteraction });
    }
    clearInterval(sampler);
    await sleep(3000);
    const after = { ours: await ours.rss(), bare: await bare.rss() };
    return renderLoadTables({
      results,
      discord,
      idle,
      peak,
      after,
      seconds,
      rounds,
      questions: questions.length,
    });
  } finally {
    await Promise.allSettled(apps.map((app) => app.stop()));
    await fakeDiscord.close();
    await fakeSlack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function renderLoadTables(r: {
  results: Record<"ours" | "bare", Measured[][]>;
  discord: DiscordMeasured[];
  idle: Record<"ours" | "bare", number | undefined>;
  peak: Record<"ours" | "bare", number>;
  after: Record<"ours" | "bare", number | undefined>;
  seconds: number;
  rounds: number;
  questions: number;
}): string {
  const mb = (n: number | undefined) => fixed(n ?? NaN, 0);
  const lines = [
    `Slack HTTP mode, signed /embassy slash commands (${r.questions} real questions, fresh signature each) on loopback; ` +
      `${r.rounds} alternating rounds of ${r.seconds} s per cell, medians; ours = node dist/src/main.js with Slack and Discord configured`,
    "",
    "| connections | ours req/s | bare Bolt req/s | ratio | ours p50 / p99 (ms) | bare p50 / p99 (ms) | p99 ratio | CPU per request ours / bare (ms) | failures |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const [i, connections] of CONNECTIONS.entries()) {
    const ours = r.results.ours[i]!;
    const bare = r.results.bare[i]!;
    const m = (list: Measured[], pick: (x: Measured) => number) => median(list.map(pick));
    const [oursRps, bareRps] = [m(ours, (x) => x.requestsPerSecond), m(bare, (x) => x.requestsPerSecond)];
    const [oursP99, bareP99] = [m(ours, (x) => x.p99), m(bare, (x) => x.p99)];
    const failures = [...ours, ...bare].reduce((sum, x) => sum + x.failures, 0);
    lines.push(
      `| ${connections} | ${fixed(oursRps, 0)} | ${fixed(bareRps, 0)} | ${fixed(oursRps / bareRps, 2)}× | ${m(ours, (x) => x.p50)} / ${oursP99} | ${m(bare, (x) => x.p50)} / ${bareP99} | ${fixed(oursP99 / Math.max(1, bareP99), 1)}× | ${fixed(
        m(ours, (x) => x.cpuPerRequest),
        2,
      )} / ${fixed(
        m(bare, (x) => x.cpuPerRequest),
        2,
      )} | ${failures} |`,
    );
  }
  lines.push(
    "",
    "Discord: `/embassy search <question>` interactions dispatched by the fake Discord's gateway to the real discord.js client, answered through the fake's REST callback",
    "",
    "| driver | in flight | interactions/s | p50 (ms) | p99 (ms) | CPU per interaction (ms) | failures |",
    "|---|---|---|---|---|---|---|",
    ...r.discord.map(
      (d) =>
        `| ${d.driver} | ${d.concurrency} | ${fixed(d.interactionsPerSecond, 0)} | ${fixed(d.p50)} | ${fixed(d.p99)} | ${fixed(d.cpuPerInteraction, 2)} | ${d.failures} |`,
    ),
    "",
    "| RSS (MB) | idle | peak under load | after load |",
    "|---|---|---|---|",
    `| ours (Slack HTTP + Discord) | ${mb(r.idle.ours)} | ${mb(r.peak.ours)} | ${mb(r.after.ours)} |`,
    `| bare Bolt | ${mb(r.idle.bare)} | ${mb(r.peak.bare)} | ${mb(r.after.bare)} |`,
  );
  return lines.join("\n");
}
