import type { FakeSlack } from "../../tests/adapters/slack/support/fake-slack-api.js";
import {
  createDummyBlockAction,
  createDummySlashCommand,
} from "../../tests/adapters/slack/support/payloads.js";
import { formBody, payloadBody, postSigned } from "../../tests/adapters/slack/support/signed-request.js";
import { SIGNING_SECRET } from "../bench/spawn-app.js";

interface Button {
  action_id: string;
  value: string;
}

/** Buttons that answer over the response_url; Report and Suggest open a modal instead. */
const RESPONDS = /^embassy:(next-page|related|show|cite|share|quiz-answer|quiz-next):/;
const FORM = "application/x-www-form-urlencoded";

/** What a person does on Slack: slash commands of every kind, and clicks on the buttons they got back. */
export function createSlackOps(appUrl: string, fake: FakeSlack, fail: (why: string) => void) {
  const buttons: Button[] = [];
  let sequence = 0;
  /** response_url ids of clicks that must be answered there. */
  const expectedResponses = new Set<string>();
  const events = `${appUrl}/slack/events`;

  async function slash(text: string): Promise<void> {
    const body = formBody(createDummySlashCommand(text, fake.responseUrl(`slash-${++sequence}`)));
    const reply = await postSigned(events, SIGNING_SECRET, body, FORM);
    if (reply.status !== 200) return fail(`slack /embassy ${text}: HTTP ${reply.status}`);
    let answer: { text?: string; blocks?: { elements?: (Button & { type: string })[] }[] };
    try {
      answer = JSON.parse(reply.text) as typeof answer;
    } catch {
      return fail(`slack /embassy ${text}: not JSON`);
    }
    if (!answer.text || !Array.isArray(answer.blocks)) return fail(`slack /embassy ${text}: no answer`);
    for (const block of answer.blocks)
      for (const element of block.elements ?? [])
        if (element.type === "button" && element.value) buttons.push(element);
    buttons.splice(0, Math.max(0, buttons.length - 200)); // the most recent answers' buttons
  }

  async function click(): Promise<void> {
    const button = buttons[Math.floor(Math.random() * buttons.length)];
    if (!button) return slash("tehran 1979");
    const id = `click-${++sequence}`;
    if (RESPONDS.test(button.action_id)) expectedResponses.add(id);
    const body = payloadBody(createDummyBlockAction(button.action_id, button.value, fake.responseUrl(id)));
    const reply = await postSigned(events, SIGNING_SECRET, body, FORM);
    if (reply.status !== 200) fail(`slack click ${button.action_id}: HTTP ${reply.status}`);
  }

  return {
    search: (question: string) => slash(question),
    cite: (question: string) => slash(`cite ${question}`),
    stats: (question: string) => slash(`stats ${question}`),
    quiz: () => slash("quiz"),
    report: () => slash(`report tehran-us-1979 soak test ${++sequence}: the toll should be checked`),
    click,
    /** Clicks whose answer never reached the response_url (call once the load has stopped). */
    unanswered(): number {
      const answered = new Set(fake.callsTo("respond").map((c) => c.id));
      return [...expectedResponses].filter((id) => !answered.has(id)).length;
    },
  };
}
