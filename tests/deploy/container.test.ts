import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, copyFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSigningKeys,
  postSignedInteraction,
} from "../adapters/discord/fake-discord/signed-interaction.js";
import { startFakeSlack, type FakeSlack } from "../adapters/slack/support/fake-slack-api.js";
import { createDummySlashCommand } from "../adapters/slack/support/payloads.js";
import { formBody, postSigned } from "../adapters/slack/support/signed-request.js";
import { startCommand, type Running } from "../cli/spawn.js";
import { freePorts } from "../support/free-ports.js";

/**
 * Docker cannot build here (no daemon, no registry for base images), so this checks what the
 * image relies on: the Dockerfile's invariants, and the compiled app started exactly as the
 * image's CMD starts it, from a folder laid out like the image's /app.
 */
const ROOT = new URL("../../", import.meta.url).pathname;
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("the Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it("builds in one stage and runs from a second, on Node 24", () => {
    expect(stages).toHaveLength(2);
    const [build, run] = stages as [string, string];
    expect(build).toMatch(/^node:24-slim AS build\n/);
    expect(build).toMatch(/^RUN npm ci\b/m);
    expect(build).toMatch(/^RUN npm run build$/m);
    expect(run).toMatch(/^node:24-slim\n/);
  });

  it("ships production dependencies only, the compiled code and the data, as a non-root user", () => {
    const run = stages[1]!;
    expect(run).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(run).not.toMatch(/^COPY (--from=build \/app\/)?node_modules/m);
    expect(run).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(run).toMatch(/^COPY data \.\/data$/m);
    const users = [...run.matchAll(/^USER (\S+)$/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    expect(run).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]$/m);
  });

  it("checks /healthz with node's fetch (no curl in the slim image) and exposes the port", () => {
    const run = stages[1]!;
    expect(run).toMatch(/^HEALTHCHECK .*\\\n\s+CMD \["node", "-e", ".*fetch\(.*\/healthz/m);
    const instructions = run.split("\n").filter((line) => !line.startsWith("#"));
    expect(instructions.join("\n")).not.toMatch(/curl|wget/);
    expect(run).toMatch(/^EXPOSE 3000$/m);
    expect(run).toMatch(/^VOLUME \["\/app\/var"\]$/m);
  });

  it("keeps secrets, local state and the host's node_modules out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".env", "var", "dist", ".git"]) expect(ignored).toContain(entry);
  });

  it("compose runs two replicas on one PostgreSQL database", () => {
    const compose = read("compose.yaml");
    expect(compose).toMatch(/^ {2}bot-1:$/m);
    expect(compose).toMatch(/^ {2}bot-2:$/m);
    expect(compose).toMatch(/^ {2}postgres:$/m);
    expect(compose).toMatch(/DATABASE_URL: postgres:\/\/\S+@postgres:5432\//);
    expect(compose).toMatch(/condition: service_healthy/);
  });
});

/** Every package the compiled code imports, by name (node: builtins left out). */
function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) importedPackages(path).forEach((p) => found.add(p));
    else if (name.endsWith(".js"))
      for (const m of readFileSync(path, "utf8").matchAll(
        /\bfrom "([^"./][^"]*)"|require\)?\("([^"./][^"]*)"\)/g,
      )) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith("node:") || builtinModules.includes(spec)) continue;
        found.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
      }
  }
  return found;
}

describe("the compiled app, as the image runs it", () => {
  const SECRET = "container-test-signing-secret";
  const BOT_TOKEN = "xoxb-1111-2222-containertoken";
  let app: string;
  let fake: FakeSlack;
  let running: Running | undefined;

  beforeAll(async () => {
    // /app in the image: package.json, data/ and node_modules/ beside the compiled dist/.
    app = mkdtempSync(join(tmpdir(), "embassy-image-"));
    copyFileSync(join(ROOT, "package.json"), join(app, "package.json"));
    symlinkSync(join(ROOT, "data"), join(app, "data"));
    symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"));
    await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, "node_modules/typescript/bin/tsc"),
        "-p",
        join(ROOT, "tsconfig.build.json"),
        "--outDir",
        join(app, "dist"),
      ],
      { cwd: ROOT },
    );
    fake = await startFakeSlack(BOT_TOKEN);
  }, 240_000); // a full compile: over a minute on a busy 2-core machine

  afterAll(async () => {
    await running?.stop();
    await fake?.close();
  });

  it("imports at run time only what package.json lists under dependencies (npm ci --omit=dev)", () => {
    const dependencies = Object.keys(
      (JSON.parse(read("package.json")) as { dependencies: Record<string, string> }).dependencies,
    );
    const imported = [...importedPackages(join(app, "dist"))];
    expect(imported.length).toBeGreaterThan(3);
    expect(imported.filter((p) => !dependencies.includes(p))).toEqual([]);
  });

  it("starts with `node dist/src/main.js`, finds its data, answers /healthz, Slack and Discord, and stops cleanly", async () => {
    const keys = createSigningKeys();
    const [port] = await freePorts(1);
    running = startCommand(
      process.execPath,
      ["dist/src/main.js"],
      {
        NODE_ENV: "production",
        DATA_DIR: mkdtempSync(join(tmpdir(), "embassy-image-var-")),
        PORT: String(port),
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_API_URL: fake.apiUrl,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      },
      app,
    );
    await running.waitFor(/HTTP mode, listening on port/, 60_000);
    // What the image's HEALTHCHECK runs.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const body = formBody(createDummySlashCommand("tehran 1979", fake.responseUrl("image")));
    const reply = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      SECRET,
      body,
      "application/x-www-form-urlencoded",
    );
    expect(reply.status).toBe(200);
    expect(reply.text).toMatch(/Tehran/);
    const pong = await postSignedInteraction(`http://127.0.0.1:${port}/discord/interactions`, keys, {
      id: "1",
      token: "t",
      type: 1,
    });
    expect(pong).toEqual({ status: 200, body: { type: 1 } });

    expect(await running.stop()).toBe(0);
    expect(running.output()).toMatch(/Embassy Desk stopped/);
    running = undefined;
  }, 120_000);
});
