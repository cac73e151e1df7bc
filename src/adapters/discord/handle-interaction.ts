import { randomUUID } from "node:crypto";
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from "discord.js";
import {
  emptyAnswer,
  execute,
  isStatefulCommand,
  readReviewCommand,
  REVIEW_MESSAGES,
  reviewAnswer,
  roundNote,
  type Answer,
  type Desk,
} from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { QuizRoundService, RoundPlayer } from "../../quiz/round-service.js";
import { feedbackTargetOf, reasonOf, renderFeedbackModal } from "./render-feedback.js";
import { isMaintainer, noteModal, noteTargetOf } from "./review.js";
import type { ReviewSettings } from "../../config.js";
import { createSuggester } from "./autocomplete.js";
import { CONTEXT_COMMAND_NAME, OPTION, queryOptionOf, SLASH_COMMAND_NAME } from "./commands.js";
import type { Logger } from "./config.js";
import { actionFromCustomId, OPEN_MENU_ID } from "./custom-id.js";
import { commandFromMessage, commandFromSlash } from "./inbound.js";
import { renderDiscordReply as asMessage } from "./render.js";

export interface HandlerDeps {
  desk: Desk;
  seed: () => number;
  logger?: Logger | undefined;
  /** Reports and suggestions; without it those commands say they are unavailable. */
  feedback?: FeedbackService;
  /** The review channel's maintainers' role, when configured. */
  review?: ReviewSettings;
  /** Quiz rounds; without it `quiz round` is a single question. */
  quiz?: QuizRoundService;
}

/** Clicks that answer with a new private message instead of replacing the one clicked. */
const ADDS_A_MESSAGE = new Set<string>(["related", "show", "cite"]);

const STALE = "That button is out of date. Ask again with /embassy.";
const ROUND_DONE = roundNote("Quiz round", "Done: see the channel.");

