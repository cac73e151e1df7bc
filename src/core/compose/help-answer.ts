import { emptyAnswer, type Answer } from "../answer.js";
import { PUBLIC_COMMANDS } from "../commands.js";
import type { Dataset } from "../dataset/dataset.js";
import { FILTER_KEYS } from "../query/parse-query.js";

/** Help is generated from the command table, so it can never describe a command that is not there. */
export function helpAnswer(dataset: Dataset, prefix = "/embassy"): Answer {
  return {
    ...emptyAnswer("help", "Embassy Desk: how to ask"),
    summary:
      `Ask about attacks on embassies and what the law asks of the host state. ` +
      `I know ${dataset.incidents.length} incidents and ${dataset.duties.length} treaty articles, cases and concepts, every one with sources. ` +
      `Filters: ${FILTER_KEYS.map((k) => `${k}:`).join(" ")} and year ranges like 1979..2019.`,
    facts: PUBLIC_COMMANDS.map((c) => ({
      label:
        c.name === "search"
          ? `${prefix} <question>`
          : `${prefix} ${c.name}${c.query ? ` <${c.query.name}>` : ""}`,
      value: `${c.description}.${
        c.examples.filter(Boolean).length
          ? ` e.g. ${c.examples
              .filter(Boolean)
              .map((e) => `${prefix} ${c.name === "search" ? "" : `${c.name} `}${e}`)
              .join(" · ")}`
          : ""
      }`,
    })),
  };
}
