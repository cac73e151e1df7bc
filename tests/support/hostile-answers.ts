import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  COMMAND_NAMES,
  commandFromText,
  describeFeedbackError,
  emptyAnswer,
  execute,
  feedbackRefusedAnswer,
  myReportsAnswer,
  readFeedback,
  reviewAnswer,
  type Answer,
  type Desk,
} from "../../src/core/index.js";

/**
 * What a hostile or careless person may type: every way Slack and Discord write a mention or a
 * link, markdown that could form one, zero-width and bidi characters, emoji, lone surrogates, and
 * the words the desk understands (so queries reach deep into the core, not only its error path).
 */
export const HOSTILE_PIECES = [
  "@everyone",
  "@here",
  "@EVERYONE",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123>",
  "<!subteam^S123|@team>",
  "<@U123>",
  "<@W123|bob>",
  "<@&123456789012345678>",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<#C1>",
  "<#123456789012345678>",
  "</embassy:1>",
  "<https://evil.example|x>",
  "<mailto:a@evil.example|x>",
  "[x](https://evil.example)",
  "[x](<https://evil.example>)",
  "https://evil.example/a?b=c&d=e",
  "http://evil.example",
  "HTTPS://EVIL.EXAMPLE",
  "&lt;!channel&gt;",
  "&lt;https://evil.example|x&gt;",
  "&amp;",
  "\u200b",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u202e",
  "😀",
  "👩‍👩‍👧",
  "\ud800",
  "\udfff",
  "\u001b[31m",
  "`",
  "```",
  "*",
  "_",
  "~",
  "|",
  "\\",
  ">",
  "#",
  "-",
  "\n",
  " ",
  "host:",
  "type:storming",
  "mission:",
  " vs ",
  "1979..2019",
  "tehran",
  "embassy",
  "stormed",
  "art 22",
];

export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { maxLength: 10 },
  )
  .chain((parts) =>
    // Now and then a long text, so the renderers' cuts (at their limits) fall inside hostile pieces.
    fc
      .oneof({ weight: 9, arbitrary: fc.constant(1) }, fc.integer({ min: 5, max: 40 }))
      .map((times) => parts.join("").repeat(times)),
  );

/** Every URL anywhere in data/: the only links an answer may carry. */
export function dataUrls(dir = "data"): Set<string> {
  const urls = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string" && /^https?:\/\//i.test(value)) urls.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (path.endsWith(".json")) walk(JSON.parse(readFileSync(path, "utf8")));
  };
  visit(dir);
  return urls;
}

const TYPED = COMMAND_NAMES.filter((n) => !["report", "suggest", "my", "review"].includes(n));

/**
 * Answers that carry the text somewhere: every command with it as the query (typed, as Slack and
 * the console pass it, and as a button's command), feedback errors, a reader's own reports, the
 * review post, quiz outcomes and no-match answers; and an answer with the text in every field a
 * renderer shows, for what the core does not happen to quote today.
 */
export function hostileAnswers(desk: Desk): fc.Arbitrary<Answer> {
  return hostileCases(desk).map((c) => c.answer);
}

/** An answer with the texts that went into it (what a person typed or filed). */
export interface HostileCase {
  inputs: string[];
  answer: Answer;
}

export function hostileCases(desk: Desk): fc.Arbitrary<HostileCase> {
  const query = fc.tuple(fc.constantFrom(...TYPED), hostileText, fc.nat(1000)).chain(([name, text, seed]) =>
    fc
      .constantFrom(
        () => execute(desk, { ...commandFromText(`${name} ${text}`), seed }),
        () => execute(desk, { name, query: text, seed }),
        () => execute(desk, commandFromText(text)),
        () => execute(desk, { name: "answer", query: String(seed % 5), seed }),
      )
      .map((make) => ({ inputs: [text], answer: make() })),
  );
  const feedback = fc.tuple(hostileText, hostileText).map(([text, url]): HostileCase => {
    const read = readFeedback(desk.dataset, { kind: "suggestion", text, url });
    const report = readFeedback(desk.dataset, { kind: "report", recordId: text, text });
    const error = !read.ok ? read.error : !report.ok ? report.error : undefined;
    const answer = error ? feedbackRefusedAnswer(describeFeedbackError(error)) : feedbackRefusedAnswer(text);
    return { inputs: [text, url], answer };
  });
  const item = (text: string) => ({
    id: 7,
    kind: "report" as const,
    recordId: text,
    text,
    status: "rejected" as const,
    note: text,
    createdAt: "2026-12-02T05:00:00.000Z",
    reason: text,
    url: text,
    platform: "slack",
    question: text,
    dataVersion: "1.5.0",
  });
  const filed = hostileText.chain((text) =>
    fc
      .constantFrom(myReportsAnswer([item(text)]), reviewAnswer(item(text)))
      .map((answer) => ({ inputs: [text], answer })),
  );
  const everywhere = hostileText.map((text): HostileCase => ({
    inputs: [text],
    answer: {
      ...emptyAnswer("no-match", `About ${text}`),
      summary: text,
      facts: [{ label: text, value: text }],
      results: [{ kind: "incident", id: text, title: text, line: text, score: 1 }],
      related: [{ kind: "duty", id: text, title: text }],
      suggestions: [text],
      quiz: {
        question: text,
        options: [text, text],
        outcome: { chosen: 0, correct: 1, explanation: text },
      },
      // Sources (citations, a quote's source) come only from the data, never from what a person typed.
      quote: { text, source: "https://legal.un.org/ilc/texts/instruments/english/conventions/9_1_1961.pdf" },
      paste: [text],
      data: desk.dataset.version,
    },
  }));
  return fc.oneof({ weight: 3, arbitrary: query }, feedback, filed, everywhere);
}

/** URLs in rendered text: a scheme and at least one character of a host (the prose's "https://…" is no link). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[\p{L}\p{N}][^\s<>|\]\\`"]*/giu)].map((m) => m[0]);
}

/**
 * The URL is one of the data's, allowing for punctuation that follows it in a sentence or a
 * markdown link, and for the parentheses a renderer percent-encodes so a link cannot end early.
 */
export function isDataUrl(url: string, known: ReadonlySet<string>): boolean {
  for (let candidate = url; candidate.length > 0; candidate = candidate.slice(0, -1)) {
    if (known.has(candidate) || known.has(candidate.replace(/%28/g, "(").replace(/%29/g, ")"))) return true;
    if (!/[).,;:!?*_~']$/.test(candidate)) return false;
  }
  return false;
}
