import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/index.js";
import type { ButtonParking } from "../../../src/buttons/park-commands.js";
import { createButtonStore } from "../../../src/store/button-store.js";
import { createDatabaseHandle, type DatabaseHandle } from "../../../src/store/database-handle.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { loadDesk } from "../../support/desk.js";
import { longNewsMessage } from "../../fixtures/long-message.js";
import { longQuery } from "../../fixtures/long-query.js";
import { limitProblems } from "./check-limits.js";
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from "./fake-discord/fake-discord.js";
import {
  createDummyButton,
  createDummyContextMenu,
  createDummyMessage,
  createDummySlash,
  type Payload,
} from "./fake-discord/payloads.js";

const EPHEMERAL = 1 << 6;
const warnings: string[] = [];
const logger = {
  info: () => undefined,
  warn: (_d: object, m?: string) => void warnings.push(m ?? ""),
  error: (_d: object, m?: string) => void warnings.push(m ?? ""),
};

type Embed = { title: string; fields?: { name: string; value: string }[]; footer: { text: string } };
type Row = { components: { custom_id: string; label?: string; disabled?: boolean }[] };
const embedOf = (c: InteractionCallback) => (c.data.embeds as Embed[])[0]!;
const buttonsOf = (c: InteractionCallback) =>
  (c.data.components as Row[]).flatMap((r) => r.components).filter((x) => x.custom_id !== "open");
const messageOf = (c: InteractionCallback) =>
  createDummyMessage({ embeds: c.data.embeds, components: c.data.components, flags: EPHEMERAL });

let database: DatabaseHandle;
let fake: FakeDiscord;
const adapters: DiscordAdapter[] = [];

async function startBot(buttons: ButtonParking): Promise<void> {
  const adapter = createDiscordAdapter({
    desk: loadDesk(),
    token: "fake-bot-token.for-tests.only",
    apiUrl: fake.apiUrl,
    logger,
    seed: () => 7,
    buttons,
  });
  await adapter.start();
  adapters.push(adapter);
}

async function roundTrip(payload: Payload): Promise<InteractionCallback> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.callbackFor(String(payload.id));
  if (callback.type === 4 || callback.type === 7) expect(limitProblems(callback.data)).toEqual([]);
  return callback;
}

beforeAll(async () => {
  database = createDatabaseHandle(() => openPgliteDatabase());
  await database.get();
  fake = await startFakeDiscord();
  await startBot({
    store: createButtonStore(database),
    onError: (m) => warnings.push(m),
  });
}, 120_000);

afterAll(async () => {
  for (const adapter of adapters) await adapter.stop();
  await fake?.close();
  await database?.close();
});

describe("Discord buttons of a long query", () => {
  const query = longQuery(1500);

  it("carry a stored key, and a click loads the command and answers page 2", async () => {
    const reply = await roundTrip(createDummySlash("search", [{ name: "query", type: 3, value: query }]));
    expect(reply.type).toBe(4);
    const ids = buttonsOf(reply).map((b) => b.custom_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    const next = buttonsOf(reply).find((b) => b.custom_id.startsWith("n:"));
    expect(next?.custom_id).toMatch(/^n:k:[A-Za-z0-9_-]{22}$/);
    expect(next?.disabled).toBeUndefined();
    expect(ids).toContainEqual(expect.stringMatching(/^s:k:/));

    const click = await roundTrip(createDummyButton(next!.custom_id, messageOf(reply)));
    expect(click.type).toBe(7);
    expect(embedOf(click).footer.text).toMatch(/Page 2 of \d+/);
    expect(embedOf(click).title).not.toBe(embedOf(reply).title);
  });

  it("shares the long query's answer in the channel from its stored key", async () => {
    const reply = await roundTrip(createDummySlash("search", [{ name: "query", type: 3, value: query }]));
    const share = buttonsOf(reply).find((b) => b.custom_id.startsWith("s:"))!;
    const shared = await roundTrip(createDummyButton(share.custom_id, messageOf(reply)));
    expect(shared.type).toBe(4);
    expect(shared.data.flags).toBeUndefined();
    expect(embedOf(shared).title).toBe(embedOf(reply).title);
  });

  it("says the button has expired when its key is unknown", async () => {
    const click = await roundTrip(
      createDummyButton("n:k:AAAAAAAAAAAAAAAAAAAAAA", createDummyMessage({ flags: EPHEMERAL })),
    );
    expect(click.type).toBe(4);
    expect(click.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(click.data.embeds)).toContain("This button has expired: ask again.");
  });

  it("reads part of a 10,000-character message through the message menu, and says so", async () => {
    const message = createDummyMessage({ content: longNewsMessage(10_000) });
    const reply = await roundTrip(createDummyContextMenu(message));
    expect(embedOf(reply).title).toBe("Storming of the British embassy in Tehran");
    const read = embedOf(reply).fields?.find((f) => f.name === "Read");
    expect(read?.value).toMatch(/^[\d,]+ of 10,000 characters/);
  });
});

describe("Discord buttons when the database does not answer", () => {
  it("fall back to disabled buttons with unique ids, log it, and still answer", async () => {
    await adapters.pop()!.stop();
    await startBot({
      store: {
        put: () => Promise.reject(new Error("connection refused")),
        get: () => Promise.reject(new Error("connection refused")),
      },
      onError: (m) => warnings.push(m),
      timeoutMs: 200,
    });
    const reply = await roundTrip(
      createDummySlash("search", [{ name: "query", type: 3, value: longQuery(1500) }]),
    );
    expect(reply.type).toBe(4);
    const ids = buttonsOf(reply).map((b) => b.custom_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buttonsOf(reply).find((b) => b.custom_id.startsWith("x:next-page"))?.disabled).toBe(true);
    expect(ids).toContain("s:"); // a share falls back to copying the message
    expect(warnings).toContainEqual(expect.stringMatching(/could not store long button commands/));
  });
});
