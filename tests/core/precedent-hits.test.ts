import { describe, expect, it } from "vitest";
import { execute, findRecordsForText, recordFields } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";

const found = (text: string) => {
  const result = findRecordsForText(loadDesk(), text);
  if (!result.ok) throw new Error(`not found: ${text}`);
  return result.value;
};
const incident = (id: string) => loadDesk().dataset.incidentById.get(id)!;

describe("precedents of news the data does not hold", () => {
  const saudiInBeirut =
    "A mob set fire to the Saudi embassy in Beirut tonight after an execution in Riyadh. Has this happened before?";

  it("lists earlier attacks of the kind told at the same country's missions or in the same place", () => {
    const answer = found(saudiInBeirut);
    expect(answer.alike).toBe(true);
    expect(answer.hits.length).toBeGreaterThan(1);
    for (const hit of answer.hits) {
      const r = recordFields(hit.doc.item);
      const record = incident(String(r["id"]));
      expect(record.types, String(r["id"])).toContain("arson");
      expect(r["missionCountry"] === "SA" || r["city"] === "Beirut", String(r["id"])).toBe(true);
    }
    // The summary says either one is meant, not both.
    expect(answer.reading?.understood).toContain("Saudi Arabia's missions or Beirut");
  });

  it("puts first the precedents that share a few of the story's other words", () => {
    // "After an execution": the 2016 storming in Tehran, hours after Saudi Arabia executed a cleric.
    expect(found(saudiInBeirut).hits[0]?.doc.item.record.id).toBe("tehran-sa-2016");
    const flag = found(
      "Sikh separatists pulled down the Indian flag at the Indian consulate in Toronto today. precedent?",
    );
    expect(incident(flag.hits[0]!.doc.item.record.id).summary).toMatch(/flag/i);
  });

  it("keeps to the place the question itself names", () => {
    const tehran = found(
      "TEHRAN — Hundreds of students scaled the walls of the French embassy on Sunday, hurling firebombs. has this happened before in tehran?",
    );
    expect(tehran.hits.length).toBeGreaterThan(0);
    for (const hit of tehran.hits) expect(recordFields(hit.doc.item)["city"]).toBe("Tehran");
    expect(tehran.reading?.understood.at(-1)).toBe("Tehran");
  });

  it("keeps a mission named as a country's to that country's missions, and answers 'how often' with precedents", () => {
    const herat = found("iran's consulate in herat is on fire. any history here?");
    expect(herat.alike).toBe(true);
    for (const hit of herat.hits) expect(recordFields(hit.doc.item)["missionCountry"]).toBe("IR");
    const often = found("protesters just stormed the serbian embassy in zagreb. how often does this happen?");
    expect(often.alike).toBe(true);
    expect(often.hits.length).toBeGreaterThan(1);
  });

  it("says in a note that these are the incidents most like it", () => {
    const answer = execute(loadDesk(), { name: "search", query: saudiInBeirut });
    expect(answer.facts[0]).toEqual({ label: "Note", value: expect.stringMatching(/most like it/) });
  });

  it("falls back on every earlier one of the kind, newest first when asked when it last happened", () => {
    const air = found(
      "A drone strike has hit the Saudi consulate in Aden, killing two staff. Has a diplomatic mission ever been hit from the air before?",
    );
    expect(air.hits.length).toBeGreaterThan(1);
    for (const hit of air.hits) expect(incident(hit.doc.item.record.id).types).toContain("airstrike");
    const last = found(
      "Protesters have overrun the French embassy compound in Tehran, burning the tricolour. When did this last happen?",
    );
    const dates = last.hits.map((h) => String(recordFields(h.doc.item)["date"]));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("keeps the story's own incident when the data holds it, and leaves other targets alone", () => {
    const held = found(
      "TEHRAN (AP) — A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing its head of security and wounding two guards. has this happened before?",
    );
    expect(held.hits[0]?.doc.item.record.id).toBe("tehran-az-2023");
    expect(held.alike).toBeUndefined();
    const hotel = found(
      "KABUL — Taliban gunmen stormed the Serena hotel during a visit by the Norwegian foreign minister. precedents?",
    );
    expect(hotel.alike).toBeUndefined();
  });
});

describe("a question after a story that says all it asks", () => {
  it("is answered by itself when the story and the question together find nothing", () => {
    const sieges = found(
      "CARACAS — Armed men seized the consulate of Guyana and are holding eight hostages. list other hostage-takings at embassies",
    );
    expect(sieges.hits.length).toBeGreaterThan(2);
    const lima = found(
      "LIMA — Police removed an armed man from the garden of a diplomat's house in San Isidro. remind me what happened at the japanese ambassador's residence in lima",
    );
    expect(lima.hits[0]?.doc.item.record.id).toBe("lima-jp-1996");
    const air = found(
      "KHARKIV — A missile strike damaged the honorary consulate of Greece. other airstrikes that hit embassies?",
    );
    for (const hit of air.hits) expect(incident(hit.doc.item.record.id).types).toContain("airstrike");
  });

  it("is not answered by itself when it points back into the story or the story is another field's", () => {
    expect(
      found("the ambassador ran the city marathon in 3h10 this morning. is that a record for a diplomat?")
        .hits,
    ).toEqual([]);
    expect(
      found(
        "Fans laid siege to the team hotel in Buenos Aires after the cup final defeat. has this happened before?",
      ).hits,
    ).toEqual([]);
  });
});

describe("the law asked after a story", () => {
  it("answers a definition asked after a story that names no mission", () => {
    const answer = found(
      "Foreign ministry spokesman: 'We are considering asking a third country to represent our interests in Kabul.' What is a protecting power?",
    );
    expect(answer.hits[0]?.doc.item.record.id).toBe("concept-protecting-power");
  });

  it("answers nothing after another field's news, and the law after a story with a mission in it", () => {
    for (const other of [
      "The movie 'Diplomatic Immunity' tops the box office for a second weekend. who directed it?",
      "A sportswear giant has dropped its brand ambassador after a racist post. can they do that under his contract?",
    ])
      expect(found(other).hits, other).toEqual([]);
    const tourist = found(
      "A British tourist was held for 11 days in a police cell abroad before anyone told him he could call his consulate. what does the law say?",
    );
    expect(tourist.hits[0]?.doc.item.record.id).toBe("vccr-36");
  });
});
