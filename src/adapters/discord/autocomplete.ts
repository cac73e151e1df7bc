import type { APIApplicationCommandOptionChoice } from "discord.js";
import { findRecords, isCommandName, notability, type Desk } from "../../core/index.js";
import { DISCORD_LIMITS } from "./limits.js";
import { fitText } from "./text.js";

type Choice = APIApplicationCommandOptionChoice<string>;
const LIMIT = DISCORD_LIMITS.autocomplete;

/**
 * Autocomplete cannot be deferred and must answer within 3 seconds
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction),
 * so suggestions come from the in-memory index, and the empty-query lists are built once.
 */
export function createSuggester(desk: Desk): (subcommand: string, typed: string) => Choice[] {
  const notableIncidents = [...desk.dataset.incidents]
    .sort((a, b) => notability(b) - notability(a))
    .map((r) => choiceOf(r.title));
  const lawChoices = desk.keyDuties.map((d) => choiceOf(d.title));
  return (subcommand, typed) => {
    const query = typed.trim();
    if (query === "") return (subcommand === "duty" ? lawChoices : notableIncidents).slice(0, LIMIT.choices);
    const name = isCommandName(subcommand) ? subcommand : "search";
    const found = findRecords(desk, { name, query });
    const hits = found.ok ? (found.value.hits.length > 0 ? found.value.hits : found.value.suggestions) : [];
    const choices = unique(hits.map((h) => choiceOf(h.doc.item.record.title)));
    // Typing is allowed past the suggestions; offering the text itself keeps it one click away.
    if (choices.length === 0 && query.length <= LIMIT.choiceValue)
      choices.push({ name: query, value: query });
    return choices.slice(0, LIMIT.choices);
  };
}

function choiceOf(title: string): Choice {
  return { name: fitText(title, LIMIT.choiceName), value: fitText(title, LIMIT.choiceValue) };
}

function unique(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((c) => !seen.has(c.value) && seen.add(c.value));
}
