import { Routes, TextInputStyle, ComponentType, type Interaction, type REST } from "discord.js";
import type { ReviewSettings } from "../../config.js";
import { reviewAnswer, type ReviewDecision } from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import { renderDiscordReply } from "./render.js";

/** Modal custom ids: `rv:<item>:<decision>`, for the note a rejection or a fix needs. */
const PREFIX = "rv:";

/** Posts every stored item to the review channel, with Accept / Reject / Fixed. */
export function postStoredItemsTo(
  rest: Pick<REST, "post">,
  feedback: FeedbackService,
  review: ReviewSettings,
): void {
  feedback.onStored(async (item) => {
    const { embeds, components } = renderDiscordReply(reviewAnswer(item), { ephemeral: false });
    await rest.post(Routes.channelMessages(review.channel), {
      body: { embeds, components, allowed_mentions: { parse: [] } },
    });
  });
}

/** Only members with the maintainers' role may decide. */
export function isMaintainer(interaction: Interaction, review: ReviewSettings): boolean {
  const roles = interaction.member?.roles;
  if (!roles) return false;
  return Array.isArray(roles) ? roles.includes(review.maintainers) : roles.cache.has(review.maintainers);
}

export function noteModal(id: number, decision: ReviewDecision) {
  return {
    custom_id: `${PREFIX}${id}:${decision}`,
    title: decision === "fixed" ? `Mark #${id} as fixed` : `Reject #${id}`,
    components: [
      {
        type: ComponentType.ActionRow as const,
        components: [
          {
            type: ComponentType.TextInput as const,
            custom_id: "note",
            label:
              decision === "fixed"
                ? "What was fixed (the reporter sees it)"
                : "Why not (the reporter sees it)",
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: 1000,
          },
        ],
      },
    ],
  };
}

export function noteTargetOf(customId: string): { id: number; decision: ReviewDecision } | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const [id, decision] = customId.slice(PREFIX.length).split(":");
  const n = Number(id);
  return Number.isInteger(n) && (decision === "rejected" || decision === "fixed")
    ? { id: n, decision }
    : undefined;
}
