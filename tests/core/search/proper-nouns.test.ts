import { describe, expect, it } from "vitest";
import type { Incident } from "../../../src/core/dataset/schema.js";
import { findRecordsForText, execute } from "../../../src/core/index.js";
import { buildProperNouns } from "../../../src/core/search/proper-nouns.js";
import { stem } from "../../../src/core/text/stem.js";
import { loadDesk } from "../../support/desk.js";

const desk = loadDesk();
const base = desk.dataset.incidents[0]!;
const incident = (summary: string, notes?: string): Incident => ({
  ...base,
  title: "An attack",
  aliases: [],
  summary,
  perpetrators: null,
  outcome: null,
  ...(notes ? { notes } : { notes: undefined }),
});

describe("buildProperNouns", () => {
  const names = buildProperNouns(
    [
      incident("Protesters angry at the Quran burning attacked the embassy. Police fired tear gas."),
      incident(
        "A crowd over the Quran stormed the gate; Reuters said Police were late.",
        "Then the police arrived.",
      ),
      incident("Militants of the Red Faction fired at the embassy. Red paint was thrown at the red door."),
    ],
    (key) => key === stem("reuters"),
  );

  it("keeps words, and pairs of words, capitalised mid-sentence every time, with their spelling", () => {
    expect(names.get(stem("quran"))).toBe("Quran");
    expect(names.get(stem("faction"))).toBe("Faction");
    expect(names.get(`${stem("red")} ${stem("faction")}`)).toBe("Red Faction");
  });

  it("leaves out words also written in lower case, sentence starts and excluded words", () => {
    // "Police" is capitalised once mid-sentence but written "police" too.
    expect(names.has(stem("police"))).toBe(false);
    // "Red" starts a sentence once and is "red" elsewhere; "Protesters" and "Militants" only start one.
    expect(names.has(stem("red"))).toBe(false);
    expect(names.has(stem("protesters"))).toBe(false);
    expect(names.has(stem("militants"))).toBe(false);
    expect(names.has(stem("reuters"))).toBe(false);
  });
});

describe("a list that names what the incidents name", () => {
  const ids = (q: string) => {
    const found = findRecordsForText(desk, q);
    return found.ok ? found.value.hits.map((h) => h.doc.item.record.id) : [];
  };

  it("keeps to the incidents that use the name, of any type that was one part of them", () => {
    const listed = ids("ASALA attacks on turkish diplomats");
    expect(listed.length).toBeGreaterThan(1);
    for (const id of listed) {
      const r = desk.dataset.incidentById.get(id)!;
      expect(r.missionCountry, id).toBe("TR");
      expect(JSON.stringify(r), id).toMatch(/ASALA/);
    }
    const answer = execute(desk, {
      name: "search",
      query: "innocence of muslims protests - list of embassies attacked",
    });
    expect(answer.summary).toMatch(/naming Innocence and Muslims · \d+ incidents/);
    for (const r of answer.results)
      expect(desk.dataset.incidentById.get(r.id)?.date, r.id).toMatch(/^2012-09/);
  });

  it("reads a two-word name as a list of the incidents that write the two words together", () => {
    const answer = execute(desk, { name: "search", query: "red guard attacks on foreign embassies" });
    expect(answer.summary).toMatch(/^naming Red Guards · \d+ incidents/);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results)
      expect(JSON.stringify(desk.dataset.incidentById.get(r.id)), r.id).toMatch(/Red Guards?/);
  });

  it("keeps a name that is not an attacker's to a lookup: 'diplomats interfere internal affairs' is the law", () => {
    const found = findRecordsForText(desk, "diplomats interfere internal affairs");
    expect(found.ok && found.value.hits[0]?.doc.item.record.id).toBe("vcdr-41");
  });

  it("leaves the precedents of news that names them alone, and a name no incident of the kind uses", () => {
    const news = findRecordsForText(
      desk,
      "Protesters storm Swedish embassy in Baghdad and set it alight over Quran burning - has this happened before?",
    );
    expect(news.ok && news.value.reading?.understood.join(" ")).not.toMatch(/naming/);
    // No bombing in Africa names NATO: the list is every bombing there instead of none.
    expect(ids("nato embassy bombings in africa").length).toBeGreaterThan(0);
  });
});
