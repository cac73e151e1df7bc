/**
 * `npm run bench:profile`: the compiled bot (Slack HTTP + Discord, against the fakes) under
 * `node --cpu-prof` through start-up and a short Slack load, then the heaviest functions and
 * modules by self time, so the next optimisation starts from a measurement.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeDiscord } from "../../tests/adapters/discord/fake-discord/fake-discord.js";
import { startFakeSlack } from "../../tests/adapters/slack/support/fake-slack-api.js";
import { readQuestions } from "./questions.js";
import { loadSlashCommands } from "./slack-load.js";
import { BOT_TOKEN, prepareDataDir, startApp } from "./spawn-app.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const seconds = Number(process.argv[2] ?? "10");
const dir = mkdtempSync(join(tmpdir(), "embassy-prof-"));
const fakeSlack = await startFakeSlack(BOT_TOKEN);
const fakeDiscord = await startFakeDiscord();
const app = await startApp("compiled", {
  slackApiUrl: fakeSlack.apiUrl,
  discordApiUrl: fakeDiscord.apiUrl,
  dataDirFrom: prepareDataDir(),
  nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
});
await app.databaseReady();
const load = await loadSlashCommands(app.url, readQuestions(), 10, seconds, fakeSlack.responseUrl("prof"));
await app.stop();
await fakeDiscord.close();
await fakeSlack.close();

const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
// Samples up to the moment the process was ready are start-up; the rest is serving requests.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const readyAt = profile.startTime + app.readyMs * 1000;
const phases = { "start-up": new Map<ProfileNode, number>(), requests: new Map<ProfileNode, number>() };
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  const phase = phases[at <= readyAt ? "start-up" : "requests"];
  const node = byId.get(id)!;
  phase.set(node, (phase.get(node) ?? 0) + 1);
});
const top = (hits: Map<ProfileNode, number>, key: (n: ProfileNode) => string, count: number) => {
  const tally = new Map<string, number>();
  let total = 0;
  for (const [n, h] of hits) {
    if (n.callFrame.functionName === "(idle)") continue;
    tally.set(key(n), (tally.get(key(n)) ?? 0) + h);
    total += h;
  }
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
};
const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, "")
    .replace(process.cwd(), ".")
    .replace(/.*node_modules\//, "node_modules/");
const pkg = (url: string) => {
  const short = shortUrl(url);
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(short);
  return match ? match[1]! : short.startsWith("./dist/") ? "ours (dist/)" : short || "(native/idle)";
};
console.log(
  `start-up to ready ${app.readyMs.toFixed(0)} ms; ${load.requests} requests (${load.requestsPerSecond.toFixed(0)}/s)`,
);
console.log(`profile: ${join(dir, file)}`);
const where = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
for (const [phase, hits] of Object.entries(phases)) {
  console.log(`\n${phase}, by package (self time, idle excluded):`);
  console.log(top(hits, (n) => pkg(n.callFrame.url), 12).join("\n"));
  console.log(`\n${phase}, by function:`);
  console.log(top(hits, where, 30).join("\n"));
}
