import { describe, expect, it } from "vitest";
import { formatProblem, loadDataset } from "../../../src/core/index.js";
import { FIXTURE_TODAY, fixtureDuty, fixtureIncident, writeDataDir } from "../../fixtures/records.js";

const json = (records: unknown[]) => JSON.stringify(records);

function problemsFor(files: Parameters<typeof writeDataDir>[0]): string[] {
  const result = loadDataset(writeDataDir(files), { today: FIXTURE_TODAY });
  return result.ok ? [] : result.error.map(formatProblem);
}

describe("loadDataset", () => {
  it("loads a valid folder and links incidents to their duties", () => {
    const result = loadDataset(
      writeDataDir({
        incidents: { "a.json": json([fixtureIncident()]) },
        duties: { "d.json": json([fixtureDuty()]) },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.incidentsByDuty.get("fixture-duty")?.map((i) => i.id)).toEqual([
      "fixture-city-us-1999",
    ]);
  });

  it("names the file, the record id and the field of a bad date", () => {
    expect(
      problemsFor({
        incidents: { "bad.json": json([fixtureIncident({ date: "1999-13-01" })]) },
        duties: { "d.json": json([fixtureDuty()]) },
      }),
    ).toEqual(["data/incidents/bad.json: fixture-city-us-1999: date: expected YYYY-MM-DD, YYYY-MM or YYYY"]);
  });

  it("rejects impossible calendar dates and end dates before start dates", () => {
    expect(
      problemsFor({
        incidents: {
          "a.json": json([
            fixtureIncident({ date: "1999-02-30" }),
            fixtureIncident({ id: "other-1999", endDate: "1998" }),
          ]),
        },
        duties: { "d.json": json([fixtureDuty()]) },
      }),
    ).toEqual([
      "data/incidents/a.json: fixture-city-us-1999: date: not a real calendar date",
      "data/incidents/a.json: other-1999: endDate: ends (1998) before it starts (1999-05-08)",
    ]);
  });

  it("reports unresolved references, unknown countries, duplicate ids and duplicate events", () => {
    const problems = problemsFor({
      incidents: {
        "a.json": json([
          fixtureIncident({ duties: ["no-such-duty"], hostCountry: "XX" }),
          fixtureIncident(),
          fixtureIncident({ id: "twin-1999" }),
        ]),
      },
      duties: { "d.json": json([fixtureDuty()]) },
    });
    expect(problems).toEqual([
      "data/incidents/a.json: fixture-city-us-1999: id: duplicate id (also in data/incidents/a.json)",
      'data/incidents/a.json: fixture-city-us-1999: hostCountry: unknown country code "XX"',
      'data/incidents/a.json: fixture-city-us-1999: duties.0: no duty record with id "no-such-duty"',
      'data/incidents/a.json: twin-1999: date: same host and mission within a week of "fixture-city-us-1999" (data/incidents/a.json): merge them, or list the other id in distinctFrom if they are separate events',
    ]);
  });

  it("flags the same host and mission within a week, unless distinctFrom names the other", () => {
    const near = (id: string, date: string, extra: Record<string, unknown> = {}) =>
      fixtureIncident({ id, date, city: `City ${id}`, ...extra });
    const problems = problemsFor({
      incidents: {
        "a.json": json([
          near("first-1999", "1999-05-08"),
          near("six-days-later-1999", "1999-05-14"),
          near("nine-days-later-1999", "1999-05-17", { distinctFrom: ["six-days-later-1999"] }),
          near("month-only-1999", "1999-05"),
          near("year-only-1999", "1999"),
          near("other-mission-1999", "1999-05-08", { missionCountry: "GB" }),
        ]),
      },
      duties: { "d.json": json([fixtureDuty()]) },
    });
    const duplicateOf = (id: string, other: string) =>
      `data/incidents/a.json: ${id}: date: same host and mission within a week of "${other}" (data/incidents/a.json): merge them, or list the other id in distinctFrom if they are separate events`;
    expect(problems).toEqual([
      duplicateOf("six-days-later-1999", "first-1999"),
      // A month-only date counts as the whole month, so it may be any of them.
      duplicateOf("month-only-1999", "first-1999"),
      duplicateOf("month-only-1999", "six-days-later-1999"),
      duplicateOf("month-only-1999", "nine-days-later-1999"),
    ]);
  });

  it("requires a source, two when someone died, and a host response", () => {
    const problems = problemsFor({
      incidents: {
        "a.json": json([
          fixtureIncident({ sources: [] }),
          fixtureIncident({
            id: "deadly-1999",
            date: "1999",
            casualties: { deaths: 3, attackersKilled: null, injured: null, hostages: null },
          }),
          fixtureIncident({ id: "silent-1999", date: "1998", hostResponse: undefined }),
        ]),
      },
      duties: { "d.json": json([fixtureDuty()]) },
    });
    expect(problems).toEqual([
      "data/incidents/a.json: fixture-city-us-1999: sources: needs at least one source",
      "data/incidents/a.json: silent-1999: hostResponse: Invalid input: expected object, received undefined",
      "data/incidents/a.json: deadly-1999: sources: an incident with deaths needs sources from at least two independent publishers",
    ]);
  });

  it("says when a file is not JSON or not an array, without crashing", () => {
    expect(problemsFor({ incidents: { "broken.json": "[{", "obj.json": "{}" }, duties: {} })).toEqual([
      expect.stringMatching(/^data\/incidents\/broken\.json: -: -: not valid JSON \(/),
      "data/incidents/obj.json: -: -: expected a JSON array of records",
    ]);
  });

  it("checks that article numbers go with article records only", () => {
    expect(
      problemsFor({ incidents: {}, duties: { "d.json": json([fixtureDuty({ kind: "case" })]) } }),
    ).toEqual([
      "data/duties/d.json: fixture-duty: article: article is required for kind 'article' and only for it",
    ]);
  });

  it("the shipped data loads cleanly", () => {
    const result = loadDataset();
    expect(result.ok ? [] : result.error.map(formatProblem)).toEqual([]);
  });
});
