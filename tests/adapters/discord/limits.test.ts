import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import { createRateLimiter } from "../../../src/limits/rate-limiter.js";
import { migrate } from "../../../src/store/migrate.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { createRateLimitStore } from "../../../src/store/rate-limit-store.js";
import type { SqlDatabase } from "../../../src/store/sql-database.js";
import { loadDesk } from "../../support/desk.js";
import { allStrings } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from "./fake-discord/fake-discord.js";
import {
  CLASSMATE,
  createDummyAutocomplete,
  createDummyButton,
  createDummyMessage,
  createDummyModalSubmit,
  createDummySlash,
  type Payload,
} from "./fake-discord/payloads.js";

const TOKEN = "fake-bot-token.for-limit-tests";
const EPHEMERAL = 1 << 6;
const CAPACITY = 3;

let fake: FakeDiscord;
let db: SqlDatabase;
let adapter: DiscordAdapter;
const limited: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  db = await openPgliteDatabase();
  await migrate(db);
  adapter = createDiscordAdapter({
    desk: loadDesk(),
    token: TOKEN,
    apiUrl: fake.apiUrl,
    seed: () => 7,
    rateLimiter: createRateLimiter({
      openStore: async () => createRateLimitStore(db),
      // A person may ask 3 times at once, then once a minute: no token comes back during the test.
      limits: { user: { perMinute: 1, burst: CAPACITY }, workspace: { perMinute: 600, burst: 100 } },
      onLimited: (who, decision) => limited.push(`${who.platform}:${who.user}:${decision.scope}`),
    }),
  });
  await adapter.start();
}, 180_000); // opening PGlite and loading the data take long on a busy machine

afterAll(async () => {
  await adapter?.stop();
  await db?.close();
  await fake?.close();
});

async function roundTrip(payload: Payload): Promise<InteractionCallback> {
  fake.dispatch("INTERACTION_CREATE", payload);
  return fake.callbackFor(String(payload.id));
}

/** The same interaction from another member of the server. */
const fromClassmate = (payload: Payload): Payload => ({
  ...payload,
  member: { ...(payload.member as Record<string, unknown>), user: CLASSMATE },
});

const isSlowDown = (c: InteractionCallback) =>
  /slow down, and try again in \d+ s/.test(allStrings(c.data).join("\n"));

describe("Discord rate limits on a real discord.js client", () => {
  it("answers a person's first C commands, then replies privately that they should slow down", async () => {
    const started = Date.now();
    const replies: InteractionCallback[] = [];
    for (let i = 0; i <= CAPACITY; i++)
      replies.push(
        await roundTrip(createDummySlash("search", [{ name: "query", type: 3, value: "tehran 1979" }])),
      );
    expect(replies.slice(0, CAPACITY).map(isSlowDown)).toEqual([false, false, false]);
    const last = replies[CAPACITY]!;
    expect(last.type).toBe(4);
    expect(last.data.flags).toBe(EPHEMERAL);
    expect(last.data.allowed_mentions).toEqual({ parse: [] });
    expect(isSlowDown(last)).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000 * (CAPACITY + 1));
    expect(limited).toEqual(["discord:100000000000000010:user"]);
  });

  it("answers a limited button click and form submission the same way, privately", async () => {
    const click = await roundTrip(
      createDummyButton("s:search|tehran", createDummyMessage({ flags: EPHEMERAL })),
    );
    expect(click).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(isSlowDown(click)).toBe(true);
    const form = await roundTrip(createDummyModalSubmit("fb:suggest", { text: "An attack in 2025" }));
    expect(form).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(isSlowDown(form)).toBe(true);
  });

  it("still offers autocomplete choices to a limited person", async () => {
    const choices = await roundTrip(createDummyAutocomplete("incident", ""));
    expect(choices.type).toBe(8);
    expect(JSON.stringify(choices.data)).toContain("Seizure of the US embassy in Tehran");
  });

  it("keeps serving another member of the same server", async () => {
    const reply = await roundTrip(fromClassmate(createDummySlash("help")));
    expect(isSlowDown(reply)).toBe(false);
    expect(JSON.stringify(reply.data.embeds)).toMatch(/how to ask/);
  });

  it("sent every reply, limited or not, with allowed_mentions parsing nothing", () => {
    const replies = fake.requests
      .filter((r) => r.method === "POST" && r.path.endsWith("/callback"))
      .map((r) => r.body as { type: number; data?: { allowed_mentions?: unknown } })
      .filter((body) => body.type === 4 || body.type === 7);
    expect(replies.length).toBeGreaterThanOrEqual(CAPACITY + 3);
    for (const reply of replies) expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
  });
});
