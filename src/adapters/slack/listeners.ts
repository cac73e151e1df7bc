import type {
  AnyMiddlewareArgs,
  App,
  BlockAction,
  Middleware,
  RespondArguments,
  RespondFn,
  ViewResponseAction,
} from "@slack/bolt";
import {
  describeFeedbackError,
  encodeCommand,
  emptyAnswer,
  execute,
  isStatefulCommand,
  readFeedback,
  type Answer,
  type Desk,
} from "../../core/index.js";
import {
  isParked,
  loadParkedCommand,
  parkedLoadAnswer,
  parkLongCommands,
  type ButtonParking,
} from "../../buttons/park-commands.js";
import type { FeedbackService } from "../../feedback/feedback-service.js";
import type { InteractionLog, InteractionNote } from "../../observe/interaction-log.js";
import type { QuizRoundService } from "../../quiz/round-service.js";
import type { ReviewSettings } from "../../config.js";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import { rateLimitRequests } from "./rate-limit.js";
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
import { fitsButtonValue, renderSlackAnswer, type SlackMessage } from "./render.js";
import { renderSlackHome } from "./render-home.js";
import { uploadStatsChart } from "./upload-chart.js";
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
  /** Where buttons too long for a value keep their command; without it they are cut. */
  buttons?: ButtonParking | undefined;
  /** Times, counts and logs every interaction; a failure is answered with a reference. */
  interactions: InteractionLog;
  /** Asking too often gets a private "slow down" before the core runs. */
  rateLimiter?: RateLimiter | undefined;
  /** Quiz rounds; without it `quiz round` is a single question. */
  quiz?: QuizRoundService | undefined;
}

