import { describe, expect, it } from "vitest";
import { countryInfo, findRecordsForText, recordFields } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";

const results = (text: string) => {
  const found = findRecordsForText(loadDesk(), text);
  if (!found.ok) throw new Error(`not found: ${text}`);
  return found.value.hits.map((h) => recordFields(h.doc.item));
};

describe("search ranking", () => {
  it("puts the embassy whose nationality the words give first, not one attacked the same day", () => {
    const [first] = results("german embassy khartoum stormed over anti-islam film");
    expect(first).toMatchObject({ hostCountry: "SD", missionCountry: "DE" });
    const [us] = results("serbian rioters set fire to the us embassy after kosovo independence");
    expect(us).toMatchObject({ hostCountry: "RS", missionCountry: "US" });
  });

  it("breaks near ties by how well known an incident is, and how often a rule is at stake", () => {
    expect(results("bagdad embassy storming")[0]).toMatchObject({ id: "baghdad-us-2019" });
    expect(results("diplomatic immunity")[0]).toMatchObject({ id: "vcdr-31" });
  });

  it("answers half a question only when two of its words name the record", () => {
    expect(results("freedom of movement of embassy staff")[0]).toMatchObject({ id: "vcdr-26" });
    expect(results("storming of the bastille date")).toEqual([]);
    expect(results("the diplomat netflix season 2 release")).toEqual([]);
    expect(results("immunity boosting foods for winter")).toEqual([]);
  });

  it("keeps Czechoslovakia out of the Balkans", () => {
    expect(countryInfo("CS")?.name).toBe("Czechoslovakia");
    const balkans = results("embassy attacks in the balkans");
    expect(balkans.length).toBeGreaterThan(0);
    expect(balkans.map((r) => r["hostCountry"])).not.toContain("CS");
  });
});
