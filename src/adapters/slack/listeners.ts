import type {
  AnyMiddlewareArgs,
  App,
  BlockAction,
  Middleware,
  RespondArguments,
  RespondFn,
} from "@slack/bolt";
import {
  describeFeedbackError,
  execute,
  isStatefulCommand,
  readFeedback,
  type Desk,
} from "../../core/index.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { QuizRoundService } from "../../quiz/round-service.js";
import type { ReviewSettings } from "../../config.js";
import { handleReviewClick, registerReviewChannel } from "./review.js";
import { describe, redactTokens } from "./bolt-logger.js";
import type { AdapterLogger } from "./config.js";
import {
  ACTION_ID_PATTERN,
  clickFromAction,
  commandFromSlash,
  contextCommand,
  CONTEXT_SHORTCUT,
  SLASH_COMMAND,
} from "./inbound.js";
import { renderSlackAnswer } from "./render.js";
import { renderSlackHome } from "./render-home.js";
import { noTextAnswer, renderExpiredNotice } from "./render-notices.js";
import {
  FEEDBACK_VIEW,
  readFeedbackSubmission,
  renderFeedbackModal,
  renderFeedbackOutcome,
} from "./render-feedback.js";

export interface ListenerDeps {
  desk: Desk;
  randomSeed: () => number;
  logger: AdapterLogger | undefined;
  /** Reports and suggestions; without it the Report and Suggest buttons say they are unavailable. */
  feedback?: FeedbackService | undefined;
  /** The review channel and its maintainers' user group, when configured. */
  review?: ReviewSettings | undefined;
  /** Quiz rounds; without it `quiz round` is a single question. */
  quiz?: QuizRoundService | undefined;
}

