import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import type { Desk } from "../../../src/core/index.js";
import { createInteractionLog } from "../../../src/observe/interaction-log.js";
import { createMetrics, type Metrics } from "../../../src/observe/metrics.js";
import { createReadiness } from "../../../src/observe/readiness.js";
import { captureLogger } from "../../observe/support/capture-logger.js";
import { loadDesk } from "../../support/desk.js";
import { startFakeSlack, type FakeSlack } from "./support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummySlashCommand,
  createDummyViewSubmission,
} from "./support/payloads.js";
import { createFeedbackService } from "../../../src/feedback/feedback-service.js";
import { formBody, payloadBody, postSigned } from "./support/signed-request.js";

const SECRET = "observe-test-signing-secret";
const BOT_TOKEN = "xoxb-3333-4444-observetoken";
const FORM = "application/x-www-form-urlencoded";

let fake: FakeSlack;
let adapter: SlackAdapter;
let metrics: Metrics;
let base: string;
const capture = captureLogger("info", [SECRET, BOT_TOKEN]);
/** The shipped desk, whose search index can be made to fail, as a corrupted index or a bug would. */
let broken = false;
const real = loadDesk();
const desk: Desk = {
  ...real,
  get index() {
    if (broken) throw new Error("search index unavailable");
    return real.index;
  },
};

beforeAll(async () => {
  fake = await startFakeSlack(BOT_TOKEN);
  metrics = createMetrics();
  adapter = createSlackAdapter({
    mode: "http",
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    desk,
    port: 0,
    host: "127.0.0.1",
    logger: capture.logger,
    // The database is down and the fallback file cannot be written (DATA_DIR is not a directory):
    // the one way a report can fail outright.
    feedback: createFeedbackService({
      desk: real,
      openStore: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")),
      fallbackFile: "/dev/null/embassy/feedback-fallback.jsonl",
      perHour: 5,
    }),
    interactions: createInteractionLog({ logger: capture.logger, metrics, dataVersion: "test" }),
    probes: { ready: createReadiness({ data: () => true, slack: () => adapter.connected() }), metrics },
  });
  await adapter.start();
  base = `http://127.0.0.1:${adapter.port()}`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const slash = (text: string, responseId = "slash") =>
  postSigned(
    `${base}/slack/events`,
    SECRET,
    formBody(createDummySlashCommand(text, fake.responseUrl(responseId))),
    FORM,
  );

describe("Slack: one log line and metrics per interaction", () => {
  it("logs a slash command's platform, command, intent, latency, results, data version and ref, never the text", async () => {
    const before = capture.interactions().length;
    const res = await slash("which embassies were stormed in iran");
    expect(res.status).toBe(200);
    const lines = capture.interactions().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      platform: "slack",
      via: "slash",
      command: "search",
      intent: "list",
      dataVersion: real.dataset.version.version,
      outcome: "ok",
    });
    expect(lines[0]!.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(lines[0]!.ms).toBeGreaterThanOrEqual(0);
    expect(lines[0]!.results).toBeGreaterThan(0);
    expect(capture.lines.join("")).not.toMatch(/stormed in iran/);
  });

  it("serves /metrics, /readyz and /healthz next to /slack/events", async () => {
    const scraped = await fetch(`${base}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/embassy_requests_total\{platform="slack",command="search"\} [1-9]/);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { data: true, slack: true } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe("Slack: a failure inside a handler", () => {
  it("answers a slash command with a reference and logs the same reference", async () => {
    broken = true;
    try {
      const res = await slash("tehran 1979");
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text) as { response_type: string; text: string };
      expect(body.response_type).toBe("ephemeral");
      const ref = /Something went wrong on my side \(ref ([0-9a-f]{8})\)/.exec(body.text)?.[1];
      expect(ref).toBeDefined();
      const failed = capture.records().find((r) => r.ref === ref && r.msg === "interaction failed");
      expect(failed).toMatchObject({ platform: "slack", command: "search", outcome: "error" });
      expect(JSON.stringify(failed)).toContain("search index unavailable");
    } finally {
      broken = false;
    }
    // The process serves on.
    const after = JSON.parse((await slash("tehran 1979")).text) as { blocks: unknown[] };
    expect(JSON.stringify(after.blocks)).toMatch(/Tehran/);
  });

  it("answers a button click over its response_url with a reference", async () => {
    const answer = JSON.parse((await slash("tehran 1979")).text) as {
      blocks: { elements?: { action_id?: string; value?: string }[] }[];
    };
    const share = answer.blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id?.startsWith("embassy:share:"));
    expect(share?.value).toBeDefined();
    broken = true;
    try {
      const payload = createDummyBlockAction(
        share!.action_id!,
        share!.value!,
        fake.responseUrl("broken-click"),
      );
      const res = await postSigned(`${base}/slack/events`, SECRET, payloadBody(payload), FORM);
      expect(res.status).toBe(200);
      const [reply] = await fake.waitFor("respond", 1, "broken-click");
      const ref = /Something went wrong on my side \(ref ([0-9a-f]{8})\)/.exec(String(reply!.body.text))?.[1];
      expect(ref).toBeDefined();
      // The line is written once the person has been told.
      await expect.poll(() => capture.records().find((r) => r.ref === ref)?.command).toBe("search");
    } finally {
      broken = false;
    }
    expect((await metrics.render()).body).toMatch(
      /embassy_errors_total\{platform="slack",command="search"\} 2/,
    );
  });

  it("answers a report form it could not keep with a reference, in the form itself", async () => {
    const submission = createDummyViewSubmission(
      "embassy_feedback",
      JSON.stringify({ kind: "report", recordId: "tehran-us-1979", shown: ["tehran-us-1979"] }),
      {
        reason: { value: { type: "static_select", selected_option: { value: "wrong-date" } } },
        text: { value: { type: "plain_text_input", value: "the seizure began on 4 November" } },
      },
    );
    const res = await postSigned(`${base}/slack/events`, SECRET, payloadBody(submission), FORM);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { response_action: string; view: unknown };
    expect(body.response_action).toBe("update");
    const ref = /Something went wrong on my side \(ref ([0-9a-f]{8})\)/.exec(JSON.stringify(body.view))?.[1];
    expect(ref).toBeDefined();
    expect(capture.records().find((r) => r.ref === ref)).toMatchObject({
      command: "report",
      outcome: "error",
    });
    expect(capture.lines.join("")).not.toContain("4 November");
  });
});
