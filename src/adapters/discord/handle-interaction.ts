import { randomUUID } from "node:crypto";
import type { APIInteractionResponse } from "discord.js";
import {
  emptyAnswer,
  execute,
  isStatefulCommand,
  readReviewCommand,
  REVIEW_MESSAGES,
  reviewAnswer,
  type Answer,
  type Desk,
} from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import { feedbackTargetOf, reasonOf, renderFeedbackModal } from "./render-feedback.js";
import { isMaintainer, noteModal, noteTargetOf } from "./review.js";
import type { ReviewSettings } from "../../config.js";
import { createSuggester } from "./autocomplete.js";
import { CONTEXT_COMMAND_NAME, OPTION, queryOptionOf, SLASH_COMMAND_NAME } from "./commands.js";
import type { Logger } from "./config.js";
import { actionFromCustomId, OPEN_MENU_ID } from "./custom-id.js";
import { commandFromMessage, commandFromSlash } from "./inbound.js";
import {
  booleanOption,
  commandNameOf,
  customIdOf,
  focusedValueOf,
  INTERACTION,
  isButton,
  isChatInput,
  isEphemeralMessage,
  isMessageCommand,
  isStringSelect,
  modalFieldsOf,
  selectedValuesOf,
  slashOptionsOf,
  stringOption,
  targetMessageOf,
  userIdOf,
  userOption,
  type RawInteraction,
} from "./read-interaction.js";
import { renderDiscordReply, type DiscordReply, type ReplyOptions } from "./render.js";

export interface HandlerDeps {
  desk: Desk;
  seed: () => number;
  logger?: Logger | undefined;
  /** Reports and suggestions; without it those commands say they are unavailable. */
  feedback?: FeedbackService;
  /** The review channel's maintainers' role, when configured. */
  review?: ReviewSettings;
}

/** Turns one interaction into the response Discord expects; undefined for interactions the bot does not serve. */
export type InteractionHandler = (interaction: RawInteraction) => Promise<APIInteractionResponse | undefined>;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type */
const RESPONSE = { pong: 1, reply: 4, update: 7, choices: 8, modal: 9 } as const;

/** Clicks that answer with a new private message instead of replacing the one clicked. */
const ADDS_A_MESSAGE = new Set<string>(["related", "show", "cite"]);

const STALE = "That button is out of date. Ask again with /embassy.";

/**
 * Routes each interaction to the core and returns the rendered response. Both transports call it:
 * the gateway posts the response to the interaction's callback route, the HTTP endpoint answers
 * the POST with it. Errors are logged once, with a reference the person is given.
 */
