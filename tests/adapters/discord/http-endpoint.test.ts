import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDiscordHttpEndpoint,
  DISCORD_INTERACTIONS_PATH,
} from "../../../src/adapters/discord/http-endpoint.js";
import { createFeedbackService } from "../../../src/feedback/feedback-service.js";
import { startProbeServer, type ProbeServer } from "../../../src/observe/probe-server.js";
import { createReadiness } from "../../../src/observe/readiness.js";
import { createFeedbackStore, type FeedbackStore } from "../../../src/store/feedback-store.js";
import { openPgliteDatabase } from "../../../src/store/pglite-database.js";
import { loadDesk } from "../../support/desk.js";
import { allStrings, limitProblems } from "./check-limits.js";
import {
  createDummyAutocomplete,
  createDummyButton,
  createDummyMessage,
  createDummyModalSubmit,
  createDummySlash,
  PERSON,
  type Payload,
} from "./fake-discord/payloads.js";
import {
  createSigningKeys,
  postSignedInteraction,
  type SigningKeys,
} from "./fake-discord/signed-interaction.js";

const EPHEMERAL = 1 << 6;
type Response = { type: number; data: Payload };
type Row = { components: { custom_id: string }[] };
const customIds = (r: Response) =>
  (r.data.components as Row[]).flatMap((row) => row.components.map((c) => c.custom_id));
const titleOf = (r: Response) => (r.data.embeds as { title: string }[])[0]!.title;

let keys: SigningKeys;
let server: ProbeServer;
let store: FeedbackStore;
let url: string;

/** Posts a signed interaction and returns Discord's view of the answer, checked against the platform's limits. */
async function interact(payload: Payload): Promise<Response> {
  const posted = await postSignedInteraction(url, keys, payload);
  expect(posted.status).toBe(200);
  const response = posted.body as Response;
  if (response.type === 4 || response.type === 7) expect(limitProblems(response.data)).toEqual([]);
  return response;
}

beforeAll(async () => {
  keys = createSigningKeys();
  store = await createFeedbackStore(await openPgliteDatabase());
  const endpoint = createDiscordHttpEndpoint({
    desk: loadDesk(),
    publicKey: keys.publicKeyHex,
    feedback: createFeedbackService({
      desk: loadDesk(),
      openStore: async () => store,
      fallbackFile: join(mkdtempSync(join(tmpdir(), "embassy-discord-http-")), "fallback.jsonl"),
      perHour: 5,
    }),
    seed: () => 7,
  });
  server = await startProbeServer({
    port: 0,
    host: "127.0.0.1",
    probes: { ready: createReadiness({}) },
    routes: [endpoint.route],
  });
  url = `http://127.0.0.1:${server.port}${DISCORD_INTERACTIONS_PATH}`;
}, 120_000); // PGlite starts slowly on a busy machine

afterAll(async () => {
  await server.close();
  await store.close();
});

describe("the Discord HTTP interactions endpoint", () => {
  it("answers PING with PONG", async () => {
    const pong = await postSignedInteraction(url, keys, {
      id: "1",
      token: "t",
      type: 1,
      application_id: "1",
    });
    expect(pong).toEqual({ status: 200, body: { type: 1 } });
  });

  it("refuses a tampered body, a wrong key and a missing signature with 401", async () => {
    const ping = { id: "1", token: "t", type: 1 };
    const tampered = await postSignedInteraction(url, keys, ping, {
      signedBody: JSON.stringify({ ...ping, type: 2 }),
    });
    expect(tampered.status).toBe(401);
    const stranger = await postSignedInteraction(url, createSigningKeys(), ping);
    expect(stranger.status).toBe(401);
    const unsigned = await postSignedInteraction(url, keys, ping, { unsigned: true });
    expect(unsigned.status).toBe(401);
  });

  it("answers a slash command with the reply JSON: private, an embed, buttons, no pings", async () => {
    const reply = await interact(
      createDummySlash("search", [{ name: "query", type: 3, value: "tehran 1979" }]),
    );
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(titleOf(reply)).toBe("Seizure of the US embassy in Tehran");
    expect(customIds(reply)).toEqual(expect.arrayContaining([expect.stringMatching(/^s:search\|/), "open"]));
    expect(allStrings(reply.data).join("\n")).not.toMatch(/@everyone|@here|<@&/);
  });

  it("updates the clicked private message for a quiz answer button, from the button alone", async () => {
    const quiz = await interact(createDummySlash("quiz"));
    const answers = customIds(quiz).filter((id) => id.startsWith("a:"));
    expect(answers).toHaveLength(4);
    const message = createDummyMessage({
      embeds: quiz.data.embeds,
      components: quiz.data.components,
      flags: EPHEMERAL,
    });
    const outcome = await interact(createDummyButton(answers[1]!, message));
    expect(outcome.type).toBe(7);
    expect(outcome.data.flags).toBeUndefined();
    expect((outcome.data.embeds as { description: string }[])[0]!.description).toMatch(/Right|Not quite/);
  });

  it("opens the report form from a button and stores the submitted form", async () => {
    const reply = await interact(
      createDummySlash("search", [{ name: "query", type: 3, value: "tehran 1979" }]),
    );
    const report = customIds(reply).find((id) => id.startsWith("p:"))!;
    const message = createDummyMessage({
      embeds: reply.data.embeds,
      components: reply.data.components,
      flags: EPHEMERAL,
    });
    const form = await interact(createDummyButton(report, message));
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe("fb:r:tehran-us-1979");
    const sent = await interact(createDummyModalSubmit("fb:r:tehran-us-1979", { text: "Over HTTP." }));
    expect(titleOf(sent)).toMatch(/^Thank you: report #\d+$/);
    expect(await store.list({ platform: "discord" })).toEqual([
      expect.objectContaining({ recordId: "tehran-us-1979", text: "Over HTTP.", reporter: PERSON.id }),
    ]);
  });

  it("suggests while typing (autocomplete choices, at most 25)", async () => {
    const typed = await interact(createDummyAutocomplete("search", "tehran"));
    expect(typed.type).toBe(8);
    const choices = typed.data.choices as { name: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name).join(" ")).toMatch(/Tehran/);
  });

  it("answers 400 to signed JSON that is not an interaction, and 404/405 elsewhere", async () => {
    expect((await postSignedInteraction(url, keys, ["not", "an", "interaction"])).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${server.port}/nowhere`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(200);
  });
});
