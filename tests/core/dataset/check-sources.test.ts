import { describe, expect, it } from "vitest";
import { checkUrl, formatProblem, loadDataset, type SourcePolicy } from "../../../src/core/index.js";
import {
  FIXTURE_POLICY,
  FIXTURE_TODAY,
  fixtureDuty,
  fixtureIncident,
  fixtureSource,
  writeDataDir,
} from "../../fixtures/records.js";

const json = (records: unknown[]) => JSON.stringify(records);

/** Problems of one incident whose only change from a valid fixture is its sources. */
function problemsOfSources(sources: unknown[], extra: Record<string, unknown> = {}): string[] {
  const dir = writeDataDir({
    incidents: { "a.json": json([fixtureIncident({ sources, ...extra })]) },
    duties: { "d.json": json([fixtureDuty()]) },
  });
  const result = loadDataset(dir, { today: FIXTURE_TODAY });
  return result.ok ? [] : result.error.map(formatProblem);
}

const at = (field: string, message: string) =>
  `data/incidents/a.json: fixture-city-us-1999: ${field}: ${message}`;

describe("source policy", () => {
  it("accepts an original publisher's page", () => {
    expect(problemsOfSources([fixtureSource()])).toEqual([]);
  });

  it.each([
    [
      "a refused host",
      "https://docslib.org/doc/1/x",
      "docslib.org is refused by data/source-policy.json (document dump)",
    ],
    [
      "a subdomain of a refused host",
      "https://fr.wikimili.com/x",
      "fr.wikimili.com is refused by data/source-policy.json (Wikipedia mirror)",
    ],
    [
      "a refused host written with www.",
      "https://www.docslib.org/x",
      "www.docslib.org is refused by data/source-policy.json (document dump)",
    ],
    [
      "a raw IPv4 address",
      "http://20.210.105.67/time/article",
      "20.210.105.67 is a raw IP address: cite the publisher's own site",
    ],
    [
      "a raw IPv6 address",
      "http://[2001:db8::1]/x",
      "[2001:db8::1] is a raw IP address: cite the publisher's own site",
    ],
    ["localhost", "http://localhost:8080/x", "localhost is a local or private-network host"],
    [
      "a private-network name",
      "https://wiki.newsroom.internal/x",
      "wiki.newsroom.internal is a local or private-network host",
    ],
    [
      "a private-network address",
      "http://192.168.1.20/x",
      "192.168.1.20 is a raw IP address: cite the publisher's own site",
    ],
    [
      "a URL with credentials",
      "https://editor:secret@example.org/x",
      "the link carries a user name or password",
    ],
    [
      "a host with a trailing dot",
      "https://history.state.gov./x",
      "history.state.gov. ends with a dot: write the publisher's canonical host",
    ],
    [
      "a numbered throwaway domain",
      "https://645012.example.fun/x",
      "645012.example.fun is a numbered throwaway domain: cite the original publisher",
    ],
  ])("refuses %s", (_what, url, message) => {
    expect(problemsOfSources([fixtureSource({ url })])).toEqual([at("sources.0.url", message)]);
  });

  it("refuses a scheme other than http and https", () => {
    for (const url of ["ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd"]) {
      expect(problemsOfSources([fixtureSource({ url })])).toEqual([
        at("sources.0.url", "expected an http(s) URL"),
      ]);
    }
  });

  it("refuses a source dated after today, and accepts one dated today", () => {
    expect(problemsOfSources([fixtureSource({ date: "2026-12-03" })])).toEqual([
      at("sources.0.date", "2026-12-03 is in the future"),
    ]);
    expect(problemsOfSources([fixtureSource({ date: "2027" })])).toEqual([
      at("sources.0.date", "2027 is in the future"),
    ]);
    expect(problemsOfSources([fixtureSource({ date: FIXTURE_TODAY })])).toEqual([]);
  });

  it("refuses the same page cited twice in a record, however it is written", () => {
    const problems = problemsOfSources([
      fixtureSource({ url: "https://www.example.org/story/" }),
      fixtureSource({ url: "http://example.org/story#top", publisher: "Other" }),
    ]);
    expect(problems).toEqual([at("sources.1.url", "the same page as sources.0")]);
  });

  it("refuses a publisher that calls itself a mirror or a copy", () => {
    expect(problemsOfSources([fixtureSource({ publisher: "BBC News (copy on example.org)" })])).toEqual([
      at(
        "sources.0.publisher",
        '"BBC News (copy on example.org)" is a copy: name the original publisher and cite its page',
      ),
    ]);
    expect(problemsOfSources([fixtureSource({ publisher: "Wikipedia mirror" })])).toEqual([
      at(
        "sources.0.publisher",
        '"Wikipedia mirror" is a copy: name the original publisher and cite its page',
      ),
    ]);
  });

  it("keeps an archived copy only on an archive host", () => {
    const original = "https://example.org/story";
    expect(
      problemsOfSources([
        fixtureSource({ url: original, archiveUrl: `https://web.archive.org/web/2010/${original}` }),
      ]),
    ).toEqual([]);
    expect(problemsOfSources([fixtureSource({ archiveUrl: "https://archive.example.net/story" })])).toEqual([
      at("sources.0.archiveUrl", "an archived copy must be on web.archive.org"),
    ]);
    expect(problemsOfSources([fixtureSource({ archiveUrl: "https://wikimili.com/story" })])).toEqual([
      at("sources.0.archiveUrl", "wikimili.com is refused by data/source-policy.json (Wikipedia mirror)"),
    ]);
  });

  it("requires a kind from the vocabulary on every source", () => {
    const problems = problemsOfSources([fixtureSource({ kind: "blog" })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/incidents\/a\.json: fixture-city-us-1999: sources\.0\.kind: /);
  });

  it("asks for two independent publishers when someone died, not one story twice", () => {
    const casualties = { deaths: 2, attackersKilled: null, injured: null, hostages: null };
    const sameWire = [
      fixtureSource({ publisher: "The Associated Press", url: "https://example.org/a" }),
      fixtureSource({ publisher: "Associated Press", url: "https://example.org/b" }),
    ];
    expect(problemsOfSources(sameWire, { casualties })).toEqual([
      at("sources", "an incident with deaths needs sources from at least two independent publishers"),
    ]);
    const two = [sameWire[0], fixtureSource({ publisher: "Reuters", url: "https://example.com/c" })];
    expect(problemsOfSources(two, { casualties })).toEqual([]);
  });

  it("asks every treaty, court and UN record for the official page; concepts need none", () => {
    const copyOnly = [fixtureSource({ url: "https://example.org/vcdr-copy", kind: "other" })];
    const dir = writeDataDir({
      incidents: { "a.json": json([fixtureIncident()]) },
      duties: {
        "d.json": json([
          fixtureDuty(),
          fixtureDuty({ id: "copied-article", sources: copyOnly }),
          fixtureDuty({
            id: "a-concept",
            kind: "concept",
            instrument: "CONCEPT",
            article: undefined,
            sources: copyOnly,
          }),
        ]),
      },
    });
    const result = loadDataset(dir, { today: FIXTURE_TODAY });
    expect(result.ok ? [] : result.error.map(formatProblem)).toEqual([
      "data/duties/d.json: copied-article: sources: needs the official text: a source on legal.un.org, icj-cij.org, undocs.org",
    ]);
  });

  it("names the policy file and field when the policy itself is malformed", () => {
    const dir = writeDataDir({
      incidents: { "a.json": json([fixtureIncident()]) },
      duties: { "d.json": json([fixtureDuty()]) },
      policy: JSON.stringify({ ...FIXTURE_POLICY, refusedHosts: [{ host: "docslib.org" }] }),
    });
    const result = loadDataset(dir, { today: FIXTURE_TODAY });
    expect(result.ok ? [] : result.error.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/source-policy\.json: -: refusedHosts\.0\.reason: /),
    ]);
  });
});

describe("checkUrl", () => {
  const policy: SourcePolicy = FIXTURE_POLICY;

  it("passes ordinary publisher pages, including hosts that merely contain a refused name", () => {
    for (const url of [
      "https://www.theguardian.com/world/2011/nov/29/x",
      "https://history.state.gov/historicaldocuments/frus1969-76v10/d1",
      "https://notdocslib.org/x",
    ]) {
      expect(checkUrl(url, policy)).toBeUndefined();
    }
  });

  it("says what is wrong with text that is not a URL at all", () => {
    expect(checkUrl("not a url", policy)).toEqual({ code: "not-a-url" });
  });
});