/** Everything the app answers: one slash command, our buttons, one message shortcut and the Home tab. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { desk, randomSeed, logger, feedback, review, quiz } = deps;
  if (feedback && review) registerReviewChannel(app, { feedback, review });
  app.use(skipRetries);

  // The core answers in milliseconds, so the answer rides in the acknowledgement itself.
  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    const asked = commandFromSlash(command.text, randomSeed);
    // A round's reply is private; its questions go to the channel with chat.postMessage.
    const round = quiz?.handle(asked, {
      platform: "slack",
      workspace: command.team_id,
      channel: command.channel_id,
      userId: command.user_id,
      name: command.user_name,
    });
    if (round) {
      const { reply } = await round;
      return void (await (reply ? ack({ response_type: "ephemeral", ...renderSlackAnswer(reply) }) : ack()));
    }
    // A typed report is stored before the acknowledgement, so the thank-you is never premature.
    const stored = isStatefulCommand(asked.name)
      ? feedback?.handle(asked, {
          platform: "slack",
          workspace: command.team_id,
          channel: command.channel_id,
          reporter: command.user_id,
        })
      : undefined;
    const answer = stored ? await stored : execute(desk, asked);
    await ack({ response_type: "ephemeral", ...renderSlackAnswer(answer) });
  });

  // The form behind "Report a problem" and "Suggest an incident": checked, stored, then thanked.
  app.view(FEEDBACK_VIEW, async ({ ack, view, body }) => {
    const read = readFeedbackSubmission(view);
    if (!read || !feedback) return void (await ack());
    const input =
      read.meta.kind === "report"
        ? {
            kind: "report" as const,
            recordId: read.meta.recordId ?? "",
            text: read.text,
            ...(read.reason ? { reason: read.reason } : {}),
          }
        : { kind: "suggestion" as const, text: read.text, ...(read.url ? { url: read.url } : {}) };
    const checked = readFeedback(desk.dataset, input);
    if (!checked.ok) {
      const block = checked.error.code === "bad-url" ? "url" : "text";
      return void (await ack({
        response_action: "errors",
        errors: { [block]: describeFeedbackError(checked.error) },
      }));
    }
    const answer = await feedback.submit(input, {
      platform: "slack",
      workspace: body.team?.id ?? null,
      channel: read.meta.channel ?? null,
      reporter: body.user.id,
      question: read.meta.question ?? null,
      shownIds: read.meta.shown ?? [],
    });
    await ack({ response_action: "update", view: renderFeedbackOutcome(answer) });
  });

  app.action<BlockAction>(
    { type: "block_actions", action_id: ACTION_ID_PATTERN },
    async ({ ack, action, body, respond, client }) => {
      await ack();
      const click = clickFromAction(action.action_id, "value" in action ? action.value : undefined);
      if (!click) return;
      if (click.type === "review") {
        if (!feedback || !review) return;
        const container = body.container as { channel_id?: string; message_ts?: string } | undefined;
        return handleReviewClick(
          app,
          { feedback, review },
          click.command,
          {
            userId: body.user.id,
            triggerId: body.trigger_id,
            channel: container?.channel_id,
            ts: container?.message_ts,
          },
          respond,
        );
      }
      if (click.type === "report" || click.type === "suggest") {
        const kind = click.type === "report" ? "report" : "suggestion";
        const recordId = kind === "report" ? click.command.query : undefined;
        const record = recordId
          ? (desk.dataset.incidentById.get(recordId) ?? desk.dataset.dutyById.get(recordId))
          : undefined;
        await client.views.open({
          trigger_id: body.trigger_id,
          view: renderFeedbackModal(
            {
              kind,
              ...(recordId ? { recordId, shown: [recordId] } : {}),
              ...(body.channel?.id ? { channel: body.channel.id } : {}),
            },
            record?.title,
          ),
        });
        return;
      }
      const container = body.container as { channel_id?: string } | undefined;
      const round = quiz?.handle(click.command, {
        platform: "slack",
        workspace: body.team?.id ?? "",
        channel: body.channel?.id ?? container?.channel_id ?? "",
        userId: body.user.id,
        // The name Slack shows for the person, from the signed payload: plain text, never a mention.
        name: body.user.name ?? body.user.username ?? body.user.id,
      });
      if (round) {
        const { reply } = await round;
        if (reply)
          await respond?.({
            response_type: "ephemeral",
            replace_original: false,
            ...renderSlackAnswer(reply),
          }).catch((e: unknown) => logger?.warn(redactTokens(`Slack quiz reply failed: ${describe(e)}`)));
        return;
      }
      const answer = execute(desk, click.command);
      const send = (message: RespondArguments) => reply(respond, message, () => showExpired(body.trigger_id));
      if (click.type === "share") {
        // Through the response_url, in_channel works in private channels and DMs the bot has not joined.
        const shared = await send({
          response_type: "in_channel",
          replace_original: false,
          ...renderSlackAnswer(answer, { sharedBy: body.user.id }),
        });
        // The asker's ephemeral copy goes; if Slack refuses, the shared answer still stands.
        if (shared)
          await respond?.({ delete_original: true }).catch((e: unknown) =>
            logger?.warn(`Slack delete_original failed: ${describe(e)}`),
          );
        return;
      }
      // Paging and quiz answers update the same message; opening a record adds one below it.
      const replace =
        click.type === "next-page" || click.type === "quiz-answer" || click.type === "quiz-next";
      await send({ response_type: "ephemeral", replace_original: replace, ...renderSlackAnswer(answer) });

      async function showExpired(triggerId: string): Promise<void> {
        await client.views.open({ trigger_id: triggerId, view: renderExpiredNotice() });
      }
    },
  );

  // Slash commands cannot run inside threads; this shortcut works on any message, threads included.
  app.shortcut(
    { type: "message_action", callback_id: CONTEXT_SHORTCUT },
    async ({ ack, shortcut, respond, client }) => {
      await ack();
      if (shortcut.type !== "message_action") return;
      const command = contextCommand(typeof shortcut.message.text === "string" ? shortcut.message.text : "");
      const answer = command.query === "" ? noTextAnswer() : execute(desk, command);
      const threadTs =
        typeof shortcut.message.thread_ts === "string" ? { thread_ts: shortcut.message.thread_ts } : {};
      await reply(
        respond,
        { response_type: "ephemeral", ...threadTs, ...renderSlackAnswer(answer) },
        async () =>
          void (await client.views.open({ trigger_id: shortcut.trigger_id, view: renderExpiredNotice() })),
      );
    },
  );

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await client.views.publish({ user_id: event.user, view: renderSlackHome(desk.dataset) });
  });

  // Logged once, without the payload or tokens; Slack shows the person its own "did not respond" notice.
  app.error(async (error) => {
    logger?.error(redactTokens(`Slack listener failed: ${describe(error.original ?? error)}`));
  });

  /**
   * Answers over a response_url. Bolt v5's respond() throws when the URL has expired (30 minutes,
   * or five uses); the person is then told, in a modal, to ask again. Returns whether it was delivered.
   */
  async function reply(
    respond: RespondFn | undefined,
    message: RespondArguments,
    onExpired: () => Promise<void>,
  ): Promise<boolean> {
    try {
      if (!respond) throw new Error("no response_url in the payload");
      await respond(message);
      return true;
    } catch (error) {
      logger?.warn(
        redactTokens(`Slack response_url failed, asking the person to ask again: ${describe(error)}`),
      );
      await onExpired().catch((e: unknown) =>
        logger?.warn(redactTokens(`Slack views.open failed: ${describe(e)}`)),
      );
      return false;
    }
  }
}

/**
 * Slack redelivers when it did not see an answer in 3 seconds and marks it `x-slack-retry-num`
 * (https://docs.slack.dev/apis/events-api/#retries). The first delivery is being answered; a retry is only acknowledged.
 */
const skipRetries: Middleware<AnyMiddlewareArgs> = async (args) => {
  if (args.context.retryNum) {
    if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
    return;
  }
  await args.next();
};
