import { describe, expect, it } from "vitest";
import {
  COMMANDS,
  commandFromText,
  decodeCommand,
  encodeCommand,
  PUBLIC_COMMANDS,
} from "../../src/core/index.js";

describe("the command table", () => {
  it("has unique names that Discord accepts", () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(c.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("offers the design's public commands", () => {
    expect(PUBLIC_COMMANDS.map((c) => c.name)).toEqual([
      "search",
      "incident",
      "duty",
      "timeline",
      "quiz",
      "help",
      "cite",
      "stats",
      "compare",
      "report",
      "suggest",
      "my",
    ]);
  });

  it.each([
    ["tehran 1979", { name: "search", query: "tehran 1979" }],
    ["timeline IR", { name: "timeline", query: "IR" }],
    ["Duty art 22", { name: "duty", query: "art 22" }],
    ["/embassy incident host:IR", { name: "incident", query: "host:IR" }],
    ["", { name: "help", query: "" }],
    ["show tehran-us-1979", { name: "search", query: "show tehran-us-1979" }],
    ["my reports", { name: "my", query: "reports" }],
    ["help me please", { name: "help", query: "me please" }],
    // A sentence that begins with a command taking no words is a question.
    [
      "my brother was arrested in dubai, is that allowed",
      { name: "search", query: "my brother was arrested in dubai, is that allowed" },
    ],
    ["help me find the 1979 hostage case", { name: "search", query: "help me find the 1979 hostage case" }],
    // A label before a question ("quiz question:") asks the question; a quiz topic has no colon.
    [
      "quiz question: which american ambassador was killed in kabul in 1979?",
      { name: "search", query: "which american ambassador was killed in kabul in 1979?" },
    ],
    [
      "quiz: who protects an embassy under the vienna convention",
      { name: "search", query: "who protects an embassy under the vienna convention" },
    ],
    ["quiz hard 1980s", { name: "quiz", query: "hard 1980s" }],
    ["quiz round 5 law", { name: "quiz", query: "round 5 law" }],
    [
      "report: tehran-us-1979 the date is wrong",
      { name: "search", query: "report: tehran-us-1979 the date is wrong" },
    ],
  ])("reads %j as a command", (text, command) => {
    expect(commandFromText(text)).toEqual(command);
  });

  it("round-trips commands through button values", () => {
    const command = { name: "search" as const, query: "a|b c", page: 3, seed: 42 };
    expect(decodeCommand(encodeCommand(command))).toEqual(command);
    expect(decodeCommand("nonsense|1||x")).toBeUndefined();
    expect(decodeCommand("search|x||q")).toBeUndefined();
  });
});
