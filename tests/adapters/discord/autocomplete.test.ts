import { describe, expect, it } from "vitest";
import { createSuggester } from "../../../src/adapters/discord/autocomplete.js";
import { loadDesk } from "../../support/desk.js";

const suggest = createSuggester(loadDesk());

describe("autocomplete suggestions", () => {
  it.each(["", "tehran", "teh", "art 22", "x".repeat(300)])(
    "stay within Discord's choice limits for %j",
    (typed) => {
      for (const sub of ["search", "incident", "duty"]) {
        const choices = suggest(sub, typed);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }
    },
  );

  it("suggests the most notable incidents for an empty query and key duties for duty", () => {
    expect(suggest("search", "")).toHaveLength(25);
    const firstThree = suggest("search", "")
      .slice(0, 3)
      .map((c) => c.value);
    expect(firstThree).toContain("Seizure of the US embassy in Tehran");
    expect(suggest("duty", "")[0]?.value).toMatch(/Inviolability/);
  });

  it("suggests matching records as the person types, duties only under duty", () => {
    expect(suggest("incident", "beirut").some((c) => /Beirut/.test(c.name))).toBe(true);
    expect(suggest("duty", "art 22")[0]?.name).toMatch(/mission premises|22/i);
  });

  it("answers well inside the 3-second autocomplete window", () => {
    const started = performance.now();
    for (const typed of ["t", "te", "teh", "tehr", "tehra", "tehran", "tehran 1", "tehran 19", "tehran 1979"])
      suggest("search", typed);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
