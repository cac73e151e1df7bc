import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { createRateLimiter, type RateLimits } from "../../../src/limits/rate-limiter.js";
import { migrate } from "../../../src/store/migrate.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { openPostgresDatabase } from "../../../src/store/postgres-database.js";
import { createRateLimitStore } from "../../../src/store/rate-limit-store.js";
import { createSeenRequestStore } from "../../../src/store/seen-request-store.js";
import type { SqlDatabase } from "../../../src/store/sql-database.js";
import { loadDesk } from "../../support/desk.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummyMessageShortcut,
  createDummySlashCommand,
  createDummyViewSubmission,
  USER,
} from "./support/payloads.js";
import { formBody, payloadBody, postSigned } from "./support/signed-request.js";

const SECRET = "test-signing-secret-limits-0123";
const BOT_TOKEN = "xoxb-1111-2222-limitstoken";
const FORM = "application/x-www-form-urlencoded";
/** A person may ask 3 times at once, then once a minute: no token comes back during the test. */
const CAPACITY = 3;
const LIMITS: RateLimits = {
  user: { perMinute: 1, burst: CAPACITY },
  workspace: { perMinute: 600, burst: 100 },
};

interface RunningApp {
  adapter: SlackAdapter;
  url: string;
  /** Requests that reached the listeners (the core). */
  handled: () => number;
  limited: string[];
}

/** A Bolt app in HTTP mode on loopback, with its rate limiter and replay check on `db`. */
async function startApp(fake: FakeSlack, db: SqlDatabase): Promise<RunningApp> {
  const limited: string[] = [];
  let handled = 0;
  const adapter = createSlackAdapter({
    mode: "http",
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    desk: loadDesk(),
    port: 0,
    host: "127.0.0.1",
    rateLimiter: createRateLimiter({
      openStore: async () => createRateLimitStore(db),
      limits: LIMITS,
      onLimited: (who, decision) => limited.push(`${who.platform}:${who.user}:${decision.scope}`),
    }),
    seenRequests: async () => createSeenRequestStore(db),
  });
  adapter.app.use(async ({ next }) => {
    handled++;
    await next();
  });
  await adapter.start();
  return {
    adapter,
    url: `http://127.0.0.1:${adapter.port()}/slack/events`,
    handled: () => handled,
    limited,
  };
}

const asker = (id: string) => ({ ...USER, id, name: id, username: id });

describe("Slack rate limits (PGlite)", () => {
  let fake: FakeSlack;
  let db: SqlDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    fake = await startFakeSlack(BOT_TOKEN);
    db = await openPgliteDatabase();
    await migrate(db);
    app = await startApp(fake, db);
  }, 180_000); // opening PGlite and loading the data take long on a busy machine
  afterAll(async () => {
    await app?.adapter.stop();
    await db?.close();
    await fake?.close();
  });

  const slash = (user: string, text = "tehran 1979") =>
    postSigned(
      app.url,
      SECRET,
      formBody(createDummySlashCommand(text, fake.responseUrl(`slash-${user}`), { user_id: user })),
      FORM,
    );

  it("answers a person's first C slash commands, and the next one privately says to slow down, at once", async () => {
    const before = app.handled();
    for (let i = 0; i < CAPACITY; i++) {
      const res = await slash("U0BUSY");
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/Tehran/);
    }
    const started = Date.now();
    const res = await slash("U0BUSY");
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(200);
    const message = JSON.parse(res.text) as { response_type: string; text: string };
    expect(message.response_type).toBe("ephemeral");
    expect(JSON.stringify(message)).toMatch(/slow down, and try again in 60 s/);
    expect(limitProblems(message)).toEqual([]);
    expect(injectionProblems(message)).toEqual([]);
    expect(app.handled() - before).toBe(CAPACITY);
    expect(app.limited).toEqual(["slack:U0BUSY:user"]);
  });

  it("keeps serving another person in the same workspace", async () => {
    const res = await slash("U0CALM");
    expect(res.text).toMatch(/Tehran/);
  });

  it("answers a limited button click, shortcut and form with the same note, without running the core", async () => {
    const busy = asker("U0CLICK");
    for (let i = 0; i < CAPACITY; i++) expect((await slash(busy.id, "help")).status).toBe(200);
    const before = app.handled();

    const click = await postSigned(
      app.url,
      SECRET,
      payloadBody(
        createDummyBlockAction("embassy:next-page:0", "x", fake.responseUrl("click-limited"), busy),
      ),
      FORM,
    );
    expect(click.status).toBe(200);
    const [clicked] = await fake.waitFor("respond", 1, "click-limited");
    expect(clicked!.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(JSON.stringify(clicked!.body)).toMatch(/slow down/);

    const shortcut = createDummyMessageShortcut("tehran", fake.responseUrl("shortcut-limited"));
    const sent = await postSigned(app.url, SECRET, payloadBody({ ...shortcut, user: busy }), FORM);
    expect(sent.status).toBe(200);
    const [noted] = await fake.waitFor("respond", 1, "shortcut-limited");
    expect(JSON.stringify(noted!.body)).toMatch(/slow down/);

    const form = createDummyViewSubmission("embassy_feedback", JSON.stringify({ kind: "suggestion" }), {
      text: { value: { type: "plain_text_input", value: "An attack in 2025" } },
    });
    const view = { ...(form.view as object), blocks: [{ type: "input", block_id: "text" }] };
    const submitted = await postSigned(app.url, SECRET, payloadBody({ ...form, user: busy, view }), FORM);
    expect(JSON.parse(submitted.text)).toEqual({
      response_action: "errors",
      errors: { text: expect.stringMatching(/slow down, and try again in \d+ s/) },
    });
    expect(app.handled()).toBe(before);
  });
});

