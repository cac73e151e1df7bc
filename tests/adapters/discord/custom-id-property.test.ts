import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionFromCustomId, fitsCustomId } from "../../../src/adapters/discord/custom-id.js";
import { renderDiscordReply } from "../../../src/adapters/discord/render.js";
import { PARKED_PREFIX, type ParkedCommands } from "../../../src/buttons/park-commands.js";
import { encodeCommand, execute, type Answer, type Command } from "../../../src/core/index.js";
import { buttonKeyOf } from "../../../src/store/button-store.js";
import { loadDesk } from "../../support/desk.js";

const desk = loadDesk();

/** What the adapter stores before rendering, keyed as the store keys it (no database needed to render). */
function parkedFor(answer: Answer): ParkedCommands {
  const long = answer.actions.map((a) => encodeCommand(a.command)).filter((e) => !fitsCustomId(e));
  return new Map(long.map((e) => [e, `${PARKED_PREFIX}${buttonKeyOf(e)}`]));
}

function customIds(answer: Answer, parked: ParkedCommands | undefined): string[] {
  const reply = renderDiscordReply(answer, { ephemeral: true, ...(parked ? { parked } : {}) });
  return reply.components.flatMap((row) => row.components.map((c) => ("custom_id" in c ? c.custom_id : "")));
}

const WORDS = [
  "tehran",
  "1979",
  "baghdad",
  "embassy",
  "storming",
  "bombing",
  "us",
  "iran",
  "protest",
  "🔥",
  "é",
];
const queries = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 2000 }),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 400 }).map((w) => w.join(" ")),
);
const commands = fc.record({
  name: fc.constantFrom<Command["name"]>("search", "incident", "duty", "context", "timeline", "cite"),
  query: queries,
  page: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

describe("Discord custom ids, over many queries", () => {
  it("are unique within a message and at most 100 characters, with or without the database", () => {
    fc.assert(
      fc.property(commands, ({ name, query, page }) => {
        const answer = execute(desk, page ? { name, query, page } : { name, query });
        for (const parked of [parkedFor(answer), undefined]) {
          const ids = customIds(answer, parked);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("give back the command of every action, either inline or as its stored key", () => {
    fc.assert(
      fc.property(commands, ({ name, query }) => {
        const answer = execute(desk, { name, query });
        const parked = parkedFor(answer);
        for (const id of customIds(answer, parked).filter((id) => id !== "open")) {
          const clicked = actionFromCustomId(id);
          expect(clicked).toBeDefined();
          const carried = clicked!.command ? encodeCommand(clicked!.command) : clicked!.parked;
          const expected = [...answer.actions.map((a) => encodeCommand(a.command)), ...parked.values()];
          expect(expected).toContain(carried);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("do not collide for two long queries that share their first 100 characters", () => {
    // Real words: a query made of one unknown 120-letter token is read as off-topic and offers no buttons.
    const start = "embassy ".repeat(15);
    expect(start.length).toBeGreaterThan(100);
    const a = execute(desk, { name: "search", query: `${start} tehran 1979` });
    const b = execute(desk, { name: "search", query: `${start} baghdad 2019` });
    const idsA = customIds(a, parkedFor(a)).filter((id) => id.startsWith("s:"));
    const idsB = customIds(b, parkedFor(b)).filter((id) => id.startsWith("s:"));
    expect(idsA).toHaveLength(1);
    expect(idsB).toHaveLength(1);
    expect(idsA[0]).not.toBe(idsB[0]);
  });
});
