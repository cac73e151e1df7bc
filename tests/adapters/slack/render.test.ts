import { describe, expect, it } from "vitest";
import {
  commandFromText,
  decodeCommand,
  emptyAnswer,
  execute,
  type Answer,
  type Command,
} from "../../../src/core/index.js";
import { renderSlackAnswer } from "../../../src/adapters/slack/render.js";
import { loadDesk } from "../../support/desk.js";
import { injectionProblems, limitProblems } from "./support/check-blocks.js";

const desk = loadDesk();
const firstIncident = desk.dataset.incidents[0]!.id;
const firstDuty = desk.dataset.duties[0]!.id;
const INJECTION = "<!channel> <!here> <@U123> <#C999|general> <https://evil.example|x> & friends";

/** One command per Answer variant the core can produce. */
const VARIANTS: [string, Command][] = [
  ["help", { name: "help", query: "" }],
  ["incident record", commandFromText("tehran 1979")],
  ["duty record with quote", commandFromText("duty art 22")],
  ["filtered incidents", commandFromText("incident host:IR type:storming")],
  ["timeline page 1", commandFromText("timeline 1970s")],
  ["timeline page 2", { ...commandFromText("timeline 1970s"), page: 2 }],
  ["quiz", { name: "quiz", query: "", seed: 7 }],
  ["quiz outcome", { name: "answer", query: "1", seed: 7 }],
  ["related", { name: "related", query: firstIncident }],
  ["show duty", { name: "show", query: firstDuty }],
  [
    "context",
    {
      name: "context",
      query:
        "Protesters breached the gate of the US embassy in Baghdad and set fire to a reception area. ".repeat(
          30,
        ),
    },
  ],
  ["no match", commandFromText("zzzz qqqq")],
  ["count", commandFromText("how many french embassies were attacked in the 1980s")],
  ["list from words", commandFromText("car bombs at embassies in asia")],
  ["legal question", commandFromText("was any country ever taken to court over an embassy attack")],
  ["citation", commandFromText("cite tehran-us-1979")],
  ["stats", commandFromText("stats")],
  ["stats with a filter", commandFromText("stats bombings in africa")],
  ["compare", commandFromText("compare tehran 1979 vs tehran 2011")],
  ["too long", commandFromText("x ".repeat(2001))],
  ["bad filter", commandFromText("incident colour:red")],
  ["injection", commandFromText(INJECTION)],
  ["injection in a timeline", commandFromText(`timeline ${INJECTION}`)],
];

describe("renderSlackAnswer: every Answer variant", () => {
  it.each(VARIANTS)("%s renders within Block Kit limits, with inert text", (_name, command) => {
    const message = renderSlackAnswer(execute(desk, command));
    expect(limitProblems({ ...message })).toEqual([]);
    expect(injectionProblems(message)).toEqual([]);
    expect(message.blocks[0]).toMatchObject({ type: "header" });
    expect(message.text.length).toBeGreaterThan(0);
  });
});