export function createInteractionHandler(deps: HandlerDeps): InteractionHandler {
  const suggest = createSuggester(deps.desk);
  const answer = (command: Parameters<typeof execute>[1]) => execute(deps.desk, command);
  const privately = (result: Answer) => reply(result, { ephemeral: true });

  async function onSlash(i: RawInteraction): Promise<APIInteractionResponse> {
    const { subcommand: named, options } = slashOptionsOf(i);
    const subcommand = named ?? "help";
    const forUser = userOption(options, OPTION.for);
    const command = commandFromSlash({
      subcommand,
      query: stringOption(options, queryOptionOf(subcommand)),
      type: stringOption(options, OPTION.type),
      response: stringOption(options, OPTION.response),
      seed: deps.seed(),
    });
    const asked = command ?? { name: "help" as const, query: "" };
    // Stored before the reply, so the thank-you is never premature; always private.
    const stored = isStatefulCommand(asked.name) ? deps.feedback?.handle(asked, originOf(i)) : undefined;
    if (stored) return privately(await stored);
    const result = answer(asked);
    // Mistakes stay between the person and the bot, even when they asked to post publicly.
    // So do citations: they are notes for the asker to paste, not posts.
    const privateOnly = result.kind === "error" || result.kind === "citation";
    const ephemeral = privateOnly || !(booleanOption(options, OPTION.public) || forUser);
    return reply(result, { ephemeral, ...(forUser && !ephemeral ? { addressedTo: forUser } : {}) });
  }

  function onAutocomplete(i: RawInteraction): APIInteractionResponse {
    const { subcommand, options } = slashOptionsOf(i);
    return {
      type: RESPONSE.choices,
      data: { choices: suggest(subcommand ?? "search", focusedValueOf(options)) },
    };
  }

  function onContext(i: RawInteraction): APIInteractionResponse {
    const message = targetMessageOf(i);
    const command = commandFromMessage({ content: message.content ?? "", embeds: message.embeds ?? [] });
    return privately(answer(command));
  }

  async function onButton(i: RawInteraction): Promise<APIInteractionResponse> {
    const clicked = actionFromCustomId(customIdOf(i));
    if (!clicked) return privately(notice(STALE));
    if (clicked.type === "review" && clicked.command) {
      const decision = readReviewCommand(clicked.command);
      const { feedback, review } = deps;
      if (!decision || !feedback || !review) return privately(notice(STALE));
      if (!isMaintainer(i, review)) return privately(notice(REVIEW_MESSAGES.notMaintainer));
      if (decision.decision !== "accepted")
        return { type: RESPONSE.modal, data: noteModal(decision.id, decision.decision) };
      const item = await feedback.review(decision.id, "accepted", null);
      if (!item) return privately(notice(REVIEW_MESSAGES.noSuchItem(decision.id)));
      return update(reviewAnswer(item), { ephemeral: false });
    }
    if ((clicked.type === "report" || clicked.type === "suggest") && clicked.command) {
      const recordId = clicked.type === "report" ? clicked.command.query : undefined;
      const record = recordId
        ? (deps.desk.dataset.incidentById.get(recordId) ?? deps.desk.dataset.dutyById.get(recordId))
        : undefined;
      return {
        type: RESPONSE.modal,
        data: renderFeedbackModal(
          clicked.type === "report" ? "report" : "suggestion",
          recordId,
          record?.title,
        ),
      };
    }
    const inPrivate = isEphemeralMessage(i);
    if (clicked.type === "share") {
      const sharedBy = userIdOf(i);
      if (clicked.command) return reply(answer(clicked.command), { ephemeral: false, sharedBy });
      // The command was too long for a custom id: share the message itself, which carries the answer.
      const copy = messageData(renderDiscordReply(notice(""), { ephemeral: false, sharedBy }));
      return { type: RESPONSE.reply, data: { ...copy, embeds: i.message?.embeds ?? [], components: [] } };
    }
    const result = answer(clicked.command!);
    // Paging and quiz steps replace a private answer in place; on a message in the channel they
    // answer the clicker privately, so nobody rewrites what others are reading.
    const replaces = inPrivate && !ADDS_A_MESSAGE.has(clicked.type);
    return replaces ? update(result, { ephemeral: true }) : privately(result);
  }

  async function onModal(i: RawInteraction): Promise<APIInteractionResponse> {
    const fields = modalFieldsOf(i);
    const note = noteTargetOf(customIdOf(i));
    if (note && deps.feedback && deps.review) {
      if (!isMaintainer(i, deps.review)) return privately(notice(REVIEW_MESSAGES.notMaintainer));
      const text = fields.get("note");
      if (text === undefined) throw new Error("the note modal came back without its note field");
      const item = await deps.feedback.review(note.id, note.decision, text.trim());
      if (!item) return privately(notice(REVIEW_MESSAGES.noSuchItem(note.id)));
      // A modal opened from a button updates the message that holds the button.
      return i.message
        ? update(reviewAnswer(item), { ephemeral: false })
        : reply(reviewAnswer(item), { ephemeral: false });
    }
    const target = feedbackTargetOf(customIdOf(i));
    if (!target || !deps.feedback) return privately(notice(STALE));
    const field = (id: string) => fields.get(id) ?? "";
    const input =
      target.kind === "report"
        ? {
            kind: "report" as const,
            recordId: target.recordId,
            reason: reasonOf(field("reason")),
            text: field("text"),
          }
        : {
            kind: "suggestion" as const,
            text: field("text"),
            ...(field("url") ? { url: field("url") } : {}),
          };
    const shown = target.kind === "report" ? [target.recordId] : [];
    return privately(await deps.feedback.submit(input, { ...originOf(i), shownIds: shown }));
  }

  function onSelect(i: RawInteraction): APIInteractionResponse {
    const id = selectedValuesOf(i)[0];
    return privately(
      customIdOf(i) === OPEN_MENU_ID && id ? answer({ name: "show", query: id }) : notice(STALE),
    );
  }

  async function route(i: RawInteraction): Promise<APIInteractionResponse | undefined> {
    const name = commandNameOf(i);
    if (i.type === INTERACTION.ping) return { type: RESPONSE.pong };
    if (i.type === INTERACTION.autocomplete)
      return name === SLASH_COMMAND_NAME ? onAutocomplete(i) : undefined;
    if (isChatInput(i)) return name === SLASH_COMMAND_NAME ? onSlash(i) : undefined;
    if (isMessageCommand(i)) return name === CONTEXT_COMMAND_NAME ? onContext(i) : undefined;
    if (isButton(i)) return onButton(i);
    if (isStringSelect(i)) return onSelect(i);
    if (i.type === INTERACTION.modalSubmit) return onModal(i);
    return undefined;
  }

  return async (interaction) => {
    try {
      return await route(interaction);
    } catch (error) {
      const reference = randomUUID().slice(0, 8);
      deps.logger?.error(
        { err: error, reference, interactionType: interaction.type },
        "discord interaction failed",
      );
      // Autocomplete cannot carry a message: an empty list is the only answer it takes.
      if (interaction.type === INTERACTION.autocomplete)
        return { type: RESPONSE.choices, data: { choices: [] } };
      return privately(
        notice(`Something went wrong on my side. If it happens again, quote reference ${reference}.`),
      );
    }
  };
}

/** A new message (callback type 4). */
function reply(answer: Answer, options: ReplyOptions): APIInteractionResponse {
  return { type: RESPONSE.reply, data: messageData(renderDiscordReply(answer, options)) };
}

/** Replaces the message the component is on (callback type 7); its visibility cannot change. */
function update(answer: Answer, options: ReplyOptions): APIInteractionResponse {
  const { flags: _flags, ...data } = messageData(renderDiscordReply(answer, options));
  return { type: RESPONSE.update, data };
}

/** The reply in the API's own field names. */
function messageData(reply: DiscordReply) {
  const { allowedMentions, ...rest } = reply;
  return { ...rest, allowed_mentions: allowedMentions };
}

function notice(summary: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary };
}

/** Where a report comes from: the server, the channel and the person, by their Discord ids. */
function originOf(i: RawInteraction) {
  return {
    platform: "discord",
    workspace: i.guild_id ?? null,
    channel: i.channel_id ?? null,
    reporter: userIdOf(i),
  };
}
