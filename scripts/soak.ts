/**
 * `npm run soak [-- --minutes N] [--rate R]`: mixed load on loopback for N minutes (default 10),
 * R operations a second (default 20), against the compiled bot in Slack HTTP mode with Discord
 * through the fake gateway: searches, cite, stats, quizzes, typed reports, button clicks on both
 * platforms, Discord autocomplete. RSS is sampled every 10 s. Prints the growth from the first
 * minute's level to the last minute's, and every error (a failed check or an error the bot logged).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { startFakeDiscord } from "../tests/adapters/discord/fake-discord/fake-discord.js";
import { startFakeSlack } from "../tests/adapters/slack/support/fake-slack-api.js";
import { readQuestions } from "./bench/questions.js";
import { BOT_TOKEN, prepareDataDir, startApp } from "./bench/spawn-app.js";
import { fixed, sleep } from "./bench/stats.js";
import { createDiscordOps } from "./soak/discord-ops.js";
import { createSlackOps } from "./soak/slack-ops.js";

const { values } = parseArgs({
  options: { minutes: { type: "string", default: "10" }, rate: { type: "string", default: "20" } },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
if (!(minutes > 0) || !(rate > 0)) {
  process.stderr.write("Usage: npm run soak -- [--minutes N] [--rate operations-per-second]\n");
  process.exit(2);
}
const log = (line: string) => void process.stderr.write(`${line}\n`);

log("building dist/ (npm run build)…");
if (spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
const questions = readQuestions();
const errors: string[] = [];
const fail = (why: string) => void errors.push(why);
const fakeSlack = await startFakeSlack(BOT_TOKEN);
const fakeDiscord = await startFakeDiscord();
const dataDir = prepareDataDir();
const app = await startApp("compiled", {
  slackApiUrl: fakeSlack.apiUrl,
  discordApiUrl: fakeDiscord.apiUrl,
  dataDirFrom: dataDir,
});
await app.databaseReady();
const slack = createSlackOps(app.url, fakeSlack, fail);
const discord = createDiscordOps(fakeDiscord, fail);

let n = 0;
const question = () => questions[n++ % questions.length]!;
/** The mix, by weight: mostly searches and clicks, as in a newsroom or a class. */
const MIX: [number, () => Promise<void>][] = [
  [5, () => slack.search(question())],
  [4, () => slack.click()],
  [1, () => slack.cite(question())],
  [1, () => slack.stats(question())],
  [1, () => slack.quiz()],
  [0.3, () => slack.report()],
  [3, () => discord.search(question())],
  [2, () => discord.click()],
  [1, () => discord.autocomplete(question().slice(0, 12))],
];
const totalWeight = MIX.reduce((sum, [w]) => sum + w, 0);
const pick = () => {
  let r = Math.random() * totalWeight;
  for (const [weight, op] of MIX) if ((r -= weight) < 0) return op;
  return MIX[0]![1];
};

const started = performance.now();
const end = started + minutes * 60_000;
const samples: { at: number; rss: number }[] = [];
const sampleRss = async () => {
  const rss = await app.rss();
  if (rss !== undefined) samples.push({ at: (performance.now() - started) / 1000, rss });
};
await sampleRss();
const sampler = setInterval(() => {
  void sampleRss().then(() => {
    const last = samples.at(-1)!;
    log(
      `${fixed(last.at, 0)} s: RSS ${fixed(last.rss)} MB, ${operations} operations, ${errors.length} errors`,
    );
  });
}, 10_000);

// Operations start on a fixed schedule whatever the answers' latency, up to 50 in flight.
let operations = 0;
const inFlight = new Set<Promise<void>>();
while (performance.now() < end) {
  if (inFlight.size < 50) {
    const op = pick()().catch((e: unknown) => fail(`operation threw: ${String(e)}`));
    inFlight.add(op);
    void op.finally(() => inFlight.delete(op));
    operations++;
  } else fail("more than 50 operations in flight: the bot is not keeping up");
  await sleep(1000 / rate);
}
await Promise.all(inFlight);
clearInterval(sampler);
await sampleRss();
await sleep(2000);
const unanswered = slack.unanswered();
if (unanswered > 0) fail(`${unanswered} Slack click(s) never answered on their response_url`);
const logged = app
  .output()
  .split("\n")
  .filter((line) => /"level":(50|60)/.test(line));
for (const line of logged) {
  const entry = JSON.parse(line) as { time: number; msg?: string; err?: { message?: string } };
  const at = new Date(entry.time).toISOString().slice(11, 19);
  fail(`the bot logged at ${at}: ${entry.msg ?? ""}${entry.err?.message ? ` (${entry.err.message})` : ""}`);
}
await app.stop();
await fakeDiscord.close();
await fakeSlack.close();
rmSync(dataDir, { recursive: true, force: true });

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const elapsed = samples.at(-1)!.at;
const firstMinute = mean(samples.filter((s) => s.at > 0 && s.at <= 60).map((s) => s.rss));
const lastMinute = mean(samples.filter((s) => s.at >= elapsed - 60).map((s) => s.rss));
const growth = (100 * (lastMinute - firstMinute)) / firstMinute;
console.log(
  [
    `Soak: ${minutes} min, ${operations} operations (${fixed(operations / (elapsed || 1), 1)}/s) on Slack HTTP mode and Discord (gateway), compiled, Node ${process.version}`,
    "",
    "| RSS before load | first minute (mean) | last minute (mean) | growth | max | errors |",
    "|---|---|---|---|---|---|",
    `| ${fixed(samples[0]!.rss, 0)} MB | ${fixed(firstMinute, 0)} MB | ${fixed(lastMinute, 0)} MB | ${growth >= 0 ? "+" : ""}${fixed(growth, 1)} % | ${fixed(Math.max(...samples.map((s) => s.rss)), 0)} MB | ${errors.length} |`,
    ...(errors.length > 0 ? ["", "First errors:", ...errors.slice(0, 10).map((e) => `- ${e}`)] : []),
  ].join("\n"),
);
process.exitCode = errors.length > 0 ? 1 : 0;
