import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable, renderTextAnswer } from "../../src/cli/render-text.js";
import { execute } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";
import { dataUrls, hostileCases, isDataUrl, urlsIn } from "../support/hostile-answers.js";

const desk = loadDesk();
const KNOWN = dataUrls();
/** More with PROPERTY_RUNS=5000 when hunting; 300 keeps `npm test` quick. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Documentation hosts (RFC 2606) link to nobody; the help text uses one in an example. */
const EXAMPLE_HOST = /^https?:\/\/example\.(org|com|net)(\/|$)/i;

/** A URL the person typed themselves, echoed back (a terminal pings nobody; it may show what you wrote). */
function typedBy(url: string, inputs: string[]): boolean {
  for (let candidate = url; candidate.length > 0; candidate = candidate.slice(0, -1))
    if (inputs.some((input) => input.includes(candidate))) return candidate.length > 8;
  return false;
}

describe("the console renderer, for any text a person or the data puts in an answer", () => {
  it("writes no control character a terminal would obey (escape sequences, OSC 8 hidden links)", () => {
    fc.assert(
      fc.property(hostileCases(desk), ({ answer }) => {
        const text = renderTextAnswer(answer);
        expect(text).not.toMatch(CONTROL);
      }),
      RUNS,
    );
  }, 120_000);

  it("shows no link but the data's own and what the person typed", () => {
    fc.assert(
      fc.property(hostileCases(desk), ({ inputs, answer }) => {
        for (const url of urlsIn(renderTextAnswer(answer)))
          expect(isDataUrl(url, KNOWN) || typedBy(url, inputs) || EXAMPLE_HOST.test(url), url).toBe(true);
      }),
      RUNS,
    );
  }, 120_000);

  it("turns a hidden terminal link into visible text, and keeps the data's links", () => {
    const osc8 = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007";
    expect(printable(osc8)).not.toMatch(CONTROL);
    expect(printable("line one\n\tline two")).toBe("line one\n\tline two");
    const record = renderTextAnswer(execute(desk, { name: "show", query: "tehran-us-1979" }));
    const urls = urlsIn(record);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isDataUrl(url, KNOWN)).toBe(true);
  });
});