// Two replicas: two Bolt apps, each with its own connection pool, on one PostgreSQL schema.
const url = process.env.TEST_DATABASE_URL;
if (url) {
  describe("Slack replay and rate limits across two app instances on one PostgreSQL database", () => {
    const schema = `test_slack_limits_${process.pid}_${Date.now()}`;
    let fake: FakeSlack;
    let dbs: SqlDatabase[];
    let apps: RunningApp[];
    beforeAll(async () => {
      fake = await startFakeSlack(BOT_TOKEN);
      dbs = [await openPostgresDatabase(url, { schema }), await openPostgresDatabase(url, { schema })];
      await migrate(dbs[0]!);
      apps = [await startApp(fake, dbs[0]!), await startApp(fake, dbs[1]!)];
    }, 180_000); // opening PGlite and loading the data take long on a busy machine
    afterAll(async () => {
      for (const app of apps ?? []) await app.adapter.stop();
      for (const db of dbs ?? []) await db.close();
      const admin = await openPostgresDatabase(url);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
      await fake?.close();
    });
    const handled = () => apps.reduce((n, a) => n + a.handled(), 0);

    it("serves a request on one replica and refuses its replay on the other", async () => {
      const body = payloadBody(createDummyMessageShortcut("tehran 1979", fake.responseUrl("shared-once")));
      const timestamp = Math.floor(Date.now() / 1000);
      const before = handled();
      expect((await postSigned(apps[0]!.url, SECRET, body, FORM, { timestamp })).status).toBe(200);
      expect((await postSigned(apps[1]!.url, SECRET, body, FORM, { timestamp })).status).toBe(401);
      await fake.waitFor("respond", 1, "shared-once");
      await new Promise((r) => setTimeout(r, 150));
      expect(fake.calls.filter((c) => c.id === "shared-once")).toHaveLength(1);
      expect(handled() - before).toBe(1);
    });

    it("counts one person's requests on both replicas against one bucket", async () => {
      const answers: string[] = [];
      for (let i = 0; i <= CAPACITY; i++) {
        const body = formBody(
          createDummySlashCommand("help", fake.responseUrl("shared-slash"), { user_id: "U0TWO" }),
        );
        answers.push((await postSigned(apps[i % 2]!.url, SECRET, body, FORM)).text);
      }
      expect(answers.slice(0, CAPACITY).every((a) => !a.includes("slow down"))).toBe(true);
      expect(answers[CAPACITY]).toMatch(/slow down/);
      expect([...apps[0]!.limited, ...apps[1]!.limited]).toEqual(["slack:U0TWO:user"]);
    });

    it("lets exactly C of N simultaneous requests from one person through, whichever replica gets them", async () => {
      const bodies = Array.from({ length: 10 }, () =>
        formBody(createDummySlashCommand("help", fake.responseUrl("burst"), { user_id: "U0BURST" })),
      );
      const answers = await Promise.all(
        bodies.map((body, i) => postSigned(apps[i % 2]!.url, SECRET, body, FORM)),
      );
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(answers.filter((a) => a.text.includes("slow down"))).toHaveLength(10 - CAPACITY);
    });
  });
}
