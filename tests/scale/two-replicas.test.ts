import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCommand } from "../../src/core/index.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { openPostgresDatabase } from "../../src/store/postgres-database.js";
import type { SqlDatabase } from "../../src/store/sql-database.js";
import { limitProblems as discordLimitProblems } from "../adapters/discord/check-limits.js";
import {
  createDummyButton,
  createDummyMessage,
  createDummyModalSubmit,
  createDummySlash,
  PERSON,
  type Payload,
} from "../adapters/discord/fake-discord/payloads.js";
import {
  createSigningKeys,
  postSignedInteraction,
  type SigningKeys,
} from "../adapters/discord/fake-discord/signed-interaction.js";
import { limitProblems as slackLimitProblems } from "../adapters/slack/support/check-blocks.js";
import { startFakeSlack, type FakeSlack } from "../adapters/slack/support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummySlashCommand,
  createDummyViewSubmission,
  USER,
} from "../adapters/slack/support/payloads.js";
import { formBody, payloadBody, postSigned } from "../adapters/slack/support/signed-request.js";
import { startNpm, type Running } from "../cli/spawn.js";
import { freePorts } from "../support/free-ports.js";

/**
 * Scale-out: two real processes (`npm start`, as an operator runs them) in Slack HTTP mode with the
 * Discord HTTP endpoint, sharing one PostgreSQL database, with nothing shared in memory. What one
 * renders, the other serves; what one stores, the other lists. Needs the PostgreSQL server
 * (TEST_DATABASE_URL, which .ci/run sets; the machine's server otherwise), in a schema of its own.
 */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SECRET = "scale-test-signing-secret";
const BOT_TOKEN = "xoxb-1111-2222-scaletoken";
const FORM = "application/x-www-form-urlencoded";
const EPHEMERAL = 1 << 6;
/** The per-person burst both replicas run with: the rate-limit check spends it across the two. */
const LIMIT_BURST = 12;

type Button = { action_id: string; value: string };
type SlackMessage = { text: string; blocks: { type: string; elements?: Button[] }[] };
type DiscordResponse = { type: number; data: Payload };

interface Replica {
  name: string;
  port: number;
  process: Running;
}

let admin: SqlDatabase;
let schema: string;
let fake: FakeSlack;
let keys: SigningKeys;
let a: Replica;
let b: Replica;

