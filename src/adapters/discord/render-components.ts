import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
} from "discord.js";
import type { ParkedCommands } from "../../buttons/park-commands.js";
import type { Action, Answer } from "../../core/index.js";
import { customIdOf, OPEN_MENU_ID, SHARE_MESSAGE_ID } from "./custom-id.js";
import { DISCORD_LIMITS } from "./limits.js";
import { fitText } from "./text.js";

const LIMIT = DISCORD_LIMITS.components;
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * Buttons for the answer's actions and a menu to open any listed record. A message already in the
 * channel gets no Share button. Labels are plain text on Discord (no markdown, no mentions).
 */
export function renderComponents(
  answer: Answer,
  options: { shareable: boolean; parked?: ParkedCommands },
): ActionRow[] {
  const rows: ActionRow[] = [];
  // Discord rejects a message in which two components share a custom_id: a disabled button is
  // numbered, and a second button doing exactly what an earlier one does is left out.
  const used = new Set<string>([OPEN_MENU_ID]);
  const unique = (b: APIButtonComponentWithCustomId) => !used.has(b.custom_id) && used.add(b.custom_id);
  const render = (a: Action, style: ButtonStyle.Primary | ButtonStyle.Secondary, i: number) =>
    button(a, style, i, options.parked);
  const answers = answer.actions
    .map((a, i) => (a.type === "quiz-answer" ? render(a, ButtonStyle.Primary, i) : undefined))
    .filter((b) => b !== undefined)
    .filter(unique);
  const others = answer.actions
    .map((a, i) =>
      a.type !== "quiz-answer" && (options.shareable || a.type !== "share")
        ? render(a, a.type === "share" ? ButtonStyle.Primary : ButtonStyle.Secondary, i)
        : undefined,
    )
    .filter((b) => b !== undefined)
    .filter(unique);
  for (const buttons of [answers, others]) {
    if (buttons.length > 0)
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(0, LIMIT.buttonsPerRow) });
  }
  const menu = openMenuOptions(answer);
  if (menu.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: OPEN_MENU_ID,
          placeholder: "Open a record…",
          options: menu,
        },
      ],
    });
  }
  return rows.slice(0, LIMIT.rows);
}

function button(
  action: Action,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  index: number,
  parked: ParkedCommands | undefined,
): APIButtonComponentWithCustomId {
  // Without the database, a share whose command is too long to carry shares the clicked message
  // itself; other actions that do not fit become a disabled button rather than a broken one.
  const customId = customIdOf(action, parked) ?? (action.type === "share" ? SHARE_MESSAGE_ID : undefined);
  return {
    type: ComponentType.Button,
    style,
    label: fitText(action.label, LIMIT.buttonLabel),
    custom_id: customId ?? `x:${action.type}:${index}`,
    ...(customId ? {} : { disabled: true }),
  };
}

/** Every record the answer lists or links, once, so a click opens it without typing. */
function openMenuOptions(answer: Answer): APISelectMenuOption[] {
  const seen = new Set<string>();
  const options: APISelectMenuOption[] = [];
  const listed = [
    ...answer.results,
    ...answer.related.map((ref) => ({
      ...ref,
      line: ref.kind === "duty" ? "Related law" : "Related incident",
    })),
  ];
  for (const ref of listed) {
    if (seen.has(ref.id) || ref.id.length > LIMIT.selectOptionValue) continue;
    seen.add(ref.id);
    const line = ref.line;
    options.push({
      label: fitText(ref.title, LIMIT.selectOptionLabel),
      value: ref.id,
      description: fitText(line, LIMIT.selectOptionDescription),
    });
  }
  return options.slice(0, LIMIT.selectOptions);
}
