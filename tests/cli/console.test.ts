import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/cli/console.js";
import { loadDesk } from "../support/desk.js";

async function converse(lines: string[]): Promise<string> {
  let out = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } };
  await runConsole(loadDesk(), Readable.from(lines.map((l) => `${l}\n`)), io, () => 7);
  return out;
}

describe("console", () => {
  it("answers, pages with 'more', and says goodbye at end of input", async () => {
    const out = await converse(["timeline 1970s", "more"]);
    expect(out).toMatch(/Timeline: 1970s/);
    expect(out).toMatch(/Page 1 of \d+/);
    expect(out).toMatch(/Page 2 of \d+/);
    expect(out).toMatch(/Goodbye/);
  });

  it("runs a quiz and checks the answer carried by the chosen option", async () => {
    const out = await converse(["quiz", "answer 1"]);
    expect(out).toMatch(/Embassy quiz/);
    expect(out).toMatch(/(Right|Not quite: the answer is .+)\./);
  });

  it("cites the last record with 'cite', and any record with 'cite <id>'", async () => {
    const out = await converse(["tehran 1979", "cite", "cite vcdr-22", "cite no-such-record-zzz"]);
    expect(out).toContain('Type "cite" for a ready-to-paste citation.');
    expect(out).toMatch(
      /Cite: Seizure of the US embassy in Tehran\n=+\n\nReady to paste: the incident record and its \d+ sources?\.\n\nEmbassy Desk, "Seizure of the US embassy in Tehran" \(record tehran-us-1979\)/,
    );
    expect(out).toMatch(/\(record vcdr-22\)/);
    expect(out).toMatch(/I found no record "no-such-record-zzz" to cite/);
  });

  it("ends every answer with the data version", async () => {
    const out = await converse(["help", "zzzz qqqq"]);
    const { version, asOf } = loadDesk().dataset.version;
    expect(out.split(`-- Embassy Desk data ${version} · as of ${asOf}`)).toHaveLength(3);
  });

  it("survives empty lines, unknown words and a huge paste", async () => {
    const out = await converse(["", "zzzz qqqq", "x ".repeat(2500), "help"]);
    expect(out).toMatch(/No confident match/);
    expect(out).toMatch(/I read at most 4000/);
    expect(out).toMatch(/how to ask/);
  });
});