/** Everything the app answers: one slash command, our buttons, one message shortcut and the Home tab. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { desk, randomSeed, logger, feedback, review, buttons, interactions, quiz } = deps;
  /** An answer with buttons: long commands are stored first, so their buttons keep working. */
  const render = async (answer: Answer): Promise<SlackMessage> =>
    renderSlackAnswer(answer, { parked: await parkLongCommands(answer, fitsButtonValue, buttons) });
  if (feedback && review) registerReviewChannel(app, { feedback, review });
  app.use(skipRetries);
  if (deps.rateLimiter) app.use(rateLimitRequests(deps.rateLimiter, logger));

  // The core answers in milliseconds, so the answer rides in the acknowledgement itself.
  app.command(SLASH_COMMAND, async ({ command, ack: slackAck, respond, client }) => {
    const ack = ackOnce(slackAck);
    await interactions.track(
      { platform: "slack", via: "slash" },
      async (note) => {
        note.text(command.text);
        const asked = commandFromSlash(command.text, randomSeed);
        note.command(asked.name);
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
          return void (await ack.send(
            reply ? { response_type: "ephemeral", ...renderSlackAnswer(reply) } : undefined,
          ));
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
        note.answered(answer);
        await ack.send({ response_type: "ephemeral", ...(await render(answer)) });
        // The chart follows the text answer; it is uploaded only once the acknowledgement has gone.
        if (answer.stats)
          await uploadStatsChart(client, answer, { channel: command.channel_id, respond, logger });
      },
      (text) =>
        ack.done()
          ? respond({ response_type: "ephemeral", text })
          : ack.send({ response_type: "ephemeral", text }),
    );
  });

  // The form behind "Report a problem" and "Suggest an incident": checked, stored, then thanked.
  app.view(FEEDBACK_VIEW, async ({ ack: slackAck, view, body }) => {
    // A view_submission's ack takes a response action (Bolt types it as a union with other view events').
    const ack = ackOnce(slackAck as (response?: ViewResponse) => Promise<void>);
    await interactions.track(
      { platform: "slack", via: "modal" },
      (note) => submitFeedback(view, body, ack.send, note),
      async (text) => {
        if (!ack.done())
          await ack.send({ response_action: "update", view: renderFeedbackOutcome(sorryAnswer(text)) });
      },
    );
  });

  async function submitFeedback(
    view: Parameters<typeof readFeedbackSubmission>[0],
    body: { team: { id: string } | null; user: { id: string } },
    ack: (response?: ViewResponse) => Promise<void>,
    note: InteractionNote,
  ): Promise<void> {
    const read = readFeedbackSubmission(view);
    if (read) note.command(read.meta.kind === "report" ? "report" : "suggest");
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
    note.answered(answer);
    await ack({ response_action: "update", view: renderFeedbackOutcome(answer) });
  }

  app.action<BlockAction>(
    { type: "block_actions", action_id: ACTION_ID_PATTERN },
    async ({ ack, action, body, respond, client }) => {
      await ack();
      await interactions.track(
        { platform: "slack", via: "button" },
        (note) => onClick(action, body, respond, client, note),
        (text) => respondSorry(respond, text),
      );
    },
  );

  async function onClick(
    action: BlockAction["actions"][number],
    body: BlockAction,
    respond: RespondFn | undefined,
    client: App["client"],
    note: InteractionNote,
  ): Promise<void> {
    let value = "value" in action ? action.value : undefined;
    if (value !== undefined && isParked(value)) {
      const loaded = await loadParkedCommand(value, buttons);
      if (!loaded.ok)
        return void (await reply(
          respond,
          {
            response_type: "ephemeral",
            replace_original: false,
            ...renderSlackAnswer(parkedLoadAnswer(loaded.code)),
          },
          () => showExpired(body.trigger_id),
        ));
      value = encodeCommand(loaded.command);
    }
    const click = clickFromAction(action.action_id, value);
    if (!click) return;
    note.command(click.type === "report" || click.type === "suggest" ? click.type : click.command.name);
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
    note.answered(answer);
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
    const replace = click.type === "next-page" || click.type === "quiz-answer" || click.type === "quiz-next";
    await send({ response_type: "ephemeral", replace_original: replace, ...(await render(answer)) });

    async function showExpired(triggerId: string): Promise<void> {
      await client.views.open({ trigger_id: triggerId, view: renderExpiredNotice() });
    }
  }

  // Slash commands cannot run inside threads; this shortcut works on any message, threads included.
  app.shortcut(
    { type: "message_action", callback_id: CONTEXT_SHORTCUT },
    async ({ ack, shortcut, respond, client }) => {
      await ack();
      if (shortcut.type !== "message_action") return;
      await interactions.track(
        { platform: "slack", via: "shortcut" },
        async (note) => {
          const text = typeof shortcut.message.text === "string" ? shortcut.message.text : "";
          note.text(text);
          const command = contextCommand(text);
          note.command(command.name);
          const answer = command.query === "" ? noTextAnswer() : execute(desk, command);
          note.answered(answer);
          const threadTs =
            typeof shortcut.message.thread_ts === "string" ? { thread_ts: shortcut.message.thread_ts } : {};
          await reply(
            respond,
            { response_type: "ephemeral", ...threadTs, ...(await render(answer)) },
            async () =>
              void (await client.views.open({
                trigger_id: shortcut.trigger_id,
                view: renderExpiredNotice(),
              })),
          );
        },
        (text) => respondSorry(respond, text),
      );
    },
  );

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await interactions.track(
      { platform: "slack", via: "home" },
      async (note) => {
        note.command("home");
        await client.views.publish({ user_id: event.user, view: renderSlackHome(desk.dataset) });
      },
      // Nobody is waiting on a reply to a Home tab opening: the line in the log is enough.
      async () => undefined,
    );
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

type ViewResponse = ViewResponseAction;

/** Bolt's ack, remembering whether it was called: a failure after it must answer another way. */
function ackOnce<R>(ack: (response?: R) => Promise<void>) {
  let called = false;
  return {
    send: (response?: R) => {
      called = true;
      return ack(response);
    },
    done: () => called,
  };
}

async function respondSorry(respond: RespondFn | undefined, text: string): Promise<void> {
  await respond?.({ response_type: "ephemeral", replace_original: false, text });
}

function sorryAnswer(text: string): Answer {
  return { ...emptyAnswer("error", "Sorry"), summary: text };
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
