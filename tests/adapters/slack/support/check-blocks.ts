import { LIMITS } from "../../../../src/adapters/slack/limits.js";

interface TextObject {
  type: "plain_text" | "mrkdwn";
  text: string;
  verbatim?: boolean;
}

type Json = Record<string, unknown>;

/**
 * Every limit in limits.ts, checked on a payload as Slack would. Returns the problems (empty when fine).
 * `surface` "message" also requires the top-level `text` Slack asks for with every `blocks` payload.
 */
export function limitProblems(payload: Json, surface: "message" | "view" = "message"): string[] {
  const problems: string[] = [];
  const blocks = (payload.blocks ?? []) as Json[];
  const max = surface === "message" ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  if (surface === "message" && blocks.length > 0) {
    if (typeof payload.text !== "string" || payload.text.trim() === "")
      problems.push("blocks without top-level text");
    else if (payload.text.length > LIMITS.fallbackText)
      problems.push(`text ${payload.text.length} > ${LIMITS.fallbackText}`);
  }
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `block ${i} (${String(block.type)})`;
    const text = block.text as TextObject | undefined;
    switch (block.type) {
      case "header":
        if (text?.type !== "plain_text") problems.push(`${at}: header text must be plain_text`);
        if ((text?.text.length ?? 0) > LIMITS.headerText)
          problems.push(`${at}: header ${text?.text.length} > ${LIMITS.headerText}`);
        break;
      case "section": {
        const fields = (block.fields ?? []) as TextObject[];
        if (!text && fields.length === 0) problems.push(`${at}: section needs text or fields`);
        if (text && text.text.length > LIMITS.sectionText)
          problems.push(`${at}: text ${text.text.length} > ${LIMITS.sectionText}`);
        if (text && text.text.length === 0) problems.push(`${at}: empty text`);
        if (fields.length > LIMITS.sectionFields)
          problems.push(`${at}: ${fields.length} fields > ${LIMITS.sectionFields}`);
        for (const f of fields)
          if (f.text.length > LIMITS.fieldText)
            problems.push(`${at}: field ${f.text.length} > ${LIMITS.fieldText}`);
        if (block.accessory) checkButton(block.accessory as Json, at, actionIds, problems);
        break;
      }
      case "context": {
        const elements = (block.elements ?? []) as TextObject[];
        if (elements.length === 0 || elements.length > LIMITS.contextElements)
          problems.push(`${at}: ${elements.length} elements`);
        for (const e of elements)
          if (e.text.length > LIMITS.contextText)
            problems.push(`${at}: element ${e.text.length} > ${LIMITS.contextText}`);
        break;
      }
      case "actions": {
        const elements = (block.elements ?? []) as Json[];
        if (elements.length === 0 || elements.length > LIMITS.actionsElements)
          problems.push(`${at}: ${elements.length} elements`);
        for (const e of elements) checkButton(e, at, actionIds, problems);
        break;
      }
      default:
        problems.push(`${at}: unexpected block type`);
    }
  });
  return problems;
}

function checkButton(button: Json, at: string, actionIds: Set<string>, problems: string[]): void {
  const text = button.text as TextObject;
  const actionId = String(button.action_id);
  const value = String(button.value ?? "");
  if (button.type !== "button") problems.push(`${at}: element ${String(button.type)} is not a button`);
  if (text.type !== "plain_text" || text.text.length > LIMITS.buttonText)
    problems.push(`${at}: button text "${text.text}"`);
  if (value.length > LIMITS.buttonValue)
    problems.push(`${at}: button value ${value.length} > ${LIMITS.buttonValue}`);
  if (actionId.length > LIMITS.actionId) problems.push(`${at}: action_id too long`);
  if (actionIds.has(actionId)) problems.push(`${at}: duplicate action_id ${actionId}`);
  actionIds.add(actionId);
}

/** Every mrkdwn string in a payload: the top-level text and each mrkdwn text object. */
export function mrkdwnStrings(payload: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const obj = node as Json;
    if (obj.type === "mrkdwn" && typeof obj.text === "string") out.push(obj.text);
    for (const [key, value] of Object.entries(obj))
      if (key !== "text" || typeof value !== "string") walk(value);
  };
  const top = (payload as Json).text;
  if (typeof top === "string") out.push(top);
  walk((payload as Json).blocks);
  return out;
}

/**
 * Slack acts only on `<…>` sequences in mrkdwn. Inert means: every one is a link we wrote to an
 * allowed http(s) URL, or a mention we wrote on purpose; and every mrkdwn object is verbatim.
 */
export function injectionProblems(payload: unknown, allowedMentions: string[] = []): string[] {
  const problems: string[] = [];
  for (const text of mrkdwnStrings(payload)) {
    for (const [token] of text.matchAll(/<[^>]*>/g)) {
      const url = /^<(https?:\/\/[^|>\s]+)\|[^>]*>$/.exec(token)?.[1];
      const link = url !== undefined && !/evil/i.test(url);
      if (!link && !allowedMentions.includes(token))
        problems.push(`live markup ${token} in "${text.slice(0, 80)}"`);
    }
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const obj = node as Json;
    if (obj.type === "mrkdwn" && obj.verbatim !== true)
      problems.push(`mrkdwn without verbatim: "${String(obj.text).slice(0, 60)}"`);
    Object.values(obj).forEach(walk);
  };
  walk((payload as Json).blocks);
  return problems;
}
