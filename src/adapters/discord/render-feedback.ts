import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from "discord.js";
import {
  MAX_FEEDBACK_TEXT,
  REPORT_REASON_LABELS,
  REPORT_REASONS,
  type ReportReason,
} from "../../core/index.js";
import { DISCORD_LIMITS } from "./limits.js";
import { fitText } from "./text.js";

/** Modal custom ids: `fb:r:<record id>` for a report, `fb:s` for a suggestion (ids are ≤ 100 characters). */
const PREFIX = "fb:";

/** A form of text inputs (Discord modals hold nothing else): what is wrong or what happened, and a reason or a link. */
export function renderFeedbackModal(
  kind: "report" | "suggestion",
  recordId: string | undefined,
  recordTitle: string | undefined,
): APIModalInteractionResponseCallbackData {
  const input = (
    custom_id: string,
    label: string,
    style: TextInputStyle,
    required: boolean,
    placeholder: string,
  ) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id,
        label,
        style,
        required,
        placeholder: fitText(placeholder, 100),
        max_length: custom_id === "text" ? MAX_FEEDBACK_TEXT : 300,
      },
    ],
  });
  if (kind === "report")
    return {
      custom_id: `${PREFIX}r:${recordId ?? ""}`.slice(0, DISCORD_LIMITS.components.customId),
      title: fitText(`Report: ${recordTitle ?? recordId ?? "a record"}`, 45),
      components: [
        input(
          "text",
          "What is wrong",
          TextInputStyle.Paragraph,
          true,
          "The seizure began on 4 November, not 5 (source: …)",
        ),
        input(
          "reason",
          "Kind of problem (optional)",
          TextInputStyle.Short,
          false,
          REPORT_REASONS.map((r) => REPORT_REASON_LABELS[r]).join(", "),
        ),
      ],
    };
  return {
    custom_id: `${PREFIX}s`,
    title: "Suggest an incident",
    components: [
      input(
        "text",
        "What happened, when and where",
        TextInputStyle.Paragraph,
        true,
        "Embassy of X in Y stormed by protesters, March 2025",
      ),
      input(
        "url",
        "Source link (optional)",
        TextInputStyle.Short,
        false,
        "https://… the original publisher's page",
      ),
    ],
  };
}

/** The modal's custom id back to what it is about; undefined for a modal we did not send. */
export function feedbackTargetOf(
  customId: string,
): { kind: "report"; recordId: string } | { kind: "suggestion" } | undefined {
  if (customId === `${PREFIX}s`) return { kind: "suggestion" };
  if (customId.startsWith(`${PREFIX}r:`))
    return { kind: "report", recordId: customId.slice(`${PREFIX}r:`.length) };
  return undefined;
}

/** "wrong toll", "Toll", "date" → the reason it names; anything else is "other". */
export function reasonOf(text: string): ReportReason {
  const t = text.trim().toLowerCase();
  if (t === "") return "other";
  const found = REPORT_REASONS.find(
    (r) =>
      REPORT_REASON_LABELS[r].toLowerCase() === t ||
      r === t ||
      REPORT_REASON_LABELS[r].toLowerCase().includes(t),
  );
  return found ?? "other";
}
