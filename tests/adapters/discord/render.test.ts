import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../src/adapters/discord/render.js";
import { emptyAnswer, execute, type Answer, type Command } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";
import { allStrings, limitProblems } from "./check-limits.js";

const desk = loadDesk();
const COMMANDS: Command[] = [
  { name: "help", query: "" },
  { name: "search", query: "tehran 1979" },
  { name: "search", query: "can police enter an embassy?" },
  { name: "duty", query: "art 22" },
  { name: "incident", query: "host:IR type:storming" },
  { name: "timeline", query: "1970s" },
  { name: "timeline", query: "1970s", page: 2 },
  { name: "search", query: "zzzz qqqq" },
  { name: "search", query: "type:nonsense" },
  { name: "quiz", query: "", seed: 3 },
  { name: "answer", query: "1", seed: 3 },
  { name: "related", query: "tehran-us-1979" },
  { name: "search", query: "how many french embassies were attacked in the 1980s" },
  { name: "search", query: "car bombs at embassies in asia" },
  { name: "search", query: "embassy hostage takings" },
  { name: "search", query: "was any country ever taken to court over an embassy attack" },
  { name: "cite", query: "tehran-us-1979" },
  { name: "stats", query: "" },
  { name: "stats", query: "bombings in africa" },
  { name: "compare", query: "tehran 1979 vs tehran 2011" },
  {
    name: "context",
    query: "Protesters breached the gate of the US embassy in Baghdad, setting fire to the reception area.",
  },
];

const long = (n: number) => "word ".repeat(n).trim();
/** Every part far over its limit, and full of things that must not ping or link. */
const HUGE: Answer = {
  ...emptyAnswer("record", `@everyone ${long(200)}`),
  summary: `<@&123456789012345678> [x](https://evil.example) ${long(2000)}`,
  facts: Array.from({ length: 40 }, (_, i) => ({ label: `Fact ${i} ${long(80)}`, value: long(600) })),
  quote: { text: long(3000), source: "https://example.org/text" },
  citations: Array.from({ length: 30 }, (_, i) => ({
    title: long(40),
    publisher: `P${i}`,
    date: "2020",
    url: `https://example.org/${i}`,
  })),
  results: Array.from({ length: 40 }, (_, i) => ({
    kind: "incident",
    id: `r-${i}`,
    title: long(40),
    line: long(40),
    score: 1,
  })),
  related: Array.from({ length: 40 }, (_, i) => ({ kind: "duty", id: `d-${i}`, title: long(30) })),
  actions: [
    { type: "next-page", label: long(50), command: { name: "search", query: long(100), page: 2 } },
    { type: "share", label: "Share in channel", command: { name: "search", query: long(100) } },
  ],
  page: { number: 1, of: 9 },
};

describe("renderDiscordReply", () => {
  it("names the incidents of another type that included the type listed, as a field", () => {
    const reply = renderDiscordReply(execute(desk, { name: "search", query: "embassy hostage takings" }), {
      ephemeral: false,
    });
    const fields = reply.embeds?.[0]?.fields ?? [];
    const also = fields.find((f) => f.name === "Also involved");
    expect(also?.value).toContain(desk.dataset.incidentById.get("tehran-us-1979")!.title);
  });

  it.each(COMMANDS.map((c) => [`${c.name} ${c.query}`.trim(), c] as const))(
    "renders %s within Discord's limits",
    (_, command) => {
      const answer = execute(desk, command);
      for (const ephemeral of [true, false])
        expect(limitProblems({ ...renderDiscordReply(answer, { ephemeral }) })).toEqual([]);
    },
  );

  it("renders quiz questions of every topic, and their answers with explanation and linked source, within limits", () => {
    for (const topic of ["", "law", "hard africa", `${"hostage crises ".repeat(4).trim()} easy`])
      for (let seed = 0; seed < 40; seed++) {
        const asked = execute(desk, { name: "quiz", query: topic, seed });
        const answered = execute(desk, asked.actions[seed % asked.actions.length]!.command);
        for (const answer of [asked, answered])
          for (const ephemeral of [true, false])
            expect(limitProblems({ ...renderDiscordReply(answer, { ephemeral }) })).toEqual([]);
        const reply = renderDiscordReply(answered, { ephemeral: true });
        const text = allStrings(reply).join("\n");
        expect(text).toContain(answered.quiz!.outcome!.explanation.slice(0, 30));
        expect(text).toContain(
          `](${answered.citations[0]!.url.replace(/\(/g, "%28").replace(/\)/g, "%29")})`,
        );
      }
  });

  it("trims an oversized answer with … instead of failing, keeping its sources", () => {
    const reply = renderDiscordReply(HUGE, { ephemeral: true });
    expect(limitProblems({ ...reply })).toEqual([]);
    const embed = reply.embeds[0]!;
    expect(embed.title!.endsWith("…")).toBe(true);
    expect(embed.description!.endsWith("…")).toBe(true);
    expect(embed.fields!.some((f) => f.name === "Sources")).toBe(true);
  });

  it("keeps mentions and links from answer text inert", () => {
    const answer = {
      ...HUGE,
      title: "@everyone",
      summary: "<@&123456789012345678> [x](https://evil.example)",
      quote: { text: "Art.", source: "https://example.org/text" },
    };
    const text = allStrings(renderDiscordReply(answer, { ephemeral: false }).embeds).join("\n");
    expect(text).not.toMatch(/@everyone|<@&|https:\/\/evil|\[x\]\(/);
    expect(text).toContain("[official text](https://example.org/text)");
    expect(text).toContain("[word word"); // the data's own source links stay links
  });

  it("disables a button whose command is too long for a custom_id, and shares the message instead", () => {
    const buttons = renderDiscordReply(HUGE, { ephemeral: true }).components.flatMap((r) => r.components);
    expect(buttons.find((b) => "label" in b && b.label?.startsWith("word"))).toMatchObject({
      disabled: true,
    });
    expect(buttons.find((b) => "label" in b && b.label === "Share in channel")).toMatchObject({
      custom_id: "s:",
    });
  });

  it("sets flags and mentions by audience", () => {
    const answer = execute(desk, { name: "help", query: "" });
    expect(renderDiscordReply(answer, { ephemeral: true })).toMatchObject({
      flags: 64,
      allowedMentions: { parse: [] },
    });
    const addressed = renderDiscordReply(answer, { ephemeral: false, addressedTo: "100000000000000011" });
    expect(addressed.flags).toBeUndefined();
    expect(addressed.allowedMentions).toEqual({ parse: [], users: ["100000000000000011"] });
    expect(addressed.content).toBe("For <@100000000000000011>");
  });
});
