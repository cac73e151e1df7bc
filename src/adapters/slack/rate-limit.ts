import type { AnyMiddlewareArgs, Middleware, RespondFn } from "@slack/bolt";
import type { RateLimiter } from "../../limits/rate-limiter.js";
import { slowDownAnswer, slowDownText } from "../../limits/slow-down.js";
import type { AdapterLogger } from "./config.js";
import { describe } from "./bolt-logger.js";
import { renderSlackAnswer } from "./render.js";

/** The parts of an incoming payload the limiter reads; Bolt's own types differ per kind. */
interface Incoming {
  type?: string;
  command?: string;
  user_id?: string;
  team_id?: string;
  user?: { id?: string };
  team?: { id?: string } | null;
  view?: { blocks?: { type?: string; block_id?: string }[] };
}

/** What a person does that reaches the core: slash commands, buttons, shortcuts, form submissions. */
const LIMITED_TYPES = new Set(["block_actions", "message_action", "shortcut", "view_submission"]);

/**
 * Runs before every listener: a person (or a workspace) over its limit gets a private "slow down,
 * try again in N s" in the way the request can be answered, and the core does not run. The limiter
 * answers within a second or lets the request through, so the acknowledgement stays inside 3 s.
 */
export function rateLimitRequests(
  limiter: RateLimiter,
  logger: AdapterLogger | undefined,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Incoming;
    const isSlash = typeof body.command === "string";
    if (!isSlash && !LIMITED_TYPES.has(body.type ?? "")) return args.next();
    const user = isSlash ? body.user_id : body.user?.id;
    if (!user) return args.next();
    const decision = await limiter.check({
      platform: "slack",
      workspace: (isSlash ? body.team_id : body.team?.id) ?? null,
      user,
    });
    if (decision.ok) return args.next();
    const ack = "ack" in args ? (args.ack as (response?: unknown) => Promise<void>) : undefined;
    const message = renderSlackAnswer(slowDownAnswer(decision.retryAfterSeconds));
    if (isSlash) return ack?.({ response_type: "ephemeral", ...message });
    if (body.type === "view_submission") {
      // Shown under the form's first field: the form stays open with what the person typed.
      const field = body.view?.blocks?.find((b) => b.type === "input")?.block_id;
      return ack?.(
        field
          ? { response_action: "errors", errors: { [field]: slowDownText(decision.retryAfterSeconds) } }
          : { response_action: "push", view: slowDownModal(decision.retryAfterSeconds) },
      );
    }
    await ack?.();
    const respond = "respond" in args ? (args.respond as RespondFn | undefined) : undefined;
    await respond?.({ response_type: "ephemeral", replace_original: false, ...message }).catch((e: unknown) =>
      logger?.warn(`Slack: the slow-down notice could not be sent: ${describe(e)}`),
    );
  };
}

function slowDownModal(retryAfterSeconds: number) {
  return {
    type: "modal" as const,
    title: { type: "plain_text" as const, text: "Slow down" },
    close: { type: "plain_text" as const, text: "Close" },
    blocks: [{ type: "section", text: { type: "plain_text", text: slowDownText(retryAfterSeconds) } }],
  };
}
