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
import {
  createInteractionLog,
  type InteractionLog,
  type InteractionNote,
} from "../../observe/interaction-log.js";
import type { QuizRoundService, RoundPlayer } from "../../quiz/round-service.js";
import { feedbackTargetOf, reasonOf, renderFeedbackModal } from "./render-feedback.js";
import { isMaintainer, noteModal, noteTargetOf } from "./review.js";
import type { ReviewSettings } from "../../config.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import { answeredAsLimited } from "./rate-limit.js";
import { replyWithStatsChart } from "./attach-chart.js";
import { createSuggester } from "./autocomplete.js";
import { CONTEXT_COMMAND_NAME, OPTION, queryOptionOf, SLASH_COMMAND_NAME } from "./commands.js";
import type { Logger } from "./config.js";
import { actionFromCustomId, fitsCustomId, OPEN_MENU_ID } from "./custom-id.js";
import { commandFromMessage, commandFromSlash } from "./inbound.js";
import { renderDiscordReply as asMessage, type DiscordReply, type ReplyOptions } from "./render.js";
import {
  loadParkedCommand,
  parkedLoadAnswer,
  parkLongCommands,
  type ButtonParking,
} from "../../buttons/park-commands.js";

export interface HandlerDeps {
  desk: Desk;
  seed: () => number;
  logger?: Logger | undefined;
  /** Reports and suggestions; without it those commands say they are unavailable. */
  feedback?: FeedbackService;
  /** The review channel's maintainers' role, when configured. */
  review?: ReviewSettings;
  /** Where buttons too long for a custom_id keep their command; without it they are disabled. */
  buttons?: ButtonParking;
  /** Logs, times and counts every interaction; without it failures are still answered with a reference. */
  interactions?: InteractionLog;
  /** Asking too often gets a private "slow down" before the core runs. */
  rateLimiter?: RateLimiter;
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
  /** An answer with buttons: long commands are stored first, so their buttons keep working. */
  const withButtons = async (result: Answer, options: ReplyOptions): Promise<DiscordReply> =>
    asMessage(result, { ...options, parked: await parkLongCommands(result, fitsCustomId, deps.buttons) });
  const interactions =
    deps.interactions ?? createInteractionLog({ dataVersion: deps.desk.dataset.version.version });
  /** The core's answer, noted for the interaction's log line. */
  const answerer = (note: InteractionNote) => (command: Parameters<typeof execute>[1]) => {
    note.command(command.name);
    const result = execute(deps.desk, command);
    note.answered(result);
    return result;
  };

  async function onSlash(i: ChatInputCommandInteraction, note: InteractionNote): Promise<void> {
    const answer = answerer(note);
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
    note.command(asked.name);
    note.text(asked.query);
    // A round's reply is private; its questions are posted in the channel for everyone.
    const round = deps.quiz?.handle(asked, playerOf(i));
    if (round) {
      const { reply } = await round;
      return void (await i.reply(asMessage(reply ?? ROUND_DONE, { ephemeral: true })));
    }
    // Stored before the reply, so the thank-you is never premature; always private.
    const stored = isStatefulCommand(asked.name) ? deps.feedback?.handle(asked, originOf(i)) : undefined;
    if (stored) {
      const result = await stored;
      note.answered(result);
      return void (await i.reply(asMessage(result, { ephemeral: true })));
    }
    const result = answer(asked);
    // Mistakes stay between the person and the bot, even when they asked to post publicly.
    // So do citations: they are notes for the asker to paste, not posts.
    const privateOnly = result.kind === "error" || result.kind === "citation";
    const ephemeral = privateOnly || !(i.options.getBoolean(OPTION.public) || forUser);
    const reply = await withButtons(result, {
      ephemeral,
      ...(forUser && !ephemeral ? { addressedTo: forUser.id } : {}),
    });
    await replyWithStatsChart(i, reply, result, deps.logger);
  }

  async function onAutocomplete(i: AutocompleteInteraction, note: InteractionNote): Promise<void> {
    note.command("autocomplete");
    const focused = i.options.getFocused(true);
    note.text(String(focused.value));
    await i.respond(suggest(i.options.getSubcommand(false) ?? "search", String(focused.value)));
  }

  async function onContext(i: MessageContextMenuCommandInteraction, note: InteractionNote): Promise<void> {
    const answer = answerer(note);
    const message = i.targetMessage;
    const command = commandFromMessage({
      content: message.content,
      embeds: message.embeds.map((e) => ({ title: e.title, description: e.description, fields: e.fields })),
    });
    note.text(command.query);
    await i.reply(await withButtons(answer(command), { ephemeral: true }));
  }

