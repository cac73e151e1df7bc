import { describe, expect, it } from "vitest";
import { buildRegionPhrases } from "../../src/core/regions.js";
import { findRecordsForText, recordFields } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";
import { countryNameOn } from "../../src/core/countries.js";
import { incidentLine } from "../../src/core/compose/format.js";

const regions = buildRegionPhrases();
const codes = (name: string) => [...(regions.get(name)?.codes ?? [])].sort();

describe("regions newsrooms name", () => {
  it("keeps Scandinavia and the Nordic countries apart from Northern Europe", () => {
    expect(codes("scandinavia")).toEqual(["DK", "NO", "SE"]);
    expect(codes("nordic")).toEqual(["DK", "FI", "IS", "NO", "SE"]);
    expect(codes("northern europe")).toContain("GB");
  });

  it("keeps the South Caucasus out of the Middle East, and Iran and Egypt in it", () => {
    expect(codes("middle east")).toEqual(expect.arrayContaining(["EG", "IR", "IQ", "SA", "TR", "IL"]));
    for (const code of ["AM", "AZ", "GE"]) expect(codes("middle east")).not.toContain(code);
  });

  it("knows the Sahel and the Horn of Africa", () => {
    expect(codes("sahel")).toEqual(["BF", "ML", "MR", "NE", "TD"]);
    expect(codes("horn of africa")).toEqual(["DJ", "ER", "ET", "SO"]);
  });

  it("knows Indochina, the Southern Cone and Europe's groups the geoscheme lacks", () => {
    expect(codes("indochina")).toEqual(["KH", "LA", "VN"]);
    expect(codes("southern cone")).toEqual(["AR", "CL", "PY", "UY"]);
    expect(codes("baltics")).toEqual(["EE", "LT", "LV"]);
    expect(codes("caucasus")).toEqual(["AM", "AZ", "GE"]);
    expect(codes("iberia")).toEqual(["ES", "PT"]);
  });

  it("keeps Albania and Bulgaria out of the former Yugoslavia, not out of the Balkans", () => {
    expect(codes("former yugoslavia")).toEqual(["BA", "HR", "ME", "MK", "RS", "SI", "XK", "YU"]);
    expect(codes("balkans")).toEqual(expect.arrayContaining(["AL", "BG", "YU"]));
  });

  it("lists only the incidents in the region named", () => {
    const desk = loadDesk();
    for (const [q, allowed] of [
      ["indochina embassy attacks", ["KH", "LA", "VN"]],
      ["southern cone embassies", ["AR", "CL", "PY", "UY"]],
      [
        "attacks on embassies in the former yugoslavia in the 90s",
        ["YU", "RS", "HR", "BA", "MK", "SI", "ME", "XK"],
      ],
    ] as const) {
      const found = findRecordsForText(desk, q);
      const hosts = found.ok ? found.value.hits.map((h) => recordFields(h.doc.item)["hostCountry"]) : [];
      expect(hosts.length, q).toBeGreaterThan(0);
      for (const host of hosts) expect(allowed, q).toContain(host);
    }
  });
});

describe("old city names", () => {
  it("reads the name a city went by as the city the data names", () => {
    const found = findRecordsForText(loadDesk(), "peking legations siege");
    expect(found.ok && found.value.reading?.filters.cities).toEqual(["beijing"]);
    const hits = found.ok ? found.value.hits.map((h) => recordFields(h.doc.item)) : [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((r) => r["city"] === "Beijing")).toBe(true);
  });
});

describe("cities in the data", () => {
  it("have one spelling each, so a list of a city's incidents has them all", () => {
    const spellings = new Map<string, Set<string>>();
    for (const doc of loadDesk().index.incidentsByDate) {
      const city = String(recordFields(doc.item)["city"]);
      const key = city.split(",")[0]!.toLowerCase();
      spellings.set(key, new Set([...(spellings.get(key) ?? []), city]));
    }
    const several = [...spellings.values()].filter((s) => s.size > 1).map((s) => [...s]);
    expect(several).toEqual([]);
  });

  it("reads washington dc as Washington", () => {
    const found = findRecordsForText(loadDesk(), "attacks on embassies in washington dc");
    const hits = found.ok ? found.value.hits.map((h) => recordFields(h.doc.item)) : [];
    expect(hits.length).toBeGreaterThanOrEqual(5);
    expect(hits.every((r) => r["city"] === "Washington")).toBe(true);
  });
});

describe("old country names", () => {
  it.each([
    ["zaire", "CD"],
    ["ceylon", "LK"],
    ["siam", "TH"],
    ["rhodesia", "ZW"],
    ["upper volta", "BF"],
  ])("reads %s as %s", (name, code) => {
    const found = findRecordsForText(loadDesk(), `embassy attacks in ${name}`);
    expect(found.ok && found.value.reading?.filters.host).toEqual([code]);
  });

  it("reads an old demonym as the mission's country: the persian embassy siege was in London", () => {
    const found = findRecordsForText(loadDesk(), "persian embassy siege");
    expect(found.ok && found.value.hits[0]?.doc.item.record.id).toBe("london-ir-1980");
  });

  it.each([
    ["argentinian", "AR"],
    ["bosnian", "BA"],
    ["uzbek", "UZ"],
    ["kazakh", "KZ"],
    ["azeri", "AZ"],
    ["slovenian", "SI"],
    ["icelandic", "IS"],
  ])("reads the demonym %s as %s", (demonym, code) => {
    const found = findRecordsForText(loadDesk(), `attacks on ${demonym} embassies`);
    expect(found.ok && found.value.reading?.filters.mission).toEqual([code]);
  });

  it("reads the adjective 'philippine' as the Philippines' missions", () => {
    const found = findRecordsForText(loadDesk(), "attacks on philippine embassies abroad");
    expect(found.ok && found.value.reading?.filters.mission).toEqual(["PH"]);
    expect(found.ok && found.value.hits.length).toBeGreaterThan(0);
  });
});

describe("the state a place belonged to then", () => {
  it("names the Ottoman Empire, not Türkiye, for a place it held before the republic", () => {
    expect(countryNameOn("TR", "1903-08")).toBe("Ottoman Empire");
    expect(countryNameOn("TR", "1923-10-29")).toBe(countryNameOn("TR", "2016-12-19"));
    expect(countryNameOn("TR", "2016-12-19")).not.toBe("Ottoman Empire");
    expect(countryNameOn("IR", "1906-07")).toBe(countryNameOn("IR", "1979-11-04"));
  });

  it("shows it on an incident's place line", () => {
    const desk = loadDesk();
    const doc = desk.index.docById.get("beirut-us-1903");
    if (doc?.item.kind !== "incident") throw new Error("beirut-us-1903 missing");
    expect(incidentLine(doc.item.record)).toContain("Beirut, Ottoman Empire");
  });
});
