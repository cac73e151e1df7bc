import { describe, expect, it } from "vitest";
import {
  countCharacters,
  excerptForSearch,
  execute,
  findRecords,
  MAX_QUERY_LENGTH,
} from "../../src/core/index.js";
import { longNewsMessage } from "../fixtures/long-message.js";
import { loadDesk } from "../support/desk.js";

describe("long messages read through the shortcut or the message menu", () => {
  const desk = loadDesk();

  it("searches the paragraphs with names and years of a 10,000-character news text, and says it read part", () => {
    const message = longNewsMessage(10_000);
    expect(countCharacters(message)).toBe(10_000);
    expect(message.length).toBeGreaterThan(10_000); // emoji take two UTF-16 units

    const answer = execute(desk, { name: "context", query: message });
    expect(answer.kind).toBe("record");
    expect(answer.title).toBe("Storming of the British embassy in Tehran");
    const read = answer.facts[0]!;
    expect(read.label).toBe("Read");
    expect(read.value).toMatch(/^[\d,]+ of 10,000 characters/);
    const readCount = Number(/^([\d,]+)/.exec(read.value)![1]!.replace(/,/g, ""));
    expect(readCount).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(readCount).toBeGreaterThan(MAX_QUERY_LENGTH / 2);

    const found = findRecords(desk, { name: "context", query: message });
    expect(found.ok && found.value.partial).toEqual({ read: readCount, of: 10_000 });
  });

  it("picks paragraphs in order, skips those without names or years, and stays within the limit", () => {
    const excerpt = excerptForSearch(longNewsMessage(10_000), MAX_QUERY_LENGTH);
    expect(excerpt.read).toBe(countCharacters(excerpt.text));
    expect(excerpt.read).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(excerpt.text.startsWith("🚨 Riot police watched")).toBe(true);
    expect(excerpt.text).not.toContain("The crowd grew"); // no name, no year inside a sentence
    expect(excerpt.text).toContain("Officials in Berlin");
  });

  it("reads the start, cut at a word, of a text that is one long paragraph", () => {
    const text = "Protesters gathered outside the US embassy in Baghdad in 2019 and stayed. ".repeat(120);
    const excerpt = excerptForSearch(text, 1000);
    expect(excerpt.read).toBeLessThanOrEqual(1000);
    expect(excerpt.read).toBeGreaterThan(900);
    expect(text.startsWith(excerpt.text)).toBe(true);
    expect(text[excerpt.text.length]).toMatch(/\s/);
  });

  it("leaves a message within the limit whole", () => {
    const answer = execute(desk, { name: "context", query: longNewsMessage(3_000) });
    expect(answer.facts.some((f) => f.label === "Read")).toBe(false);
    expect(answer.title).toBe("Storming of the British embassy in Tehran");
  });
});

describe("length limits count characters, not UTF-16 units", () => {
  const desk = loadDesk();

  it("accepts 3,999 emoji (7,998 UTF-16 units) as under the limit", () => {
    const query = "🔥".repeat(3_999);
    expect(query.length).toBe(7_998);
    expect(countCharacters(query)).toBe(3_999);
    const answer = execute(desk, { name: "search", query });
    expect(answer.kind).not.toBe("error");
  });

  it("still refuses a typed query over the limit, counting emoji once each", () => {
    const answer = execute(desk, { name: "search", query: "🔥".repeat(4_001) });
    expect(answer.kind).toBe("error");
    expect(answer.summary).toContain("That is 4001 characters; I read at most 4000");
  });
});
