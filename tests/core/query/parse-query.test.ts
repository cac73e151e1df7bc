import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../src/core/query/parse-query.js";

describe("parseQuery", () => {
  it("takes filters out of the words", () => {
    const result = parseQuery("embassy host:IR type:storming 1979..2019 response:stood-by students");
    expect(result).toEqual({
      ok: true,
      value: {
        text: "embassy students",
        filters: { host: ["IR"], types: ["storming"], responses: ["stood-by"], from: 1979, to: 2019 },
      },
    });
  });

  it("accepts country names, aliases and lists", () => {
    const result = parseQuery("host:iran,iraq mission:uk type:bombings year:1998");
    expect(result.ok && result.value.filters).toEqual({
      host: ["IR", "IQ"],
      mission: ["GB"],
      types: ["bombing"],
      from: 1998,
      to: 1998,
    });
  });

  it("reads open ranges and dashed ranges", () => {
    expect(parseQuery("1990..").ok && parseQuery("1990..")).toMatchObject({
      value: { filters: { from: 1990 } },
    });
    expect(parseQuery("1990-1999")).toMatchObject({ value: { filters: { from: 1990, to: 1999 } } });
    // Written in the question, a dashed period stays in its words for the reading to say.
    expect(parseQuery("embassy attacks 1900-1919")).toMatchObject({
      value: { text: "embassy attacks 1900-1919" },
    });
  });

  it.each([
    ["country:IR", { code: "unknown-filter", filter: "country" }],
    ["host:atlantis", { code: "bad-filter-value", filter: "host", value: "atlantis" }],
    ["type:picnic", { code: "bad-filter-value", filter: "type", value: "picnic" }],
    ["response:maybe", { code: "bad-filter-value", filter: "response", value: "maybe" }],
    ["2019..1979", { code: "bad-range", value: "2019..1979" }],
    ["19..2019", { code: "bad-range", value: "19..2019" }],
    ["..", { code: "bad-range", value: ".." }],
  ])("refuses %s with a coded error", (input, error) => {
    expect(parseQuery(input)).toEqual({ ok: false, error });
  });

  it("leaves links and times alone", () => {
    expect(parseQuery("see https://example.org at 10:30")).toEqual({
      ok: true,
      value: { text: "see https://example.org at 10:30", filters: {} },
    });
  });
});
