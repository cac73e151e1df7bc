import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../src/adapters/discord/render.js";
import { renderSlackAnswer } from "../../../src/adapters/slack/render.js";
import { cutToLength, execute } from "../../../src/core/index.js";
import { loadDesk } from "../../support/desk.js";

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("cutting text on whole characters", () => {
  it("never splits an emoji, a flag or an accented letter", () => {
    const text = "🏛️🔥🇮🇷 e\u0301 👩🏽‍⚖️".repeat(20);
    for (let max = 0; max < 60; max++) {
      const cut = cutToLength(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(cut)).toBe(true);
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
  });

  it("cuts where segmenting the whole text would, though it segments only the start", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
    const wholeTextCut = (text: string, max: number) => {
      let end = 0;
      for (const { segment } of segmenter.segment(text)) {
        if (end + segment.length > max) break;
        end += segment.length;
      }
      return text.slice(0, end);
    };
    const pieces = [
      "a",
      "é",
      "e\u0301",
      "🔥",
      "🏽",
      "\u200d",
      "⚖️",
      "🇮",
      "🇷",
      "👩",
      "\ufe0f",
      "क",
      "\u094d",
      " ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.nat(80), (parts, max) => {
        const text = parts.join("");
        expect(cutToLength(text, max)).toBe(wholeTextCut(text, max));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no lone surrogate in the Slack header or the Discord title of an emoji-filled timeline", () => {
    const answer = execute(loadDesk(), { name: "timeline", query: "🔥".repeat(400) });
    const slack = renderSlackAnswer({ ...answer, title: "🔥".repeat(400) });
    const header = (slack.blocks[0] as { text: { text: string } }).text.text;
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header).not.toMatch(LONE_SURROGATE);
    const embed = renderDiscordReply({ ...answer, title: "🔥".repeat(400) }, { ephemeral: true }).embeds[0]!;
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title).not.toMatch(LONE_SURROGATE);
  });
});
