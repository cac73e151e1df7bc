import { describe, expect, it } from "vitest";
import { inRecordTerms } from "../../../src/core/query/everyday-words.js";

describe("inRecordTerms", () => {
  it("puts everyday words in the records' terms, phrases before single words", () => {
    expect(inRecordTerms("can cops kick out a diplomat")).toBe("can police expel a diplomat");
    expect(inRecordTerms("after diplomatic ties were restored")).toBe(
      "after diplomatic relations were restored",
    );
    expect(inRecordTerms("after diplomatic ties are cut")).toBe("after diplomatic relations are broken off");
    expect(inRecordTerms("diplomats cant be arrested")).toBe("diplomats cannot be arrested");
    expect(inRecordTerms("can firefighters go into an embassy")).toBe("can firefighters enter an embassy");
    expect(inRecordTerms("do the police have to tell our consulate")).toBe(
      "do the police must notify our consulate",
    );
    expect(inRecordTerms("can diplomats travel freely")).toBe("can diplomats freedom of movement");
    expect(inRecordTerms("what are embassies actually for")).toBe("functions of embassies");
    expect(inRecordTerms("can i sue a diplomat")).toBe("can i sued a diplomat");
    expect(inRecordTerms("is the ambassadors house protected")).toBe("is the ambassador residence protected");
    expect(inRecordTerms("air strikes that hit embassies")).toBe("airstrikes that hit embassies");
    // "go in" is a phrase only when both words are there: "go" alone stays.
    expect(inRecordTerms("where did they go")).toBe("where did they go");
  });

  it("returns the question untouched when it has no everyday word", () => {
    const text = "Tehran 1979: the US embassy";
    expect(inRecordTerms(text)).toBe(text);
  });
});
