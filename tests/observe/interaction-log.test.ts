import { describe, expect, it } from "vitest";
import { emptyAnswer, execute } from "../../src/core/index.js";
import { createInteractionLog, resultCountOf } from "../../src/observe/interaction-log.js";
import { createMetrics } from "../../src/observe/metrics.js";
import { loadDesk } from "../support/desk.js";
import { captureLogger } from "./support/capture-logger.js";

const PINO_INFO = 30;
const PINO_DEBUG = 20;
const PINO_ERROR = 50;

describe("the interaction log", () => {
  it("writes one info line with the reading, the count and the data version, and no user text", async () => {
    const desk = loadDesk();
    const capture = captureLogger("info");
    const metrics = createMetrics();
    let clock = 1000;
    const log = createInteractionLog({
      logger: capture.logger,
      metrics,
      now: () => clock,
      newRef: () => "ref12345",
    });
    const question = "how many embassy attacks in africa";
    await log.track(
      { platform: "slack", via: "slash" },
      async (note) => {
        note.text(question);
        note.command("search");
        note.answered(execute(desk, { name: "search", query: question }));
        clock += 42;
      },
      async () => expect.fail("nothing failed"),
    );
    expect(capture.records()).toHaveLength(1);
    const line = capture.records()[0]!;
    expect(line).toMatchObject({
      level: PINO_INFO,
      msg: "interaction",
      platform: "slack",
      via: "slash",
      command: "search",
      intent: "count",
      ms: 42,
      dataVersion: desk.dataset.version.version,
      ref: "ref12345",
      outcome: "ok",
    });
    expect(line.results).toBeGreaterThan(10);
    expect(capture.lines.join("")).not.toContain("africa");
    expect((await metrics.render()).body).toMatch(
      /embassy_requests_total\{platform="slack",command="search"\} 1/,
    );
  });

  it("adds the text on a debug line of its own, keyed by the same ref", async () => {
    const capture = captureLogger("debug");
    const log = createInteractionLog({ logger: capture.logger, newRef: () => "abcd0001" });
    await log.track(
      { platform: "discord", via: "slash" },
      async (note) => note.text("tehran 1979"),
      async () => undefined,
    );
    const [text, line] = capture.records();
    expect(text).toMatchObject({ level: PINO_DEBUG, ref: "abcd0001", text: "tehran 1979" });
    expect(line).toMatchObject({ level: PINO_INFO, ref: "abcd0001", command: "slash" });
    expect(JSON.stringify(line)).not.toContain("tehran");
  });

  it("logs quiet interactions (autocomplete) at debug level only", async () => {
    const capture = captureLogger("info");
    const log = createInteractionLog({ logger: capture.logger });
    await log.track(
      { platform: "discord", via: "autocomplete", quiet: true },
      async () => undefined,
      async () => undefined,
    );
    expect(capture.lines).toEqual([]);
  });

  it("catches a failure, tells the person the ref, logs it once at error level and counts the error", async () => {
    const capture = captureLogger("info");
    const metrics = createMetrics();
    const log = createInteractionLog({ logger: capture.logger, metrics, dataVersion: "9.9.9" });
    const told: string[] = [];
    await log.track(
      { platform: "discord", via: "button" },
      async (note) => {
        note.command("show");
        throw new Error("index unavailable");
      },
      async (message) => void told.push(message),
    );
    expect(told).toHaveLength(1);
    const ref = /\(ref ([0-9a-f]{8})\)/.exec(told[0]!)?.[1];
    expect(told[0]).toMatch(/^Something went wrong/);
    expect(ref).toBeDefined();
    const [line] = capture.records();
    expect(line).toMatchObject({
      level: PINO_ERROR,
      ref,
      outcome: "error",
      command: "show",
      dataVersion: "9.9.9",
    });
    expect(JSON.stringify(line)).toContain("index unavailable");
    expect((await metrics.render()).body).toMatch(
      /embassy_errors_total\{platform="discord",command="show"\} 1/,
    );
  });

  it("still logs the failure when telling the person fails too, and never throws", async () => {
    const capture = captureLogger("info");
    const log = createInteractionLog({ logger: capture.logger });
    await expect(
      log.track(
        { platform: "slack", via: "button" },
        () => Promise.reject(new Error("first")),
        () => Promise.reject(new Error("response_url expired")),
      ),
    ).resolves.toBeUndefined();
    expect(capture.records().map((r) => r.msg)).toEqual([
      "could not tell the person something went wrong",
      "interaction failed",
    ]);
  });

  it("counts the records an answer gives", () => {
    const desk = loadDesk();
    expect(resultCountOf(execute(desk, { name: "show", query: "tehran-us-1979" }))).toBe(1);
    expect(resultCountOf(execute(desk, { name: "help", query: "" }))).toBe(0);
    expect(resultCountOf({ ...emptyAnswer("no-match", "x"), results: [] })).toBe(0);
    const list = execute(desk, { name: "timeline", query: "IR" });
    expect(resultCountOf(list)).toBe(list.results.length);
    expect(list.results.length).toBeGreaterThan(0);
  });
});
