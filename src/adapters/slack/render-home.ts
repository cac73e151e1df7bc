import type { types } from "@slack/bolt";
import { PUBLIC_COMMANDS, type Dataset } from "../../core/index.js";
import { context, header, section, type Block } from "./blocks.js";
import { CONTEXT_SHORTCUT_NAME } from "./render-notices.js";
import { SLASH_COMMAND } from "./inbound.js";
import { LIMITS } from "./limits.js";
import { escapeMrkdwn as esc, truncateMrkdwn } from "./mrkdwn.js";

const PUBLISHERS_SHOWN = 12;

/** The App Home tab: what the bot does, how to ask, and what the data covers. Pure: dataset in, view out. */
export function renderSlackHome(dataset: Dataset): types.HomeView {
  const examples = PUBLIC_COMMANDS.flatMap((c) =>
    c.examples
      .filter(Boolean)
      .map((e) => `\`${SLASH_COMMAND} ${c.name === "search" ? "" : `${c.name} `}${esc(e)}\``),
  );
  const blocks: Block[] = [
    header("Embassy Desk"),
    section(
      "Answers, in seconds and with sources, two questions that come up when an embassy is attacked: " +
        "*what happened before* (stormings, sieges, bombings, and how the host state's security forces responded) and " +
        "*who must protect an embassy, and how* (the Vienna Conventions, the ICJ's judgments, and the concepts behind them).",
    ),
    header("Ask"),
    section(truncateMrkdwn(examples.map((e) => `• ${e}`).join("\n"), LIMITS.sectionText)),
    section(
      `Answers are visible only to you; *Share in channel* posts one for everyone. ` +
        `In a thread, or on any message, open the message's ⋯ menu and choose *${CONTEXT_SHORTCUT_NAME}*: ` +
        `I find the incidents and law it is about.`,
    ),
    header("Data"),
    section(coverageText(dataset)),
    context([
      truncateMrkdwn(`*Sources include:* ${publishers(dataset).map(esc).join(" · ")}`, LIMITS.contextText),
    ]),
  ];
  return { type: "home", blocks: blocks.slice(0, LIMITS.viewBlocks) };
}

function coverageText(dataset: Dataset): string {
  const years = dataset.incidents.map((r) => Number(r.date.slice(0, 4))).sort((a, b) => a - b);
  const hosts = new Set(dataset.incidents.map((r) => r.hostCountry)).size;
  const span = years.length > 0 ? `, ${years[0]}–${years[years.length - 1]}` : "";
  return (
    `*${dataset.incidents.length}* incidents at diplomatic missions${span}, in ${hosts} host countries. ` +
    `*${dataset.duties.length}* treaty articles, court cases and concepts. ` +
    `Every record cites its sources; treaty articles are quoted from the official text.`
  );
}

/** The most cited publishers, most cited first. */
function publishers(dataset: Dataset): string[] {
  const counts = new Map<string, number>();
  for (const record of [...dataset.incidents, ...dataset.duties]) {
    for (const s of record.sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, PUBLISHERS_SHOWN)
    .map(([name]) => name);
}