  async function onButton(i: ButtonInteraction, note: InteractionNote): Promise<void> {
    const answer = answerer(note);
    let clicked = actionFromCustomId(i.customId);
    if (!clicked) return void (await i.reply(asMessage(notice(STALE), { ephemeral: true })));
    if (clicked.parked) {
      const loaded = await loadParkedCommand(clicked.parked, deps.buttons);
      if (!loaded.ok)
        return void (await i.reply(asMessage(parkedLoadAnswer(loaded.code), { ephemeral: true })));
      clicked = { type: clicked.type, command: loaded.command };
    }
    note.command(
      clicked.type === "report" || clicked.type === "suggest"
        ? clicked.type
        : (clicked.command?.name ?? clicked.type),
    );
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
          await withButtons(answer(clicked.command), { ephemeral: false, sharedBy: i.user.id }),
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
      const { flags: _flags, ...update } = await withButtons(result, { ephemeral: true });
      await i.update(update);
    } else await i.reply(await withButtons(result, { ephemeral: true }));
  }

  async function onModal(i: ModalSubmitInteraction, note: InteractionNote): Promise<void> {
    const decided = noteTargetOf(i.customId);
    if (decided && deps.feedback && deps.review) {
      note.command("review");
      if (!isMaintainer(i, deps.review))
        return void (await i.reply(asMessage(notice(REVIEW_MESSAGES.notMaintainer), { ephemeral: true })));
      const item = await deps.feedback.review(
        decided.id,
        decided.decision,
        i.fields.getTextInputValue("note").trim(),
      );
      if (!item)
        return void (await i.reply(
          asMessage(notice(REVIEW_MESSAGES.noSuchItem(decided.id)), { ephemeral: true }),
        ));
      const { flags: _flags, ...update } = asMessage(reviewAnswer(item), { ephemeral: false });
      return void (await (i.isFromMessage() ? i.update(update) : i.reply(update)));
    }
    const target = feedbackTargetOf(i.customId);
    if (target) note.command(target.kind === "report" ? "report" : "suggest");
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
    const stored = await deps.feedback.submit(input, { ...originOf(i), shownIds: shown });
    note.answered(stored);
    await i.reply(asMessage(stored, { ephemeral: true }));
  }

  async function onSelect(i: StringSelectMenuInteraction, note: InteractionNote): Promise<void> {
    const answer = answerer(note);
    const id = i.values[0];
    const result = i.customId === OPEN_MENU_ID && id ? answer({ name: "show", query: id }) : notice(STALE);
    await i.reply(asMessage(result, { ephemeral: true }));
  }

  async function dispatch(interaction: Interaction, note: InteractionNote): Promise<void> {
    if (deps.rateLimiter && (await answeredAsLimited(interaction, deps.rateLimiter))) return;
    if (interaction.isAutocomplete()) {
      if (interaction.commandName === SLASH_COMMAND_NAME) await onAutocomplete(interaction, note);
    } else if (interaction.isChatInputCommand()) {
      if (interaction.commandName === SLASH_COMMAND_NAME) await onSlash(interaction, note);
    } else if (interaction.isMessageContextMenuCommand()) {
      if (interaction.commandName === CONTEXT_COMMAND_NAME) await onContext(interaction, note);
    } else if (interaction.isButton()) await onButton(interaction, note);
    else if (interaction.isStringSelectMenu()) await onSelect(interaction, note);
    else if (interaction.isModalSubmit()) await onModal(interaction, note);
  }

  return (interaction) =>
    interactions.track(
      { platform: "discord", via: viaOf(interaction), quiet: interaction.isAutocomplete() },
      (note) => dispatch(interaction, note),
      async (message) => {
        if (!interaction.isRepliable()) return;
        const sorry = asMessage(notice(message), { ephemeral: true });
        await (interaction.replied || interaction.deferred
          ? interaction.followUp(sorry)
          : interaction.reply(sorry));
      },
    );
}

/** How an interaction arrived, for the log line. */
function viaOf(i: Interaction): string {
  if (i.isAutocomplete()) return "autocomplete";
  if (i.isChatInputCommand()) return "slash";
  if (i.isMessageContextMenuCommand()) return "context";
  if (i.isButton()) return "button";
  if (i.isStringSelectMenu()) return "select";
  if (i.isModalSubmit()) return "modal";
  return "other";
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
