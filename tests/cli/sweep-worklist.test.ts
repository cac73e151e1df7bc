import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runData } from "../../src/cli/data.js";
import { checkWorklists, countWorklists } from "../../src/cli/sweep-worklist.js";
import { formatProblem, loadDataset, DEFAULT_DATA_DIR } from "../../src/core/index.js";
import { FIXTURE_TODAY, fixtureDuty, fixtureIncident, writeDataDir } from "../fixtures/records.js";

const list = { title: "A chronology", publisher: "A publisher", url: "https://example.org/list" };

function folderWith(worklist: unknown): string {
  const dir = writeDataDir({
    incidents: { "a.json": JSON.stringify([fixtureIncident()]) },
    duties: { "d.json": JSON.stringify([fixtureDuty()]) },
  });
  mkdirSync(join(dir, "sweep"));
  writeFileSync(join(dir, "sweep", "list.json"), JSON.stringify(worklist));
  return dir;
}

function problemsOf(dir: string): string[] {
  const loaded = loadDataset(dir, { today: FIXTURE_TODAY });
  if (!loaded.ok) throw new Error(loaded.error.map(formatProblem).join("\n"));
  return checkWorklists(dir, loaded.value).map(formatProblem);
}

describe("sweep worklists", () => {
  it("accept candidates that were added, merged or left out with a reason, and count them", () => {
    const dir = folderWith({
      list,
      scope: "1999",
      sweptBy: "tests",
      candidates: [
        {
          event: "A storming",
          date: "1999-05-08",
          host: "CN",
          mission: "US",
          status: "added",
          recordId: "fixture-city-us-1999",
        },
        { event: "The same storming", status: "merged", recordId: "fixture-city-us-1999" },
        { event: "A rumour", status: "left-out", reason: "no original source" },
      ],
    });
    expect(problemsOf(dir)).toEqual([]);
    expect(countWorklists(dir)).toEqual([
      { file: "data/sweep/list.json", counts: { added: 1, merged: 1, "left-out": 1 } },
    ]);
  });

  it("name a record that does not exist, a missing reason and a missing list", () => {
    const dir = folderWith({
      scope: "1999",
      sweptBy: "tests",
      candidates: [
        { event: "Lost", status: "added", recordId: "no-such-record" },
        { event: "Unexplained", status: "left-out" },
      ],
    });
    expect(problemsOf(dir)).toEqual([
      "data/sweep/list.json: -: candidates.1.reason: a candidate left out says why (reason)",
      "data/sweep/list.json: -: list: name the chronology swept (list, or lists)",
    ]);
    const unknown = folderWith({
      list,
      scope: "1999",
      sweptBy: "tests",
      candidates: [{ event: "Lost", status: "added", recordId: "no-such-record" }],
    });
    expect(problemsOf(unknown)).toEqual([
      'data/sweep/list.json: no-such-record: candidates.0.recordId: no record with id "no-such-record"',
    ]);
  });

  it("make `data check` fail with the file and field", () => {
    const dir = folderWith({
      list,
      scope: "1999",
      sweptBy: "tests",
      candidates: [{ event: "Unexplained", status: "left-out" }],
    });
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } };
    expect(runData(["check"], io, { dataDir: dir, today: FIXTURE_TODAY })).toBe(1);
    expect(err).toContain(
      "data/sweep/list.json: -: candidates.0.reason: a candidate left out says why (reason)",
    );
  });

  it("the shipped worklists are valid and point at shipped records", () => {
    const loaded = loadDataset();
    if (!loaded.ok) throw new Error("shipped data does not load");
    expect(checkWorklists(DEFAULT_DATA_DIR, loaded.value).map(formatProblem)).toEqual([]);
    expect(countWorklists(DEFAULT_DATA_DIR).length).toBeGreaterThanOrEqual(4);
  });
});