/** Routes each interaction to the core and sends the rendered answer back; errors are logged once, with a reference. */
export function createInteractionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  const suggest = createSuggester(deps.desk);
  const answer = (command: Parameters<typeof execute>[1]) => execute(deps.desk, command);

  async function onSlash(i: ChatInputCommandInteraction): Promise<void> {
    const subcommand = i.options.getSubcommand(false) ?? "help";
    const forUser = i.options.getUser(OPTION.for);
    const command = commandFromSlash({
      subcommand,
      query: i.options.getString(queryOptionOf(subcommand)),
      type: i.options.getString(OPTION.type),
      response: i.options.getString(OPTION.response),
      seed: deps.seed(),
    });
    const asked = command ?? { name: "help" as const, query: "" };
    // A round's reply is private; its questions are posted in the channel for everyone.
    const round = deps.quiz?.handle(asked, playerOf(i));
    if (round) {
      const { reply } = await round;
      return void (await i.reply(asMessage(reply ?? ROUND_DONE, { ephemeral: true })));
    }
    // Stored before the reply, so the thank-you is never premature; always private.
    const stored = isStatefulCommand(asked.name) ? deps.feedback?.handle(asked, originOf(i)) : undefined;
    if (stored) return void (await i.reply(asMessage(await stored, { ephemeral: true })));
    const result = answer(asked);
    // Mistakes stay between the person and the bot, even when they asked to post publicly.
    // So do citations: they are notes for the asker to paste, not posts.
    const privateOnly = result.kind === "error" || result.kind === "citation";
    const ephemeral = privateOnly || !(i.options.getBoolean(OPTION.public) || forUser);
    await i.reply(
      asMessage(result, { ephemeral, ...(forUser && !ephemeral ? { addressedTo: forUser.id } : {}) }),
    );
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    await i.respond(suggest(i.options.getSubcommand(false) ?? "search", String(focused.value)));
  }

  async function onContext(i: MessageContextMenuCommandInteraction): Promise<void> {
    const message = i.targetMessage;
    const command = commandFromMessage({
      content: message.content,
      embeds: message.embeds.map((e) => ({ title: e.title, description: e.description, fields: e.fields })),
    });
    await i.reply(asMessage(answer(command), { ephemeral: true }));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const clicked = actionFromCustomId(i.customId);
    if (!clicked) return void (await i.reply(asMessage(notice(STALE), { ephemeral: true })));
    if (clicked.type === "review" && clicked.command) {
      const decision = readReviewCommand(clicked.command);
      const { feedback, review } = deps;
      if (!decision || !feedback || !review)
        return void (await i.reply(asMessage(notice(STALE), { ephemeral: true })));
      if (!isMaintainer(i, review))
        return void (await i.reply(asMessage(notice(REVIEW_MESSAGES.notMaintainer), { ephemeral: true })));
      if (decision.decision !== "accepted")
        return void (await i.showModal(noteModal(decision.id, decision.decision)));
      const item = await feedback.review(decision.id, "accepted", null);
      if (!item)
        return void (await i.reply(
          asMessage(notice(REVIEW_MESSAGES.noSuchItem(decision.id)), { ephemeral: true }),
        ));
      const { flags: _flags, ...update } = asMessage(reviewAnswer(item), { ephemeral: false });
      return void (await i.update(update));
    }
    if ((clicked.type === "report" || clicked.type === "suggest") && clicked.command) {
      const recordId = clicked.type === "report" ? clicked.command.query : undefined;
      const record = recordId
        ? (deps.desk.dataset.incidentById.get(recordId) ?? deps.desk.dataset.dutyById.get(recordId))
        : undefined;
      return void (await i.showModal(
        renderFeedbackModal(clicked.type === "report" ? "report" : "suggestion", recordId, record?.title),
      ));
    }
    const round = clicked.command ? deps.quiz?.handle(clicked.command, playerOf(i)) : undefined;
    if (round) {
      const { reply } = await round;
      // Next and Stop from the starter answer in the channel; the click itself needs no message.
      return void (await (reply ? i.reply(asMessage(reply, { ephemeral: true })) : i.deferUpdate()));
    }
    const inPrivate = i.message.flags.has(MessageFlags.Ephemeral);
    if (clicked.type === "share") {
      if (clicked.command)
        return void (await i.reply(
          asMessage(answer(clicked.command), { ephemeral: false, sharedBy: i.user.id }),
        ));
      // The command was too long for a custom id: share the message itself, which carries the answer.
      const copy = asMessage(notice(""), { ephemeral: false, sharedBy: i.user.id });
      return void (await i.reply({
        ...copy,
        embeds: i.message.embeds.map((e) => e.toJSON()),
        components: [],
      }));
    }
    const result = answer(clicked.command!);
    // Paging and quiz steps replace a private answer in place; on a message in the channel they
    // answer the clicker privately, so nobody rewrites what others are reading.
    const replaces = inPrivate && !ADDS_A_MESSAGE.has(clicked.type);
    if (replaces) {
      const { flags: _flags, ...update } = asMessage(result, { ephemeral: true });
      await i.update(update);
    } else await i.reply(asMessage(result, { ephemeral: true }));
  }

  async function onModal(i: ModalSubmitInteraction): Promise<void> {
    const note = noteTargetOf(i.customId);
    if (note && deps.feedback && deps.review) {
      if (!isMaintainer(i, deps.review))
        return void (await i.reply(asMessage(notice(REVIEW_MESSAGES.notMaintainer), { ephemeral: true })));
      const item = await deps.feedback.review(
        note.id,
        note.decision,
        i.fields.getTextInputValue("note").trim(),
      );
      if (!item)
        return void (await i.reply(
          asMessage(notice(REVIEW_MESSAGES.noSuchItem(note.id)), { ephemeral: true }),
        ));
      const { flags: _flags, ...update } = asMessage(reviewAnswer(item), { ephemeral: false });
      return void (await (i.isFromMessage() ? i.update(update) : i.reply(update)));
    }
    const target = feedbackTargetOf(i.customId);
    if (!target || !deps.feedback) return void (await i.reply(asMessage(notice(STALE), { ephemeral: true })));
    const field = (id: string) => {
      try {
        return i.fields.getTextInputValue(id);
      } catch {
        return "";
      }
    };
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
    await i.reply(
      asMessage(await deps.feedback.submit(input, { ...originOf(i), shownIds: shown }), { ephemeral: true }),
    );
  }

  async function onSelect(i: StringSelectMenuInteraction): Promise<void> {
    const id = i.values[0];
    const result = i.customId === OPEN_MENU_ID && id ? answer({ name: "show", query: id }) : notice(STALE);
    await i.reply(asMessage(result, { ephemeral: true }));
  }

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        if (interaction.commandName === SLASH_COMMAND_NAME) await onAutocomplete(interaction);
      } else if (interaction.isChatInputCommand()) {
        if (interaction.commandName === SLASH_COMMAND_NAME) await onSlash(interaction);
      } else if (interaction.isMessageContextMenuCommand()) {
        if (interaction.commandName === CONTEXT_COMMAND_NAME) await onContext(interaction);
      } else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isStringSelectMenu()) await onSelect(interaction);
      else if (interaction.isModalSubmit()) await onModal(interaction);
    } catch (error) {
      const reference = randomUUID().slice(0, 8);
      deps.logger?.error(
        { err: error, reference, interactionType: interaction.type },
        "discord interaction failed",
      );
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        const sorry = notice(
          `Something went wrong on my side. If it happens again, quote reference ${reference}.`,
        );
        await interaction.reply(asMessage(sorry, { ephemeral: true })).catch(() => undefined);
      }
    }
  };
}

function notice(summary: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary };
}

/** Who answers in a round, and where; the name is the one the server shows (nickname first), as plain text. */
function playerOf(i: Interaction): RoundPlayer {
  const member = i.member;
  const shown =
    member && "displayName" in member
      ? member.displayName
      : ((member && "nick" in member ? member.nick : null) ?? i.user.globalName ?? i.user.username);
  return {
    platform: "discord",
    workspace: i.guildId ?? "",
    channel: i.channelId ?? "",
    userId: i.user.id,
    name: shown,
  };
}

/** Where a report comes from: the server, the channel and the person, by their Discord ids. */
function originOf(i: Interaction) {
  return { platform: "discord", workspace: i.guildId, channel: i.channelId, reporter: i.user.id };
}
