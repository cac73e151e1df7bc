import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../src/adapters/discord/render.js";
import { fitLines, fitText, inert } from "../../../src/adapters/discord/text.js";
import { execute } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";
import { dataUrls, hostileAnswers, hostileText, isDataUrl, urlsIn } from "../../support/hostile-answers.js";
import { allStrings } from "./check-limits.js";

const desk = loadDesk();
const KNOWN = dataUrls();
/** More with PROPERTY_RUNS=5000 when hunting; 300 keeps `npm test` quick. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const ASKER = "100000000000000010";
const FENCE = "```";

/**
 * What Discord would act on in markdown: @everyone/@here, user, role and channel mentions, slash
 * command mentions, and links (bare or masked), outside code blocks. `allowed` are the mentions we
 * wrote on purpose.
 */
function discordProblems(text: string, allowed: string[] = []): string[] {
  const problems: string[] = [];
  // Inside a closed code block Discord renders every character as written: nothing there is live.
  let rest = text.replace(/```[^`]*```/g, "");
  for (const token of allowed) rest = rest.split(token).join("");
  const ping = /@(everyone|here)|<@[!&]?\d*|<#\d*|<\/[^>]*:\d*/i.exec(rest);
  if (ping) problems.push(`live mention ${JSON.stringify(ping[0])}`);
  for (const url of urlsIn(rest))
    if (!isDataUrl(url, KNOWN)) problems.push(`a link the data did not provide: ${url}`);
  return problems;
}

describe("Discord renderers, for any text a person or the data puts in an answer", () => {
  it("never ping anyone nor link anywhere the data did not, privately or in the channel", () => {
    fc.assert(
      fc.property(hostileAnswers(desk), fc.boolean(), (answer, ephemeral) => {
        const reply = renderDiscordReply(answer, { ephemeral });
        expect(reply.allowedMentions).toEqual({ parse: [] });
        expect(discordProblems(allStrings([reply.content, reply.embeds]).join("\n"))).toEqual([]);
        // Button and menu labels (components) are plain text: Discord renders no mention or link there.
        const shared = renderDiscordReply(answer, { ephemeral: false, sharedBy: ASKER });
        expect(shared.allowedMentions).toEqual({ parse: [] });
        expect(
          discordProblems(allStrings([shared.content, shared.embeds]).join("\n"), [`<@${ASKER}>`]),
        ).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);

  it("inert() text stays inert wherever a fit cuts it, alone or joined in lines", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 60 }), (text, max) => {
        expect(discordProblems(inert(text))).toEqual([]);
        expect(discordProblems(fitText(inert(text), max))).toEqual([]);
        expect(discordProblems(fitLines([inert(text), inert(text)], max + 2))).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);

  it("a cut inside a code block closes it, so what it held verbatim stays verbatim", () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.string({ maxLength: 30 }),
        fc.integer({ min: 8, max: 300 }),
        (text, before, max) => {
          const block = `${inert(before)}\n${FENCE}\n${text.replace(/`+/g, "'")}\n${FENCE}`;
          const fitted = fitText(block, max);
          expect(fitted.length).toBeLessThanOrEqual(max);
          expect(fitted.split(FENCE).length % 2).toBe(1);
          expect(discordProblems(fitted)).toEqual([]);
        },
      ),
      RUNS,
    );
  }, 120_000);

  it("accepts the data's own links and refuses others (so the checks above can fail)", () => {
    const reply = renderDiscordReply(execute(desk, { name: "show", query: "tehran-us-1979" }), {
      ephemeral: true,
    });
    const text = allStrings(reply.embeds).join("\n");
    expect(urlsIn(text).length).toBeGreaterThan(0);
    expect(discordProblems(text)).toEqual([]);
    for (const bad of [
      "@everyone",
      "<@&1>",
      "<@1>",
      "<#1>",
      "[x](https://evil.example)",
      "https://evil.example",
    ])
      expect(discordProblems(bad)).not.toEqual([]);
  });
});
