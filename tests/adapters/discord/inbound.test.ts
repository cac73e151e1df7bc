import { describe, expect, it } from "vitest";
import { actionFromCustomId, customIdOf } from "../../../src/adapters/discord/custom-id.js";
import { commandFromMessage, commandFromSlash } from "../../../src/adapters/discord/inbound.js";

const slash = (subcommand: string, query: string | null, extra: { type?: string; response?: string } = {}) =>
  commandFromSlash({
    subcommand,
    query,
    type: extra.type ?? null,
    response: extra.response ?? null,
    seed: 5,
  });

describe("inbound", () => {
  it("turns options into the words a person would type", () => {
    expect(slash("incident", "tehran", { type: "storming", response: "stood-by" })).toEqual({
      name: "incident",
      query: "tehran type:storming response:stood-by",
    });
    expect(slash("help", null)).toEqual({ name: "help", query: "" });
    expect(slash("quiz", null)).toEqual({ name: "quiz", query: "", seed: 5 });
  });

  it("refuses internal and unknown subcommands", () => {
    expect(slash("show", "tehran-us-1979")).toBeUndefined();
    expect(slash("nope", "x")).toBeUndefined();
  });

  it("reads a message and its embeds for the context menu", () => {
    const command = commandFromMessage({
      content: "Embassy stormed",
      embeds: [{ title: "Baghdad", fields: [{ name: "Where", value: "Iraq" }] }],
    });
    expect(command).toEqual({ name: "context", query: "Embassy stormed\nBaghdad\nWhere Iraq" });
  });

  it("round-trips actions through custom ids of at most 100 characters", () => {
    const action = {
      type: "next-page" as const,
      label: "More",
      command: { name: "search" as const, query: "a|b", page: 2 },
    };
    const id = customIdOf(action)!;
    expect(id).toBe("n:search|2||a|b");
    expect(actionFromCustomId(id)).toEqual({ type: "next-page", command: action.command });
    expect(customIdOf({ ...action, command: { name: "search", query: "x".repeat(100) } })).toBeUndefined();
    expect(actionFromCustomId("s:")).toEqual({ type: "share" });
    expect(actionFromCustomId("n:")).toBeUndefined();
    expect(actionFromCustomId("z:search|||x")).toBeUndefined();
    expect(actionFromCustomId("plain")).toBeUndefined();
  });
});
