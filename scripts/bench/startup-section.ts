import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { startFakeDiscord } from "../../tests/adapters/discord/fake-discord/fake-discord.js";
import { startFakeSlack } from "../../tests/adapters/slack/support/fake-slack-api.js";
import { BOT_TOKEN, prepareDataDir, startApp, type AppKind } from "./spawn-app.js";
import { fixed, median } from "./stats.js";

interface Variant {
  label: string;
  kind: AppKind;
  discord: boolean;
}

const VARIANTS: Variant[] = [
  { label: "compiled, Slack HTTP only", kind: "compiled", discord: false },
  { label: "compiled, Slack HTTP + Discord", kind: "compiled", discord: true },
  { label: "tsx (`npm start` without npm), Slack HTTP + Discord", kind: "tsx", discord: true },
  { label: "bare Bolt app", kind: "bare-bolt", discord: false },
];

/**
 * Spawn → ready (/healthz 200, and the Discord client ready when configured), `runs` times per
 * variant, interleaved; then where the time goes, step by step, in fresh processes.
 */
export async function runStartupSection(runs: number, log: (line: string) => void): Promise<string> {
  const fakeSlack = await startFakeSlack(BOT_TOKEN);
  const fakeDiscord = await startFakeDiscord();
  const samples = new Map<Variant, { wall: number[]; cpu: number[] }>(
    VARIANTS.map((v) => [v, { wall: [], cpu: [] }]),
  );
  const dataDir = prepareDataDir();
  const steps: Record<string, [number, number, number]>[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      for (const variant of VARIANTS) {
        const app = await startApp(variant.kind, {
          slackApiUrl: fakeSlack.apiUrl,
          dataDirFrom: dataDir,
          ...(variant.discord ? { discordApiUrl: fakeDiscord.apiUrl } : {}),
        });
        await app.stop();
        samples.get(variant)!.wall.push(app.readyMs);
        if (app.readyCpuMs !== undefined && variant.kind !== "tsx")
          samples.get(variant)!.cpu.push(app.readyCpuMs);
        log(`start-up ${run + 1}/${runs}, ${variant.label}: ${fixed(app.readyMs, 0)} ms`);
      }
    }
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(
        "node",
        ["scripts/bench/startup-breakdown.mjs", dataDir, ...(run === 0 ? ["--first-start"] : [])],
        { encoding: "utf8" },
      );
      if (child.status !== 0) throw new Error(`startup-breakdown failed:\n${child.stderr}`);
      steps.push(JSON.parse(child.stdout) as Record<string, [number, number, number]>);
      log(`start-up breakdown ${run + 1}/${runs} done`);
    }
  } finally {
    await fakeDiscord.close();
    await fakeSlack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const lines = [
    `Start-up to ready (spawn → /healthz 200, and the Discord client ready when configured), median of ${runs}; CPU = the process's user + system time when ready`,
    "",
    "| process | wall (ms) | CPU (ms) |",
    "|---|---|---|",
    ...VARIANTS.map((v) => {
      const s = samples.get(v)!;
      return `| ${v.label} | ${fixed(median(s.wall), 0)} | ${s.cpu.length ? fixed(median(s.cpu), 0) : "–"} |`;
    }),
    "",
    `Where the time goes (scripts/bench/startup-breakdown.mjs: each step in turn in one fresh process, compiled; median of ${runs}, the first start once)`,
    "",
    "| step | wall (ms) | CPU (ms) | RSS after (MB) |",
    "|---|---|---|---|",
    ...Object.keys(steps[0] ?? {}).map((name) => {
      const runsWith = steps.flatMap((s) => (s[name] ? [s[name]] : []));
      const m = (i: number) => fixed(median(runsWith.map((values) => values[i]!)), 0);
      return `| ${name} | ${m(0)} | ${m(1)} | ${m(2)} |`;
    }),
  ];
  return lines.join("\n");
}
