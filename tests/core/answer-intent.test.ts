import { describe, expect, it } from "vitest";
import { execute, findRecords, type Command } from "../../src/core/index.js";
import { loadDesk } from "../support/desk.js";

describe("an answer carries how its question was read", () => {
  it.each([
    ["tehran 1979 hostages", "lookup"],
    ["can police enter an embassy", "legal"],
    ["which embassies were stormed in iran", "list"],
    ["how many embassy attacks in africa", "count"],
    ["embassy opening hours", "off-topic"],
    ["who won the election today", "off-topic"],
  ])("%s → %s, as findRecords read it", (query, intent) => {
    const command: Command = { name: "search", query };
    const found = findRecords(loadDesk(), command);
    expect(found.ok && found.value.reading?.intent).toBe(intent);
    expect(execute(loadDesk(), command).intent).toBe(intent);
  });

  it("is absent where nothing was read (help, a record by id, a timeline)", () => {
    expect(execute(loadDesk(), { name: "help", query: "" }).intent).toBeUndefined();
    expect(execute(loadDesk(), { name: "show", query: "tehran-us-1979" }).intent).toBeUndefined();
    expect(execute(loadDesk(), { name: "timeline", query: "IR" }).intent).toBeUndefined();
  });
});
