import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runData } from "../../src/cli/data.js";
import { fingerprintData, nextVersion, readVersionFile } from "../../src/cli/data-fingerprint.js";
import { DEFAULT_DATA_DIR } from "../../src/core/index.js";
import { FIXTURE_TODAY, fixtureDuty, fixtureIncident, writeDataDir } from "../fixtures/records.js";

function capture() {
  const out = { stdout: "", stderr: "" };
  const io = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  };
  return { io, out };
}

function fixtureFolder(): string {
  return writeDataDir({
    incidents: { "a.json": JSON.stringify([fixtureIncident()]) },
    duties: { "d.json": JSON.stringify([fixtureDuty()]) },
  });
}

const data = (args: string[], dataDir: string) => {
  const { io, out } = capture();
  const code = runData(args, io, { dataDir, today: FIXTURE_TODAY });
  return { code, ...out };
};

describe("data version", () => {
  it("the shipped data is stamped: editing data/ without `npm run data -- stamp` fails this test", () => {
    const stamped = readVersionFile(DEFAULT_DATA_DIR);
    expect(
      stamped.fingerprint,
      "data/ changed since data/version.json was stamped: run npm run data -- stamp",
    ).toBe(fingerprintData(DEFAULT_DATA_DIR));
  });

  it("check fails on changed data until stamp gives it a new version and today's date", () => {
    const dir = fixtureFolder();
    const before = data(["check"], dir);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain("the data changed since version 1.2.0 (as of 2026-11-30) was stamped");
    expect(before.stderr).toContain("npm run data -- stamp");

    const stamp = data(["stamp"], dir);
    expect(stamp).toMatchObject({
      code: 0,
      stdout: "data stamped: version 1.3.0 as of 2026-12-02 (was 1.2.0)\n",
    });
    expect(readVersionFile(dir)).toEqual({
      version: "1.3.0",
      asOf: FIXTURE_TODAY,
      fingerprint: fingerprintData(dir),
    });
    expect(data(["check"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(data(["check"], dir).stdout).toContain("version 1.3.0 as of 2026-12-02");

    expect(data(["stamp"], dir).stdout).toBe("data unchanged: still version 1.3.0 as of 2026-12-02\n");
  });

  it("any edit, new file or policy change changes the fingerprint", () => {
    const dir = fixtureFolder();
    const first = fingerprintData(dir);
    const file = join(dir, "incidents", "a.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("Fixture City", "Fixture Town"));
    const second = fingerprintData(dir);
    writeFileSync(join(dir, "duties", "more.json"), "[]");
    const third = fingerprintData(dir);
    writeFileSync(
      join(dir, "source-policy.json"),
      readFileSync(join(dir, "source-policy.json"), "utf8") + "\n",
    );
    const fourth = fingerprintData(dir);
    expect(new Set([first, second, third, fourth]).size).toBe(4);
  });

  it("a data change is a new minor version", () => {
    expect(nextVersion("1.2.0")).toBe("1.3.0");
    expect(nextVersion("2.9.4")).toBe("2.10.0");
  });

  it("a malformed version file is named, not a crash", () => {
    const dir = writeDataDir({
      incidents: { "a.json": JSON.stringify([fixtureIncident()]) },
      duties: { "d.json": JSON.stringify([fixtureDuty()]) },
      version: JSON.stringify({ version: "one", asOf: "2026-12-02", fingerprint: "x" }),
    });
    const run = data(["check"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("data/version.json: -: version: expected a version such as 1.2.0");
    expect(run.stderr).toContain("data/version.json: -: fingerprint: expected sha256:<64 hex digits>");
  });
});

describe("data stats", () => {
  it("counts sources by kind and names the most cited publishers", () => {
    const dir = fixtureFolder();
    const run = data(["stats"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Embassy Desk data 1\.2\.0 · as of 2026-11-30\n1 incidents, 1 duties, 2 sources\n/,
    );
    expect(run.stdout).toMatch(/Sources by kind:\n {2}news\s+1\n {2}official\s+1\n/);
    expect(run.stdout).toMatch(/Most cited publishers \(top 15\):\n {2}Tests\s+1\n {2}United Nations\s+1\n/);
  });
});
