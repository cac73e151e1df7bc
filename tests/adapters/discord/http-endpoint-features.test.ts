import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDiscordHttpEndpoint,
  DISCORD_INTERACTIONS_PATH,
} from "../../../src/adapters/discord/http-endpoint.js";
import { statsChartSize } from "../../../src/chart/stats-chart-svg.js";
import { commandFromText, execute } from "../../../src/core/index.js";
import { createRateLimiter } from "../../../src/limits/rate-limiter.js";
import { startProbeServer, type ProbeServer } from "../../../src/observe/probe-server.js";
import { createReadiness } from "../../../src/observe/readiness.js";
import { createQuizRoundService, type QuizRoundService } from "../../../src/quiz/round-service.js";
import { migrate } from "../../../src/store/migrate.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { createQuizStore } from "../../../src/store/quiz-store.js";
import { createRateLimitStore } from "../../../src/store/rate-limit-store.js";
import type { SqlDatabase } from "../../../src/store/sql-database.js";
import { loadDesk } from "../../support/desk.js";
import { decodePng } from "../../support/png.js";
import { allStrings, fileProblems, limitProblems } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord/fake-discord.js";
import { CHANNEL_ID, CLASSMATE, createDummySlash, type Payload } from "./fake-discord/payloads.js";
import {
  createSigningKeys,
  postSignedInteraction,
  sendSignedInteraction,
  type SigningKeys,
} from "./fake-discord/signed-interaction.js";

/** Main's features (charts, rate limits, quiz rounds) over the HTTP endpoint, through the same handler as the gateway. */
const TOKEN = "fake-bot-token.http-features.only";
const EPHEMERAL = 1 << 6;
const CAPACITY = 3;
const desk = loadDesk();

let keys: SigningKeys;
let fake: FakeDiscord;
let db: SqlDatabase;
let quiz: QuizRoundService;
let server: ProbeServer;
let url: string;
let stopEndpoint: () => void;

beforeAll(async () => {
  keys = createSigningKeys();
  fake = await startFakeDiscord();
  db = await openPgliteDatabase();
  await migrate(db);
  const quizStore = await createQuizStore(db);
  quiz = createQuizRoundService({ desk, openStore: async () => quizStore, seconds: 60 });
  const endpoint = createDiscordHttpEndpoint({
    desk,
    publicKey: keys.publicKeyHex,
    token: TOKEN,
    apiUrl: fake.apiUrl,
    seed: () => 7,
    quiz,
    rateLimiter: createRateLimiter({
      openStore: async () => createRateLimitStore(db),
      limits: { user: { perMinute: 1, burst: CAPACITY }, workspace: { perMinute: 600, burst: 100 } },
    }),
  });
  stopEndpoint = endpoint.stop;
  server = await startProbeServer({
    port: 0,
    host: "127.0.0.1",
    probes: { ready: createReadiness({}) },
    routes: [endpoint.route],
  });
  url = `http://127.0.0.1:${server.port}${DISCORD_INTERACTIONS_PATH}`;
}, 180_000); // PGlite and the data load slowly on a busy machine

afterAll(async () => {
  await server?.close();
  stopEndpoint?.();
  await quiz?.close();
  // Closing the rounds closes their store, which is this database.
  await fake?.close();
});

/** Each test acts as its own person, so the rate limit of one does not reach another. */
const as = (id: string, payload: Payload): Payload => ({
  ...payload,
  member: { ...(payload.member as Record<string, unknown>), user: { ...CLASSMATE, id } },
});

type Response = { type: number; data: Record<string, unknown> };

describe("the Discord HTTP endpoint serves main's features", () => {
  it("answers /embassy stats with the chart: multipart, payload_json and stats.png as the embed's image", async () => {
    const posted = await sendSignedInteraction(
      url,
      keys,
      as("100000000000000101", createDummySlash("stats", [{ name: "query", type: 3, value: "bombings" }])),
    );
    expect(posted.status).toBe(200);
    expect(posted.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await posted.formData();
    const reply = JSON.parse(String(form.get("payload_json"))) as Response;
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(limitProblems(reply.data)).toEqual([]);
    const file = form.get("files[0]") as File;
    expect(file.name).toBe("stats.png");
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(fileProblems(reply.data, [{ name: file.name, bytes }])).toEqual([]);
    expect((reply.data.embeds as { image?: { url: string } }[])[0]!.image).toEqual({
      url: "attachment://stats.png",
    });
    const png = decodePng(bytes);
    expect({ width: png.width, height: png.height }).toEqual(
      statsChartSize(execute(desk, commandFromText("stats bombings")).stats!),
    );
  });

  it("answers a person's first commands, then privately tells them to slow down", async () => {
    const ask = () =>
      postSignedInteraction(
        url,
        keys,
        as("100000000000000102", createDummySlash("search", [{ name: "query", type: 3, value: "tehran" }])),
      );
    const replies: Response[] = [];
    for (let i = 0; i <= CAPACITY; i++) replies.push((await ask()).body as Response);
    const slowDown = replies.map((r) =>
      /slow down, and try again in \d+ s/.test(allStrings(r.data).join("\n")),
    );
    expect(slowDown).toEqual([false, false, false, true]);
    expect(replies[CAPACITY]!.data.flags).toBe(EPHEMERAL);
  });

  it("starts a quiz round: a private note as the answer, the question posted in the channel with the bot token", async () => {
    const posted = await postSignedInteraction(
      url,
      keys,
      as("100000000000000103", createDummySlash("quiz", [{ name: "query", type: 3, value: "round 2 law" }])),
    );
    const reply = posted.body as Response;
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect((reply.data.embeds as { title: string }[])[0]!.title).toBe("Quiz round started");
    const inChannel = () =>
      fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
    const deadline = Date.now() + 5000;
    while (inChannel().length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(inChannel()).toHaveLength(1);
    const question = inChannel()[0]!;
    expect(question.authorization).toBe(`Bot ${TOKEN}`);
    const body = question.body as { embeds: { title: string }[]; allowed_mentions: unknown };
    expect(body.embeds[0]!.title).toBe("Quiz round: question 1 of 2");
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
