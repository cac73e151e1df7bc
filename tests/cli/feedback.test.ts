import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNpm } from "./spawn.js";

const freshDataDir = () => mkdtempSync(join(tmpdir(), "embassy-var-"));

describe("reports and suggestions from the command line", () => {
  it("stores `ask report`, lists it with the contract's fields, and moves it through review", async () => {
    const env = { DATA_DIR: freshDataDir() };
    const asked = await runNpm("ask", ["report tehran-us-1979 the seizure began on 4 November"], { env });
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Thank you: report #1\n/);

    const suggested = await runNpm(
      "ask",
      ["--json", "suggest Missing: embassy stormed in 2025 https://www.example.org/news/1"],
      { env },
    );
    expect(JSON.parse(suggested.stdout)).toMatchObject({ stored: 2 });

    const listed = await runNpm("feedback", ["list", "--json"], { env });
    const items = listed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(items).toHaveLength(2);
    expect(Object.keys(items[0]!).slice(0, 9)).toEqual([
      "id",
      "kind",
      "recordId",
      "reason",
      "text",
      "status",
      "createdAt",
      "platform",
      "dataVersion",
    ]);
    expect(items[0]).toMatchObject({
      id: 1,
      kind: "report",
      recordId: "tehran-us-1979",
      status: "open",
      platform: "console",
    });
    expect(items[1]).toMatchObject({
      id: 2,
      kind: "suggestion",
      recordId: null,
      url: "https://www.example.org/news/1",
    });

    expect(
      (await runNpm("feedback", ["fixed", "1", "--note", "Date corrected in 1.5.0"], { env })).stdout,
    ).toBe("#1 is now fixed.\n");
    const refused = await runNpm("feedback", ["reject", "2"], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/reject needs --note/);
    expect((await runNpm("feedback", ["accept", "2"], { env })).stdout).toBe("#2 is now accepted.\n");
    const open = await runNpm("feedback", ["list", "--status", "open"], { env });
    expect(open.stdout).toBe("No items.\n");
    const shown = JSON.parse((await runNpm("feedback", ["show", "1"], { env })).stdout) as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({ status: "fixed", note: "Date corrected in 1.5.0" });
    expect((await runNpm("feedback", ["show", "99"], { env })).stderr).toBe("No item #99.\n");
  }, 180_000);

  it("refuses what cannot be stored, kindly, and stores nothing", async () => {
    const env = { DATA_DIR: freshDataDir() };
    const cases: [string, RegExp][] = [
      ["report no-such-record it is wrong", /I have no record "no-such-record"/],
      ["report tehran-us-1979", /Say what is wrong after the record id/],
      ["suggest an attack https://docslib.org/doc/1", /docslib\.org is refused/],
      ["suggest an attack http://10.0.0.7/story", /raw IP address/],
      [`suggest ${"x".repeat(2001)}`, /at most 2000/],
    ];
    for (const [text, message] of cases) {
      const run = await runNpm("ask", [text], { env });
      expect(run.code, text).toBe(1);
      expect(run.stdout, text).toMatch(message);
    }
    expect((await runNpm("feedback", ["list"], { env })).stdout).toBe("No items.\n");
  }, 180_000);
});

// The same contract through the command line against the PostgreSQL server, when CI provides one.
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  describe("reports from the command line, on the PostgreSQL server", () => {
    it("stores and lists through DATABASE_URL, in a schema of its own", async () => {
      const schema = `cli_${process.pid}_${Date.now()}`;
      const { openPostgresDatabase } = await import("../../src/store/postgres-database.js");
      const admin = await openPostgresDatabase(serverUrl);
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        const url = new URL(serverUrl);
        url.searchParams.set("options", `-c search_path=${schema}`);
        const env = { DATA_DIR: freshDataDir(), DATABASE_URL: url.toString() };
        expect((await runNpm("ask", ["report vcdr-22 a word is missing"], { env })).stdout).toMatch(
          /^Thank you: report #1\n/,
        );
        const listed = JSON.parse((await runNpm("feedback", ["list", "--json"], { env })).stdout) as Record<
          string,
          unknown
        >;
        expect(listed).toMatchObject({ id: 1, recordId: "vcdr-22", platform: "console" });
        const rows = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.feedback`);
        expect(Number(rows[0]!.n)).toBe(1);
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      }
    }, 180_000);
  });
}