async function waitReady(replica: Replica): Promise<void> {
  for (let tries = 0; tries < 120; tries++) {
    const ok = await fetch(`http://127.0.0.1:${replica.port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`replica ${replica.name} never became ready:\n${replica.process.output()}`);
}

async function slack(replica: Replica, payload: string): Promise<string> {
  const res = await postSigned(`http://127.0.0.1:${replica.port}/slack/events`, SECRET, payload, FORM);
  expect(res.status).toBe(200);
  return res.text;
}

async function slackSlash(replica: Replica, text: string, responseId: string): Promise<SlackMessage> {
  const reply = JSON.parse(
    await slack(replica, formBody(createDummySlashCommand(text, fake.responseUrl(responseId)))),
  ) as SlackMessage;
  expect(slackLimitProblems(reply)).toEqual([]);
  return reply;
}

async function discord(replica: Replica, payload: Payload): Promise<DiscordResponse> {
  const posted = await postSignedInteraction(
    `http://127.0.0.1:${replica.port}/discord/interactions`,
    keys,
    payload,
  );
  expect(posted.status).toBe(200);
  const response = posted.body as DiscordResponse;
  if (response.type === 4 || response.type === 7) expect(discordLimitProblems(response.data)).toEqual([]);
  return response;
}

const buttonsOf = (m: SlackMessage) =>
  m.blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
/** The number a thank-you gives the stored item. */
const itemNumber = (text: string) => /Thank you: report #(\d+)/.exec(text)?.[1];
const discordCustomIds = (r: DiscordResponse) =>
  (r.data.components as { components: { custom_id: string }[] }[]).flatMap((row) =>
    row.components.map((c) => c.custom_id),
  );

beforeAll(async () => {
  schema = `scale_${process.pid}_${Date.now()}`;
  admin = await openPostgresDatabase(SERVER_URL);
  await admin.exec(`CREATE SCHEMA ${schema}`);
  fake = await startFakeSlack(BOT_TOKEN);
  keys = createSigningKeys();
  const databaseUrl = new URL(SERVER_URL);
  databaseUrl.searchParams.set("options", `-c search_path=${schema}`);
  const [portA, portB] = await freePorts(2);
  const start = (name: string, port: number): Replica => ({
    name,
    port,
    process: startNpm("start", {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(port),
      RATE_LIMIT_USER_BURST: String(LIMIT_BURST),
      RATE_LIMIT_USER_PER_MINUTE: "1",
    }),
  });
  // Both start at once, so both race to migrate the empty schema.
  a = start("A", portA!);
  b = start("B", portB!);
  await Promise.all([a, b].map((r) => r.process.waitFor(/HTTP mode, listening on port/, 90_000)));
  await Promise.all([waitReady(a), waitReady(b)]);
}, 150_000);

afterAll(async () => {
  await Promise.allSettled([a?.process.stop(), b?.process.stop()]);
  await fake?.close();
  await admin?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin?.close();
}, 60_000);

describe("two replicas sharing one PostgreSQL database", () => {
  it("migrated the shared schema exactly once, though both started at the same moment", async () => {
    const applied = await admin.query<{ id: number }>(
      `SELECT id FROM ${schema}.schema_migrations ORDER BY id`,
    );
    expect(applied.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it("Slack: a button rendered by A is served by B; a report filed in B is listed by A", async () => {
    const answer = await slackSlash(a, "tehran 1979", "scale-a");
    const report = buttonsOf(answer).find((x) => x.action_id.startsWith("embassy:report"))!;
    expect(decodeCommand(report.value)).toEqual({ name: "report", query: "tehran-us-1979" });

    const opened = fake.callsTo("views.open").length;
    await slack(
      b,
      payloadBody(createDummyBlockAction(report.action_id, report.value, fake.responseUrl("scale-b"))),
    );
    const view = (await fake.waitFor("views.open", opened + 1)).at(-1)!.body.view as {
      private_metadata: string;
    };
    const submitted = JSON.parse(
      await slack(
        b,
        payloadBody(
          createDummyViewSubmission("embassy_feedback", view.private_metadata, {
            text: { value: { type: "plain_text_input", value: "Filed on replica B." } },
          }),
        ),
      ),
    ) as { view?: unknown };
    const filed = itemNumber(JSON.stringify(submitted.view));
    expect(filed).toBeDefined();

    const mine = await slackSlash(a, "my reports", "scale-a-mine");
    expect(JSON.stringify(mine)).toContain(`#${filed} report on tehran-us-1979`);
    const rows = await admin.query<{ id: number; reporter: string }>(
      `SELECT id::int AS id, reporter FROM ${schema}.feedback WHERE text = $1`,
      ["Filed on replica B."],
    );
    expect(rows).toEqual([{ id: Number(filed), reporter: USER.id }]);
  });

  it("Discord over HTTP: a button rendered by A is served by B; a report filed in B is listed by A", async () => {
    const query = { name: "query", type: 3, value: "tehran 1979" };
    const reply = await discord(a, createDummySlash("search", [query]));
    const report = discordCustomIds(reply).find((id) => id.startsWith("p:"))!;
    const message = createDummyMessage({
      embeds: reply.data.embeds,
      components: reply.data.components,
      flags: EPHEMERAL,
    });
    const form = await discord(b, createDummyButton(report, message));
    expect(form.type).toBe(9);
    const sent = await discord(
      b,
      createDummyModalSubmit(String(form.data.custom_id), { text: "Filed on replica B, from Discord." }),
    );
    const filed = itemNumber(JSON.stringify(sent.data.embeds));
    expect(filed).toBeDefined();

    const mine = await discord(a, createDummySlash("my"));
    expect(mine.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(mine.data.embeds)).toContain(`#${filed} report on tehran-us-1979`);
    const rows = await admin.query<{ id: number; reporter: string; text: string }>(
      `SELECT id::int AS id, reporter, text FROM ${schema}.feedback WHERE platform = 'discord'`,
    );
    expect(rows).toEqual([
      { id: Number(filed), reporter: PERSON.id, text: "Filed on replica B, from Discord." },
    ]);
  });

  it("quiz rounds: a round started on A takes an answer on B, and refuses the same person's second try on A", async () => {
    await slackSlash(a, "quiz round 2 law", "scale-quiz-start");
    const [post] = await fake.waitFor("chat.postMessage", 1);
    const question = post!.body as unknown as SlackMessage;
    const answers = buttonsOf(question).filter((x) => x.action_id.startsWith("embassy:quiz-answer"));
    expect(answers.length).toBeGreaterThanOrEqual(2);
    const classmate = { id: "U0CLASSMATE", name: "classmate", username: "classmate", team_id: "T0TEST" };
    const click = (replica: Replica, button: Button, id: string) =>
      slack(
        replica,
        payloadBody(createDummyBlockAction(button.action_id, button.value, fake.responseUrl(id), classmate)),
      );
    await click(b, answers[0]!, "scale-quiz-b");
    expect(JSON.stringify((await fake.waitFor("respond", 1, "scale-quiz-b"))[0]!.body)).toContain(
      "Answer taken",
    );
    await click(a, answers[1]!, "scale-quiz-a");
    expect(JSON.stringify((await fake.waitFor("respond", 1, "scale-quiz-a"))[0]!.body)).toContain(
      "You already answered this question",
    );
    const rows = await admin.query<{ user_id: string }>(
      `SELECT user_id FROM ${schema}.quiz_answers WHERE user_id = $1`,
      [classmate.id],
    );
    expect(rows).toHaveLength(1);
  });

  it("rate limits: requests spread over A and B count against one bucket", async () => {
    // Each replica runs with a burst of LIMIT_BURST per person and a refill of one a minute.
    const asker = { user_id: "U0HURRIED", user_name: "hurried" };
    const replies: string[] = [];
    for (let i = 0; i < LIMIT_BURST + 3; i++) {
      const replica = i % 2 === 0 ? a : b;
      const payload = formBody(
        createDummySlashCommand("tehran 1979", fake.responseUrl(`scale-limit-${i}`), asker),
      );
      replies.push(await slack(replica, payload));
    }
    const slowed = replies.filter((r) => /slow down/i.test(r));
    expect(replies.length - slowed.length).toBe(LIMIT_BURST);
    expect(slowed).toHaveLength(3);
  });

  it("both replicas still answer health checks, and neither logged a secret", async () => {
    for (const replica of [a, b]) {
      expect((await fetch(`http://127.0.0.1:${replica.port}/healthz`)).status).toBe(200);
      expect(replica.process.output()).not.toContain(BOT_TOKEN);
      expect(replica.process.output()).not.toContain(SECRET);
    }
  });
});
