import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSlackAnswer } from "../../../src/adapters/slack/render.js";
import { renderFeedbackModal, renderFeedbackOutcome } from "../../../src/adapters/slack/render-feedback.js";
import { execute } from "../../../src/core/index.js";
import { dataUrls, hostileAnswers, hostileText, isDataUrl } from "../../support/hostile-answers.js";
import { loadDesk } from "../../support/desk.js";
import { limitProblems, mrkdwnStrings } from "./support/check-blocks.js";

const desk = loadDesk();
const KNOWN = dataUrls();
/** More with PROPERTY_RUNS=5000 when hunting; 300 keeps `npm test` quick. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const tehran = execute(desk, { name: "show", query: "tehran-us-1979" });

/**
 * Slack acts on `<…>` in mrkdwn (mentions, `<!channel>`, links) and, without `verbatim`, on bare
 * names and URLs. Inert: every `<…>` is a link to a URL from the data (or a mention we chose), and
 * every mrkdwn object is verbatim.
 */
function slackProblems(payload: unknown, allowed: string[] = []): string[] {
  const problems: string[] = [];
  for (const text of mrkdwnStrings(payload)) {
    for (const [token] of text.matchAll(/<[^>]*>?/g)) {
      if (allowed.includes(token)) continue;
      const link = /^<(https?:\/\/[^|>\s]+)\|[^>]*>$/.exec(token)?.[1];
      const url = link?.replace(/%7C/g, "|").replace(/%3C/g, "<").replace(/%3E/g, ">").replace(/&amp;/g, "&");
      if (url === undefined) problems.push(`live markup ${JSON.stringify(token)}`);
      else if (!KNOWN.has(url)) problems.push(`a link the data did not provide: ${url}`);
    }
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    if (obj.type === "mrkdwn" && obj.verbatim !== true) problems.push("mrkdwn without verbatim");
    Object.values(obj).forEach(walk);
  };
  walk((payload as { blocks?: unknown }).blocks);
  return problems;
}

describe("Slack renderers, for any text a person or the data puts in an answer", () => {
  it("never write a live mention or a link the data did not provide, and keep Slack's limits", () => {
    fc.assert(
      fc.property(hostileAnswers(desk), (answer) => {
        const message = renderSlackAnswer(answer);
        expect(slackProblems(message)).toEqual([]);
        expect(limitProblems(message as unknown as Record<string, unknown>)).toEqual([]);
        const shared = renderSlackAnswer(answer, { sharedBy: "U0ASKER" });
        expect(slackProblems(shared, ["<@U0ASKER>"])).toEqual([]);
        const outcome = renderFeedbackOutcome(answer);
        expect(slackProblems(outcome)).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);

  it("write a shared-by mention only for a real Slack user id", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shared = renderSlackAnswer(tehran, { sharedBy: text });
        const allowed = /^[UW][A-Z0-9]{2,}$/.test(text) ? [`<@${text}>`] : [];
        expect(slackProblems(shared, allowed)).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);

  it("keep the report form's record title and question inert", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, question) => {
        const view = renderFeedbackModal({ kind: "report", recordId: "tehran-us-1979", question }, title);
        expect(slackProblems(view)).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);

  it("accepts the data's own links and refuses others (so the checks above can fail)", () => {
    const answer = renderSlackAnswer(tehran);
    const links = mrkdwnStrings(answer).flatMap((t) => [...t.matchAll(/<(https?:\/\/[^|>]+)\|/g)]);
    expect(links.length).toBeGreaterThan(0);
    for (const [, url] of links) expect(isDataUrl(url!.replace(/&amp;/g, "&"), KNOWN)).toBe(true);
    expect(slackProblems({ text: "<https://evil.example|x>" })).toHaveLength(1);
    expect(slackProblems({ text: "<!channel>" })).toHaveLength(1);
  });
});
