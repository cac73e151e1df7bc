import { describe, expect, it } from "vitest";
import { salientWords, understandQuery } from "../../../src/core/search/understand.js";

const cities = new Map([
  ["tehran", "tehran"],
  ["mexico city", "mexico city"],
]);

describe("understandQuery", () => {
  it.each([
    ["U.S. embassy", "US"],
    ["americans held", "US"],
    ["the British mission", "GB"],
    ["uk embassy", "GB"],
    ["iranian students", "IR"],
    ["soviet embassy", "SU"],
    ["west germany", "DE"],
  ])("reads the country in %j", (text, code) => {
    expect([...understandQuery(text, cities).countries.keys()]).toEqual([code]);
  });

  it("prefers a city to a country of the same name", () => {
    const signals = understandQuery("mexico city protest", cities);
    expect([...signals.cities.keys()]).toEqual(["mexico city"]);
    expect(signals.countries.size).toBe(0);
  });

  it("reads two digits right after a place as its year, and nowhere else", () => {
    expect([...understandQuery("tehran 79", cities).years]).toEqual([1979]);
    expect([...understandQuery("iraq 03 embassy bombing", cities).years]).toEqual([2003]);
    expect([...understandQuery("top 10 embassy attacks", cities).years]).toEqual([]);
    expect([...understandQuery("vcdr 22", cities).years]).toEqual([]);
  });

  it.each([
    ["tell us about the embassy siege in london", []],
    ["police must notify us when they arrest one of our citizens", []],
    ["can you help us with the 1979 hostage crisis", []],
    ["who protects us interests in iran", ["US", "IR"]],
    ["tell us embassy attacks since 2010", ["US"]],
    ["attacks on us embassies", ["US"]],
  ])('reads %j as naming %j: "us" the pronoun or the country', (question, countries) => {
    expect([...understandQuery(question, cities).countries.keys()]).toEqual(countries);
  });

  it("reads a treaty's full name as the treaty, not its city", () => {
    const vienna = new Map([["vienna", "vienna"]]);
    const signals = understandQuery("what is the vienna convention on diplomatic relations", vienna);
    expect(signals.cities.size).toBe(0);
    expect([...signals.instruments]).toEqual(["VCDR"]);
    expect([...understandQuery("embassy attacks in vienna", vienna).cities.keys()]).toEqual(["vienna"]);
  });

  it("takes words beside 'convention' as the treaty's name, not words for its articles to match", () => {
    const named = understandQuery("which crimes does the protected persons convention cover", cities);
    expect([...named.instruments]).toEqual(["IPP"]);
    expect(named.words).not.toContain("protected");
    expect(understandQuery("the 1973 convention on protected persons", cities).words).not.toContain(
      "persons",
    );
    // Asked as the law's own term, it is what the question is about.
    expect(understandQuery("who counts as an internationally protected person", cities).words).toContain(
      "protected",
    );
  });

  it("leaves a year that bounds a period to the time words, and a duration alone", () => {
    const since = understandQuery("who protects us interests in iran since 1980", cities);
    expect([...since.years]).toEqual([]);
    expect(since.words).not.toContain("1980");
    expect([...understandQuery("tehran 1980", cities).years]).toEqual([1980]);
    expect([...understandQuery("tehran 15 years", cities).years]).toEqual([]);
  });

  it("reads years, decades and the short form of decades", () => {
    const signals = understandQuery("between 1979 and the 1980s or the 90s", cities);
    expect([...signals.years]).toEqual([1979]);
    expect([...signals.decades]).toEqual([1980, 1990]);
    // A school year's pupils are no decade.
    expect([...understandQuery("my yr 10s think embassies are foreign soil", cities).decades]).toEqual([]);
  });

  it.each([
    ["art. 22", "22", []],
    ["Article 22(2)", "22", []],
    ["VCDR 29", "29", ["VCDR"]],
    ["vienna convention artical 31", "31", ["VCDR"]],
    ["consular relations article 31", "31", ["VCCR"]],
  ])("reads the legal reference in %j", (text, article, instruments) => {
    const signals = understandQuery(text, cities);
    expect([...signals.articles]).toEqual([article]);
    expect([...signals.instruments]).toEqual(instruments);
  });

  it("maps incident words to types and keeps stop and generic words out of the salient ones", () => {
    const signals = understandQuery("was the embassy in tehran torched by a mob?", cities);
    // The mob says who; "torched" says what.
    expect([...signals.types]).toEqual(["arson"]);
    expect(salientWords(signals)).toEqual(["tehran", "torched", "mob"]);
    expect([...understandQuery("a mob at the embassy", cities).types]).toEqual([
      "violent-protest",
      "storming",
    ]);
  });

  it("notices a question about precedents", () => {
    expect(understandQuery("has this happened before?", cities).precedent).toBe(true);
    expect(understandQuery("tehran 1979", cities).precedent).toBe(false);
  });
});