describe("renderSlackAnswer: a record answer", () => {
  const answer = execute(desk, commandFromText("tehran 1979"));
  const message = renderSlackAnswer(answer);
  const json = JSON.stringify(message);

  it("shows the title, the facts as fields, the summary and the sources as links", () => {
    expect(message.blocks[0]).toMatchObject({
      type: "header",
      text: { type: "plain_text", text: answer.title },
    });
    const fields = message.blocks.find((b) => b.type === "section" && "fields" in b && b.fields);
    expect(JSON.stringify(fields)).toContain("*Host response*");
    const sources = message.blocks.find(
      (b) => b.type === "context" && JSON.stringify(b).includes("*Sources:*"),
    );
    expect(JSON.stringify(sources)).toContain(`<${answer.citations[0]!.url}|`);
  });

  it("offers Share, More results and Related buttons carrying whole commands", () => {
    const actions = message.blocks.find((b) => b.type === "actions");
    const buttons = (actions as { elements: { action_id: string; value: string }[] }).elements;
    const types = buttons.map((b) => b.action_id.split(":")[1]);
    expect(types).toEqual(expect.arrayContaining(["share", "related"]));
    const related = buttons.find((b) => b.action_id.startsWith("embassy:related"))!;
    expect(decodeCommand(related.value)).toEqual({ name: "related", query: expect.any(String) });
    expect(json).toContain("Open");
  });

  it("pages with a More results button that carries the next page", () => {
    const paged = renderSlackAnswer(execute(desk, commandFromText("timeline 1970s")));
    const actions = paged.blocks.find((b) => b.type === "actions") as {
      elements: { action_id: string; value: string }[];
    };
    const next = actions.elements.find((b) => b.action_id.startsWith("embassy:next-page"))!;
    expect(decodeCommand(next.value)).toMatchObject({ name: "timeline", query: "1970s", page: 2 });
    expect(JSON.stringify(paged)).toMatch(/Page 1 of \d+/);
  });

  it("as a shared copy: attributed to the sharer, no buttons", () => {
    const shared = renderSlackAnswer(answer, { sharedBy: "U0ASKER" });
    expect(shared.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(JSON.stringify(shared.blocks.at(-2))).toContain("Shared by <@U0ASKER>");
    expect(JSON.stringify(shared.blocks.at(-1))).toContain(
      `Embassy Desk data ${desk.dataset.version.version}`,
    );
    expect(injectionProblems(shared, ["<@U0ASKER>"])).toEqual([]);
    expect(JSON.stringify(renderSlackAnswer(answer, { sharedBy: "<!channel>" }))).not.toContain("<!channel>");
  });
});

describe("renderSlackAnswer: quiz", () => {
  it("asks with one button per option, each carrying the seed and the choice", () => {
    const message = renderSlackAnswer(execute(desk, { name: "quiz", query: "", seed: 7 }));
    const actions = message.blocks.find((b) => b.type === "actions") as {
      elements: { action_id: string; value: string }[];
    };
    expect(actions.elements).toHaveLength(4);
    expect(actions.elements.map((e) => decodeCommand(e.value))).toEqual(
      [0, 1, 2, 3].map((i) => ({ name: "answer", query: String(i), seed: 7 })),
    );
  });

  it("renders questions of every kind and topic, and their answers, within Block Kit limits", () => {
    const kinds = new Set<string>();
    for (const topic of ["", "law", "hard africa", `${"hostage crises ".repeat(4).trim()} easy`])
      for (let seed = 0; seed < 40; seed++) {
        const asked = execute(desk, { name: "quiz", query: topic, seed });
        kinds.add(asked.quiz!.question.split(" ").slice(0, 3).join(" "));
        for (const answer of [asked, execute(desk, asked.actions[seed % asked.actions.length]!.command)]) {
          const message = renderSlackAnswer(answer);
          expect(limitProblems({ ...message })).toEqual([]);
          expect(injectionProblems(message)).toEqual([]);
        }
      }
    expect(kinds.size).toBeGreaterThan(5);
  });

  it("lists the options in full before answering, and after it the explanation and the linked source", () => {
    const asked = execute(desk, { name: "quiz", query: "law", seed: 3 });
    const before = JSON.stringify(renderSlackAnswer(asked));
    asked.quiz!.options.forEach((o, i) => expect(before).toContain(`${i + 1}. ${o.replace(/&/g, "&amp;")}`));
    const answered = execute(desk, asked.actions[0]!.command);
    const after = JSON.stringify(renderSlackAnswer(answered));
    expect(after).toContain(
      JSON.stringify(answered.quiz!.outcome!.explanation.replace(/&/g, "&amp;")).slice(1, 40),
    );
    expect(after).toContain(`<${answered.citations[0]!.url}|`);
  });

  it("marks the right answer and the chosen one after answering", () => {
    const text = JSON.stringify(renderSlackAnswer(execute(desk, { name: "answer", query: "0", seed: 7 })));
    expect(text).toContain(":white_check_mark:");
    expect(text).toContain("_(your answer)_");
  });
});

describe("renderSlackAnswer: trimming instead of failing", () => {
  const long = (n: number) => "word & <b> ".repeat(Math.ceil(n / 11)).slice(0, n);
  const huge: Answer = {
    ...emptyAnswer("record", `A very long title ${"x".repeat(400)}`),
    summary: long(9000),
    quote: { text: long(5000), source: "https://treaties.example/vcdr" },
    facts: Array.from({ length: 25 }, (_, i) => ({ label: `Fact ${i}`, value: long(2500) })),
    citations: Array.from({ length: 30 }, (_, i) => ({
      title: `Source ${i}`,
      publisher: "Pub",
      date: "2020-01-01",
      url: `https://news.example/${i}`,
    })),
    results: Array.from({ length: 60 }, (_, i) => ({
      kind: "incident" as const,
      id: `incident-${i}`,
      title: `Incident ${i}`,
      line: long(200),
      score: 0.5,
    })),
    related: Array.from({ length: 40 }, (_, i) => ({
      kind: "duty" as const,
      id: `duty-${i}`,
      title: long(120),
    })),
    actions: [
      ...Array.from({ length: 20 }, (_, i) => ({
        type: "show" as const,
        label: `Show a record with a label far longer than seventy-five characters ${i}`,
        command: { name: "show" as const, query: `id-${i}` },
      })),
      {
        type: "share" as const,
        label: "Share in channel",
        command: { name: "context" as const, query: "Protesters gathered at the embassy gate. ".repeat(100) },
      },
    ],
    page: { number: 1, of: 12 },
  };
  const message = renderSlackAnswer(huge);

  it("keeps every limit", () => {
    expect(limitProblems({ ...message })).toEqual([]);
    expect(message.blocks).toHaveLength(50);
  });

  it("ends cut text with … and a link to the source", () => {
    const summary = message.blocks[1] as { text: { text: string } };
    expect(summary.text.text).toMatch(/… <https:\/\/news\.example\/0\|read more>$/);
    expect(summary.text.text).not.toMatch(/&[a-z]{0,4}…/);
    expect(JSON.stringify(message.blocks)).toMatch(
      /more blocks? not shown: <https:\/\/news\.example\/0\|read the source>/,
    );
    expect(JSON.stringify(message.blocks[0])).toContain("…");
  });

  it("keeps the buttons, and a long pasted message still fits in the share button", () => {
    const actions = message.blocks.at(-1) as {
      type: string;
      elements: { action_id: string; value: string }[];
    };
    expect(actions.type).toBe("actions");
    const share = actions.elements.find((e) => e.action_id.startsWith("embassy:share"));
    expect(share).toBeDefined();
    expect(share!.value.length).toBeLessThanOrEqual(2000);
    expect(decodeCommand(share!.value)).toMatchObject({
      name: "context",
      query: expect.stringMatching(/^Protesters gathered/),
    });
  });

  it("escapes injection attempts in every field", () => {
    const hostile: Answer = {
      ...emptyAnswer("record", INJECTION),
      summary: INJECTION,
      facts: [{ label: INJECTION, value: INJECTION }],
      citations: [{ title: INJECTION, publisher: INJECTION, date: null, url: "https://ok.example/a|b>c" }],
      results: [{ kind: "duty", id: "vcdr-22", title: INJECTION, line: INJECTION, score: 1 }],
      related: [{ kind: "duty", id: "vcdr-22", title: INJECTION }],
      suggestions: [INJECTION],
      quiz: {
        question: INJECTION,
        options: [INJECTION],
        outcome: { chosen: 0, correct: 0, explanation: INJECTION },
      },
      quote: { text: INJECTION, source: INJECTION },
    };
    const rendered = renderSlackAnswer(hostile);
    expect(injectionProblems(rendered)).toEqual([]);
    expect(JSON.stringify(rendered)).toContain("&lt;!channel&gt;");
    expect(JSON.stringify(rendered)).toContain("<https://ok.example/a%7Cb%3Ec|");
  });
});

describe("renderSlackAnswer: counts and lists read from words", () => {
  it("says what was understood and how many match, with the breakdowns as fields", () => {
    const message = renderSlackAnswer(
      execute(desk, commandFromText("how many french embassies were attacked in 1980s")),
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toMatch(/France's missions · 1980–1989 · \d+ incidents? in this dataset/);
    expect(text).toContain("By host response");
    expect(limitProblems({ ...message })).toEqual([]);
  });

  it("names the incidents of another type that included the type listed, as a field", () => {
    const message = renderSlackAnswer(execute(desk, commandFromText("embassy hostage takings")));
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("*Also involved*");
    expect(text).toContain(desk.dataset.incidentById.get("tehran-us-1979")!.title);
    expect(limitProblems({ ...message })).toEqual([]);
  });
});
