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

  it("survives empty lines, unknown words and a huge paste", async () => {
    const out = await converse(["", "zzzz qqqq", "x ".repeat(2500), "help"]);
    expect(out).toMatch(/No confident match/);
    expect(out).toMatch(/I read at most 4000/);
    expect(out).toMatch(/how to ask/);
  });
});
