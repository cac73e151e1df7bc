import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatCoverageMarkdown } from "../../src/cli/coverage-markdown.js";
import { loadDesk } from "../support/desk.js";

const START = "<!-- coverage:start (npm run data -- stats --markdown) -->";
const END = "<!-- coverage:end -->";

describe("README coverage tables", () => {
  it("are exactly what `npm run data -- stats --markdown` prints for the shipped data", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs the marker ${START}`).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const shown = readme.slice(start + START.length, end).trim();
    expect(shown, "paste the output of `npm run data -- stats --markdown` between the markers").toBe(
      formatCoverageMarkdown(loadDesk().dataset).trim(),
    );
  });
});
